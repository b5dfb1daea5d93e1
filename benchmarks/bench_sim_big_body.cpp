// Whether one large request body keeps everyone else waiting: infiniti-sim runs as its own
// process, one connection sends a project import of about [MB] MB of JSON (default 200: a
// package of incompressible bytes in Base64), and meanwhile a second connection asks for one
// user again and again, each GET as soon as the previous answer is in. Printed: how long the
// import took (sent, then answered), and how long the small GETs took — the slowest one is how
// long another client waited while the big body was being handled.
// Usage: bench_sim_big_body [MB] [emulator program, to compare builds] [import|library]
// (library: a content library item of that size instead of a project import)
#include "BenchData.h"
#include "formats/ProjectPackage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {

// `megabytes` * 3/4 MB of noise: as much Base64 as `megabytes`.
QByteArray noiseFor(int megabytes)
{
    const QByteArray noise = incompressibleBytes(qsizetype(megabytes) * 1024 * 1024 / 4 * 3);
    return noise;
}

// The import's body: {"ixpkg": Base64 of a package holding the noise, …}.
QByteArray importBody(int megabytes)
{
    const QByteArray noise = noiseFor(megabytes);
    const QByteArray package = ProjectPackage::build(
        {{{u"cccccccc-0000-0000-0000-000000000002"_s, u"Large body"_s, u"Content"_s, u"1.0"_s, {}},
          u"<Intelledox_TemplateFile/>"_s,
          {{u"big"_s, noise}}}});
    return "{\"comment\":\"benchmark\",\"overwriteProjects\":true,\"ixpkg\":\"" +
           package.toBase64() + "\"}";
}

// A new content library item whose file is the noise (sent as the console sends it, the
// answer asked without the file).
QByteArray libraryBody(int megabytes)
{
    return "{\"name\":\"Large file\",\"extension\":\".bin\",\"binary\":\"" +
           noiseFor(megabytes).toBase64() + "\"}";
}

QNetworkRequest request(const QUrl &base, const QString &path, const QByteArray &token)
{
    QNetworkRequest r(base.resolved(QUrl(u"/api/v1/admin/"_s + path)));
    r.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? atoi(argv[1]) : 200;
    const bool library = argc > 3 && qstrcmp(argv[3], "library") == 0;
    const QByteArray body = library ? libraryBody(megabytes) : importBody(megabytes);

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(INFINITI_SIM),
              {u"--users"_s, u"250"_s, u"--max-body-mb"_s, QString::number(megabytes * 2 + 64)});
    if (!sim.waitForReadyRead(20000)) {
        fprintf(stderr, "the emulator did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));

    // Two managers: the import and the small GETs never share a connection.
    QNetworkAccessManager big, small;
    QByteArray token;
    {
        QNetworkReply *login = small.post(request(base, u"login/forms"_s, {}),
                                          R"({"username":"admin","password":"admin"})");
        QObject::connect(login, &QNetworkReply::finished, &app, [&] {
            token = QJsonDocument::fromJson(login->readAll())
                        .object()
                        .value("authorizationToken"_L1)
                        .toString()
                        .toLatin1();
            login->deleteLater();
            app.quit();
        });
        app.exec();
    }
    if (token.isEmpty()) {
        fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    qint64 uploaded = -1, answered = -1;
    int importStatus = 0;
    QList<qint64> during, afterUpload; // GET latencies: all while importing, and those asked
                                       // after the whole body had been sent
    int asked = 0;
    std::function<void()> nextGet = [&] {
        if (answered >= 0) {
            app.quit();
            return;
        }
        const qint64 start = clock.elapsed();
        const bool bodyInServer = uploaded >= 0;
        QNetworkReply *reply =
            small.get(request(base, u"users?$top=1&$skip=%1"_s.arg(asked++ % 200), token));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, start, bodyInServer] {
            const qint64 took = clock.elapsed() - start;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                fprintf(stderr, "a GET failed: %s\n", qPrintable(reply->errorString()));
            during << took;
            if (bodyInServer)
                afterUpload << took;
            reply->deleteLater();
            nextGet();
        });
    };
    QNetworkReply *import = big.post(
        request(base, library ? u"contentlibrary?includeBinary=false"_s : u"projects"_s, token),
        body);
    QObject::connect(import, &QNetworkReply::uploadProgress, &app, [&](qint64 sent, qint64 total) {
        if (total > 0 && sent == total && uploaded < 0)
            uploaded = clock.elapsed();
    });
    QObject::connect(import, &QNetworkReply::finished, &app, [&] {
        answered = clock.elapsed();
        importStatus = import->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    nextGet();
    app.exec();

    const auto describe = [](QList<qint64> ms) {
        if (ms.isEmpty())
            return u"none"_s;
        std::sort(ms.begin(), ms.end());
        return u"%1 GETs, median %2 ms, slowest %3 ms"_s.arg(ms.size())
            .arg(ms.at(ms.size() / 2))
            .arg(ms.last());
    };
    printf("%s body %.1f MiB, answered %d\n", library ? "library item" : "import      ",
           double(body.size()) / (1024 * 1024), importStatus);
    printf("import                  sent in %lld ms, answered %lld ms after that\n", uploaded,
           answered - uploaded);
    printf("GET users meanwhile     %s\n", qPrintable(describe(during)));
    printf("  asked after the body  %s\n", qPrintable(describe(afterUpload)));
    sim.kill();
    sim.waitForFinished();
    return importStatus == 201 ? 0 : 1;
}
