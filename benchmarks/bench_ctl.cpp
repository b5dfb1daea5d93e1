// infiniti-ctl against plain curl on the same machine, in the same run (issue #15):
//  - `users list` (text, --json, --csv) of N users against one curl fetching the same pages
//    ($top=500) on one keep-alive connection: wall time and CPU time (user + system, from
//    wait4) of each process, the median of R runs taken in turn, and the ratios;
//  - `projects import` of an M MB package against curl streaming the same request body from a
//    file (-T): each process's peak resident set (its VmHWM, read every 20 ms while it runs)
//    and wall time;
//  - `library get <id> --out F` of an L MB library item (its file as Base64 in the item's JSON,
//    decoded into F as it arrives) and `library export <id> 1 --out F` (the raw file) against
//    curl saving the same answers to files: peak RSS and wall time, and the saved file checked
//    byte for byte against the item's.
// The emulator runs as a separate process; its CPU is not counted on either side. Both sides
// write to /dev/null. Beside curl and infiniti-ctl the list is also fetched by the least any
// client built on QNetworkAccessManager does (this program again, `--qnam-get`: the same GETs one
// after the other on one QNAM, each answer read as it arrives and thrown away) — the floor under
// infiniti-ctl's figures that no change to infiniti-ctl's own code can go below. Usage:
//   bench_ctl [--users N=100000] [--runs R=3] [--import-mb M=200 (0: skip)] [--library-mb L=0 (0:
//   skip)]
//             [--ctl PATH] [--no-list] [--tls]
// (--ctl measures another build's infiniti-ctl, e.g. main's, against the same curl; --tls runs
// the emulator with its self-signed certificate, pinned in a saved profile for infiniti-ctl and
// accepted with -k by curl, as a real server's HTTPS would be.)
#include "api/ApiJob.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/LoginJob.h"
#include "api/ProfileStore.h"
#include "api/Session.h"
#include "BenchData.h"
#include "BenchOptions.h"
#include "formats/ProjectPackage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace infiniti;

namespace {
struct Usage
{
    int status = -1;
    double wallS = 0;
    double cpuS = 0;
    double maxRssMiB = 0;
};

// Runs argv with stdout to /dev/null and stderr to `errFile`; wall, CPU and peak RSS of that
// process alone (wait4).
Usage measure(const QStringList &args, const QString &errFile, const QStringList &extraEnv = {})
{
    std::vector<QByteArray> store;
    for (const QString &a : args)
        store.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &a : store)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e)
        envStore.emplace_back(*e);
    for (const QString &e : extraEnv)
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (auto &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray err = errFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    Usage u;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return u;
    }
    // Peak RSS from the child's own VmHWM, read while it runs: wait4's ru_maxrss starts from the
    // spawning process's high-water mark (exec keeps it), and this one held the whole package.
    int status = 0;
    rusage usage{};
    qint64 hwmKiB = 0;
    const QString statusPath = u"/proc/%1/status"_s.arg(pid);
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        QFile f(statusPath);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    hwmKiB = qMax(hwmKiB, line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
        }
        usleep(20000);
    }
    u.wallS = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    posix_spawn_file_actions_destroy(&actions);
    u.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    u.cpuS = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
             double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    u.maxRssMiB = double(hwmKiB) / 1024.0;
    return u;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double loadAverage()
{
    double l[1] = {0};
    getloadavg(l, 1);
    return l[0];
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

template <typename Job> bool wait(Job *job)
{
    QEventLoop loop; // a benchmark's main(), not product code
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job->succeeded();
}

// `--qnam-get FILE TOKEN`: GETs each URL in FILE (one a line) in turn on one QNAM with the
// token, reading each answer as it arrives and discarding it; exit 0 when all were 200.
int qnamGet(const QString &urlsFile, const QString &token)
{
    QFile f(urlsFile);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QList<QUrl> urls;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            urls << QUrl(QString::fromUtf8(line));
    }
    QNetworkAccessManager nam;
    qsizetype next = 0;
    int failed = 0;
    const QByteArray auth = "Bearer " + token.toLatin1();
    std::function<void()> get = [&] {
        if (next == urls.size() || failed) {
            QCoreApplication::exit(failed);
            return;
        }
        QNetworkRequest request(urls.at(next++));
        request.setRawHeader("Authorization", auth);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply] { reply->ignoreSslErrors(); });
        QObject::connect(reply, &QIODevice::readyRead, reply, [reply] { reply->readAll(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                failed = 3;
            reply->deleteLater();
            get();
        });
    };
    QMetaObject::invokeMethod(&nam, get, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

bool makePackage(const QString &path, int megabytes)
{
    const QByteArray noise = incompressibleBytes(qsizetype(megabytes) * 1024 * 1024);
    const QByteArray package = ProjectPackage::build({{{u"cccccccc-0000-0000-0000-000000000002"_s,
                                                        u"Large project"_s,
                                                        u"Content"_s,
                                                        u"1.0"_s,
                                                        {}},
                                                       u"<Intelledox_TemplateFile/>"_s,
                                                       {{u"big"_s, noise}}}});
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(package) == package.size();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        return benchOption(args, name, fallback);
    };
    if (args.contains(u"--qnam-get"_s))
        return qnamGet(option(u"--qnam-get"_s, {}), option(u"--token"_s, {}));
    const bool tls = args.contains(u"--tls"_s);
    const int users = option(u"--users"_s, u"100000"_s).toInt();
    const int runs = qMax(1, option(u"--runs"_s, u"3"_s).toInt());
    const int importMb = option(u"--import-mb"_s, u"200"_s).toInt();
    const int libraryMb = option(u"--library-mb"_s, u"0"_s).toInt();
    const QString ctl = option(u"--ctl"_s, QStringLiteral(INFINITI_CTL));
    const bool list = !args.contains(u"--no-list"_s);

    QTemporaryDir dir;
    QProcess sim;
    QStringList simArgs = {u"--users"_s, QString::number(users), u"--max-body-mb"_s,
                           QString::number(qMax(importMb, libraryMb) * 2 + 64)};
    if (tls)
        simArgs << u"--tls"_s;
    sim.start(QStringLiteral(INFINITI_SIM), simArgs);
    if (!sim.waitForReadyRead(120000)) {
        fprintf(stderr, "the emulator did not start\n");
        return 1;
    }
    const QString base = QString::fromUtf8(sim.readLine().trimmed());
    Profile profile;
    profile.name = u"bench"_s;
    profile.manageUrl = QUrl(base);
    profile.lastUser = u"admin"_s;
    if (tls) { // the certificate's line comes after the URL's
        const QByteArray marker = "TLS certificate SHA-256:";
        QByteArray pin;
        while (pin.isEmpty() && (sim.canReadLine() || sim.waitForReadyRead(10000))) {
            const QByteArray line = sim.readLine().trimmed();
            if (line.startsWith(marker))
                pin = line.mid(marker.size()).trimmed().replace(':', "").toLower();
        }
        if (pin.isEmpty()) {
            fprintf(stderr, "the emulator did not name its certificate\n");
            return 1;
        }
        profile.pinnedCertificates << pin;
        ProfileStore(dir.filePath(u"Infiniti/infiniti-admin.conf"_s)).save(profile);
    }
    Session session(profile);
    auto *login = new LoginJob(&session, ApiModule::Admin, u"admin"_s, u"admin"_s);
    login->setAutoDelete(false);
    if (!wait(login)) {
        fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    const QString token = login->result().token;
    delete login;
    const QString auth = u"Authorization: Bearer "_s + token;
    const QString errFile = dir.filePath(u"stderr.txt"_s);
    const QStringList env = {u"INFINITI_PASSWORD=admin"_s, u"XDG_CONFIG_HOME="_s + dir.path(),
                             u"LANGUAGE=en"_s, u"LC_ALL=C.UTF-8"_s};
    const QStringList ctlBase = {ctl, tls ? u"--profile"_s : u"--server"_s,
                                 tls ? profile.name : base, u"--user"_s, u"admin"_s};
    printf("infiniti-ctl: %s\nload average at start: %.1f\n", qPrintable(ctl), loadAverage());

    if (list) {
        const int total = users + 2; // admin and enduser besides the seeded users
        QStringList curl = {
            u"curl"_s, u"-s"_s, u"-f"_s, u"-H"_s, auth, u"-H"_s, u"Accept: application/json"_s};
        if (tls)
            curl << u"-k"_s;
        QByteArray urls;
        for (int skip = 0; skip < total; skip += 500) {
            const QString url = u"%1/api/v1/admin/users?$skip=%2&$top=500"_s.arg(base).arg(skip);
            curl << url;
            urls += url.toUtf8() + '\n';
        }
        const QString urlsFile = dir.filePath(u"urls.txt"_s);
        QFile uf(urlsFile);
        if (!uf.open(QIODevice::WriteOnly) || uf.write(urls) != urls.size()) {
            fprintf(stderr, "could not write %s\n", qPrintable(urlsFile));
            return 1;
        }
        uf.close();
        const QStringList qnam = {QCoreApplication::applicationFilePath(), u"--qnam-get"_s,
                                  urlsFile, u"--token"_s, token};
        std::vector<double> qnamWall, qnamCpu;
        const QList<std::pair<QString, QStringList>> modes = {
            {u"text"_s, {}}, {u"json"_s, {u"--json"_s}}, {u"csv"_s, {u"--csv"_s}}};
        std::vector<double> curlWall, curlCpu;
        std::vector<std::vector<double>> wall(size_t(modes.size())), cpu(size_t(modes.size()));
        measure(curl, errFile); // warm the emulator's caches for both
        for (int run = 0; run < runs; ++run) {
            const Usage c = measure(curl, errFile);
            if (c.status != 0) {
                fprintf(stderr, "curl failed (%d): %s\n", c.status, qPrintable(readText(errFile)));
                return 1;
            }
            curlWall.push_back(c.wallS);
            curlCpu.push_back(c.cpuS);
            const Usage q = measure(qnam, errFile);
            if (q.status != 0) {
                fprintf(stderr, "the QNAM loop failed (%d): %s\n", q.status,
                        qPrintable(readText(errFile)));
                return 1;
            }
            qnamWall.push_back(q.wallS);
            qnamCpu.push_back(q.cpuS);
            for (qsizetype m = 0; m < modes.size(); ++m) {
                const Usage u =
                    measure(ctlBase + QStringList{u"users"_s, u"list"_s} + modes.at(m).second,
                            errFile, env);
                if (u.status != 0) {
                    fprintf(stderr, "infiniti-ctl failed (%d): %s\n", u.status,
                            qPrintable(readText(errFile)));
                    return 1;
                }
                if (m == 0 && run == 0)
                    printf("infiniti-ctl says: %s\n", qPrintable(readText(errFile)));
                wall[size_t(m)].push_back(u.wallS);
                cpu[size_t(m)].push_back(u.cpuS);
            }
        }
        const double cw = median(curlWall), cc = median(curlCpu);
        printf("users list over %s, %d users, %d pages of 500, median of %d runs (load average now "
               "%.1f)\n",
               tls ? "HTTPS" : "HTTP", total, (total + 499) / 500, runs, loadAverage());
        printf("  %-26s wall %7.3f s  cpu %7.3f s\n", "curl (one connection)", cw, cc);
        printf("  %-26s wall %7.3f s  cpu %7.3f s  = %.2fx wall, %.2fx cpu\n",
               "QNAM alone (read, discard)", median(qnamWall), median(qnamCpu),
               median(qnamWall) / cw, median(qnamCpu) / cc);
        for (qsizetype m = 0; m < modes.size(); ++m) {
            const double w = median(wall[size_t(m)]), c = median(cpu[size_t(m)]);
            printf("  %-26s wall %7.3f s  cpu %7.3f s  = %.2fx wall, %.2fx cpu\n",
                   qPrintable(u"infiniti-ctl users list "_s + modes.at(m).first), w, c, w / cw,
                   c / cc);
        }
    }

    if (importMb > 0) {
        const QString package = dir.filePath(u"large.ixpkg"_s);
        if (!makePackage(package, importMb)) {
            fprintf(stderr, "could not write the package\n");
            return 1;
        }
        // The very body infiniti-ctl sends, on disk for curl to stream.
        ProjectsEndpoints::ImportOptions options;
        options.overwriteProjects = true;
        QString error;
        const auto request = ProjectsEndpoints::importPackage(package, options, &error);
        const QString body = dir.filePath(u"body.json"_s);
        {
            QFile in(package);
            QFile out(body);
            if (!request || !in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
                fprintf(stderr, "could not write the body\n");
                return 1;
            }
            const QByteArray whole =
                ProjectsEndpoints::importPackageBytes(in.readAll(), options).body;
            out.write(whole);
        }
        const QStringList curl = {u"curl"_s,
                                  u"-s"_s,
                                  u"-f"_s,
                                  u"-X"_s,
                                  u"POST"_s,
                                  u"-T"_s,
                                  body,
                                  u"-H"_s,
                                  auth,
                                  u"-H"_s,
                                  u"Content-Type: application/json"_s,
                                  base + u"/api/v1/admin/projects"_s};
        const Usage c = measure(curl, errFile);
        const Usage u =
            measure(ctlBase + QStringList{u"projects"_s, u"import"_s, package, u"--overwrite"_s},
                    errFile, env);
        if (c.status != 0 || u.status != 0) {
            fprintf(stderr, "import failed (curl %d, infiniti-ctl %d): %s\n", c.status, u.status,
                    qPrintable(readText(errFile)));
            return 1;
        }
        printf("projects import, %.1f MiB package (%.1f MiB body), load average %.1f\n",
               double(QFile(package).size()) / 1048576.0, double(QFile(body).size()) / 1048576.0,
               loadAverage());
        printf("  %-26s peak RSS %7.1f MiB  wall %7.1f s\n", "curl -T (streams the file)",
               c.maxRssMiB, c.wallS);
        printf("  %-26s peak RSS %7.1f MiB  wall %7.1f s  = %.2fx the RSS\n",
               "infiniti-ctl projects import", u.maxRssMiB, u.wallS, u.maxRssMiB / c.maxRssMiB);
    }
    if (libraryMb > 0) {
        const QString original = dir.filePath(u"large.png"_s);
        if (!makePackage(original, libraryMb)) { // any incompressible bytes will do
            fprintf(stderr, "could not write the file\n");
            return 1;
        }
        QString id;
        {
            QFile in(original);
            in.open(QIODevice::ReadOnly);
            const QByteArray bytes = in.readAll();
            session.setToken(token, u"admin"_s);
            Session::Limits limits; // its answer echoes the item with its file (> 256 MiB)
            limits.maxAnswerBytes = qint64(libraryMb) * 4 * 1024 * 1024;
            limits.silence = std::chrono::minutes(10); // the emulator decodes and keeps it first
            session.setLimits(limits);
            auto *create = new ApiJob(&session, LibraryEndpoints::create({{u"name"_s, u"Large"_s},
                                                                          {u"type"_s, u"Image"_s}},
                                                                         bytes, u".png"_s));
            create->setAutoDelete(false);
            const bool created = wait(create);
            id = create->json().object().value(u"id"_s).toString();
            const QString problem = create->error().message();
            delete create;
            if (!created || id.isEmpty()) {
                fprintf(stderr, "could not create the library item: %s\n", qPrintable(problem));
                return 1;
            }
        }
        const auto sameFile = [&original](const QString &path) {
            QFile a(original), b(path);
            if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) ||
                a.size() != b.size())
                return false;
            while (!a.atEnd()) {
                if (a.read(1 << 20) != b.read(1 << 20))
                    return false;
            }
            return true;
        };
        const QString item = base + u"/api/v1/admin/contentlibrary/"_s + id;
        const QString curlOut = dir.filePath(u"curl.out"_s), ctlOut = dir.filePath(u"ctl.out"_s);
        const struct
        {
            const char *what;
            QString url;
            QStringList ctlArgs;
        } cases[] = {{"library get --out (Base64 in JSON)",
                      item,
                      {u"library"_s, u"get"_s, id, u"--out"_s, ctlOut}},
                     {"library export --out (raw file)",
                      item + u"/history/1/export"_s,
                      {u"library"_s, u"export"_s, id, u"1"_s, u"--out"_s, ctlOut}}};
        printf("library item of %.1f MiB, load average %.1f\n",
               double(QFile(original).size()) / 1048576.0, loadAverage());
        for (const auto &c : cases) {
            const Usage cu = measure(
                {u"curl"_s, u"-s"_s, u"-f"_s, u"-H"_s, auth, u"-o"_s, curlOut, c.url}, errFile);
            const Usage u = measure(ctlBase + c.ctlArgs, errFile, env);
            if (cu.status != 0 || u.status != 0) {
                fprintf(stderr, "download failed (curl %d, infiniti-ctl %d): %s\n", cu.status,
                        u.status, qPrintable(readText(errFile)));
                return 1;
            }
            printf("  %-36s curl: peak RSS %6.1f MiB wall %6.1f s | infiniti-ctl: peak RSS %6.1f "
                   "MiB wall %6.1f s"
                   " cpu %5.2f s = %.2fx the RSS; saved file %s\n",
                   c.what, cu.maxRssMiB, cu.wallS, u.maxRssMiB, u.wallS, u.cpuS,
                   u.maxRssMiB / cu.maxRssMiB, sameFile(ctlOut) ? "identical" : "DIFFERENT");
            QFile::remove(ctlOut);
            QFile::remove(curlOut);
        }
    }
    sim.kill();
    sim.waitForFinished();
    return 0;
}
