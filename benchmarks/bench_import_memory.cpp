// How much memory importing a large project package takes in the client: the peak resident
// set while the POST /projects body is made and sent, against the package's size (issue #5:
// at most about 2.5x; issue #15: at most 64 MiB whatever the size, the body streamed). The emulator
// runs as a separate process so its own copy of the body does not count. Usage: bench_import_memory
// [MB] (default 200).
#include "api/ApiJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/LoginJob.h"
#include "api/Session.h"
#include "api/UploadBody.h"
#include "BenchData.h"
#include "formats/ProjectPackage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {
qint64 statusKiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5"); // resets VmHWM to the current RSS (Linux 4.0+)
}

// A package of `megabytes` MB: one document of incompressible bytes, written in pieces.
bool makePackage(const QString &path, int megabytes)
{
    const QByteArray noise = incompressibleBytes(qsizetype(megabytes) * 1024 * 1024);
    const QByteArray package = ProjectPackage::build({{{u"cccccccc-0000-0000-0000-000000000001"_s,
                                                        u"Large project"_s,
                                                        u"Content"_s,
                                                        u"1.0"_s,
                                                        {}},
                                                       u"<Intelledox_TemplateFile/>"_s,
                                                       {{u"big"_s, noise}}}});
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(package) == package.size();
}

template <typename Job> bool wait(Job *job)
{
    QEventLoop loop; // a benchmark's main(), not product code
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job->succeeded();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? atoi(argv[1]) : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.ixpkg"_s);
    if (!makePackage(path, megabytes)) {
        fprintf(stderr, "could not write the package\n");
        return 1;
    }
    const qint64 packageBytes = QFile(path).size();

    QProcess sim;
    sim.start(QStringLiteral(INFINITI_SIM),
              {u"--users"_s, u"10"_s, u"--max-body-mb"_s, QString::number(megabytes * 2 + 64)});
    if (!sim.waitForReadyRead(20000)) {
        fprintf(stderr, "the emulator did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));
    Profile profile;
    profile.manageUrl = base;
    Session session(profile);
    auto *login = new LoginJob(&session, ApiModule::Admin, u"admin"_s, u"admin"_s);
    login->setAutoDelete(false);
    if (!wait(login)) {
        fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    session.setToken(login->result().token, u"admin"_s, login->result().userId);
    delete login;

    // The preview's reading first (every entry's CRC checked), as the console and infiniti-ctl
    // do before sending.
    resetPeak();
    const qint64 beforeInspect = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const auto inspection = ProjectPackage::inspectFile(path);
    const qint64 inspected = timer.elapsed();
    const qint64 inspectPeak = statusKiB("VmHWM:");
    if (!inspection.ok()) {
        fprintf(stderr, "inspection: %s\n", qPrintable(inspection.error));
        return 1;
    }

    resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    timer.restart();
    QString error;
    ProjectsEndpoints::ImportOptions options;
    options.comment = u"benchmark"_s;
    auto request = ProjectsEndpoints::importPackage(path, options, &error);
    if (!request) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Streamed from the file while it is sent (ApiRequest::upload); before issue #15 the body
    // was built here in memory.
    const qint64 bodyBytes = request->upload ? request->upload->size() : request->body.size();
    const qint64 built = timer.elapsed();
    auto *job = new ApiJob(&session, std::move(*request));
    job->setAutoDelete(false);
    const bool ok = wait(job);
    const qint64 sent = timer.elapsed();
    const qint64 peak = statusKiB("VmHWM:");
    if (!ok) {
        fprintf(stderr, "import failed: %s\n", qPrintable(job->error().details()));
        return 1;
    }
    delete job;
    const double package = double(packageBytes) / (1024 * 1024);
    const double growth = double(peak - before) / 1024;
    printf("package                 %.1f MiB\n", package);
    printf("request body (Base64)   %.1f MiB\n", double(bodyBytes) / (1024 * 1024));
    printf("RSS before building     %.1f MiB\n", double(before) / 1024);
    printf("peak RSS while importing %.1f MiB (+%.1f MiB = %.2fx the package)\n",
           double(peak) / 1024, growth, growth / package);
    printf("time: body built in %lld ms, uploaded and imported in %lld ms\n", built, sent - built);
    printf("inspection (every CRC): %lld ms, peak RSS +%.1f MiB\n", inspected,
           double(inspectPeak - beforeInspect) / 1024);
    sim.kill();
    sim.waitForFinished();
    return 0;
}
