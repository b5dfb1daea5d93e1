// How long comparing two servers takes (issue #18: two 10,000-user servers within a few
// seconds). Starts two infiniti-sim processes seeded alike (so each has its own event loop and
// the client's figures are the client's), changes some users on the second through the API,
// then compares every part as the console would: both read in parallel, 4 requests at a time
// per server, library files and project exports hashed.
// Usage: bench_compare [users] [--changes N] [--other-seed] [--no-files] [--page-size N]
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/LoginJob.h"
#include "api/Session.h"
#include "compare/Comparison.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::compare;

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

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// CPU time (user + system) another process has used so far, from /proc/<pid>/stat.
double processCpuMs(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

bool wait(ApiJob *job)
{
    QEventLoop loop; // a benchmark's main(), not product code
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job->succeeded();
}

struct Server
{
    QProcess process;
    std::unique_ptr<Session> session;
    qint64 startMs = 0;

    bool start(const QString &name, int users, int seed)
    {
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(INFINITI_SIM),
                      {u"--users"_s, QString::number(users), u"--port"_s, u"0"_s, u"--seed"_s,
                       QString::number(seed)});
        if (!process.waitForReadyRead(120000))
            return false;
        startMs = clock.elapsed();
        Profile profile;
        profile.name = name;
        profile.manageUrl = QUrl(QString::fromUtf8(process.readLine().trimmed()));
        session = std::make_unique<Session>(profile);
        auto *login = new LoginJob(session.get(), ApiModule::Admin, u"admin"_s, u"admin"_s);
        login->setAutoDelete(false);
        const bool ok = wait(login);
        if (ok)
            session->setToken(login->result().token, u"admin"_s, login->result().userId);
        delete login;
        return ok;
    }
    ~Server()
    {
        session.reset();
        process.kill();
        process.waitForFinished(5000);
    }
};

QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray("?");
}

// Changes the job title of `count` users spread over the list, through the API.
int changeUsers(Session *session, int count, int users)
{
    int changed = 0;
    for (int i = 0; i < count; ++i) {
        const int skip = int(qint64(i) * users / qMax(1, count));
        auto *page = new EntityJob(session, UsersEndpoints::list(skip, 1));
        page->setAutoDelete(false);
        if (!wait(page)) {
            delete page;
            continue;
        }
        const QJsonObject user = page->object().value("users"_L1).toArray().first().toObject();
        delete page;
        User u = User::fromJson(user);
        u.jobTitle = u"Benchmark title %1"_s.arg(i);
        auto *patch = new EntityJob(session, UsersEndpoints::update(u));
        patch->setAutoDelete(false);
        changed += wait(patch);
        delete patch;
    }
    return changed;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int users = 10000;
    int changes = 50;
    bool otherSeed = false;
    bool files = true;
    int pageSize = ReadOptions().pageSize;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == "--changes"_L1 && i + 1 < args.size())
            changes = args.at(++i).toInt();
        else if (args.at(i) == "--other-seed"_L1)
            otherSeed = true;
        else if (args.at(i) == "--no-files"_L1)
            files = false;
        else if (args.at(i) == "--page-size"_L1 && i + 1 < args.size())
            pageSize = args.at(++i).toInt();
        else
            users = args.at(i).toInt();
    }
    Server test, production;
    if (!test.start(u"Test"_s, users, 1) ||
        !production.start(u"Production"_s, users, otherSeed ? 2 : 1)) {
        fprintf(stderr, "an emulator did not start or sign-in failed\n");
        return 1;
    }
    const int changed = otherSeed ? 0 : changeUsers(production.session.get(), changes, users);
    printf("emulators: %d users each (+ admin, enduser), seeds 1 and %d; started in %lld / %lld "
           "ms; %d users changed on the target\n",
           users, otherSeed ? 2 : 1, test.startMs, production.startMs, changed);

    const qint64 rssBefore = statusKiB("VmRSS:");
    CompareOptions options;
    options.read.libraryFiles = files;
    options.read.projectContents = files;
    options.read.pageSize = pageSize;
    Comparison comparison(test.session.get(), production.session.get(), options);
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    const double simStart =
        processCpuMs(test.process.processId()) + processCpuMs(production.process.processId());
    QEventLoop loop;
    QObject::connect(&comparison, &Comparison::finished, &loop, &QEventLoop::quit);
    comparison.start();
    loop.exec();
    const qint64 total = clock.elapsed();
    const double totalCpu = cpuMs() - cpuStart;
    const double simCpu = processCpuMs(test.process.processId()) +
                          processCpuMs(production.process.processId()) - simStart;
    if (!comparison.succeeded()) {
        fprintf(stderr, "the comparison failed: %s\n", qPrintable(comparison.errorText()));
        return 1;
    }
    const ServerSnapshot &a = comparison.source();
    const ServerSnapshot &b = comparison.target();
    const CompareResult &r = comparison.result();
    printf("read source: %lld ms (%lld objects, %d requests, %.1f MiB, %d files hashed)\n",
           a.readMs, qlonglong(a.objectCount()), a.requests, double(a.bytesRead) / 1048576.0,
           int(a.libraryFiles.size() + a.projectContents.size()));
    printf("read target: %lld ms (%lld objects, %d requests, %.1f MiB)\n", b.readMs,
           qlonglong(b.objectCount()), b.requests, double(b.bytesRead) / 1048576.0);
    printf("compare: %lld ms\n", comparison.compareMs());
    // The engine alone once more, with its CPU time (the machine may be shared).
    {
        const double cpu0 = cpuMs();
        QElapsedTimer again;
        again.start();
        const CompareResult repeat =
            Comparer::compare(comparison.source(), comparison.target(), comparison.options().parts);
        printf("compare again: %lld ms wall, %.0f ms CPU (%d differences)\n", again.elapsed(),
               cpuMs() - cpu0, int(repeat.differences.size()));
    }
    printf("total: %lld ms (CPU: client %.0f ms, both emulators %.0f ms; load average %s)\n", total,
           totalCpu, simCpu, loadAverage().constData());
    printf("differences: %d (added %d, removed %d, changed %d)\n", int(r.differences.size()),
           r.count(Change::Added), r.count(Change::Removed), r.count(Change::Changed));
    for (int i = 0; i < qMin<qsizetype>(3, r.differences.size()); ++i)
        printf("  e.g. %s\n", qPrintable(r.differences.at(i).summary));
    printf("client RSS: %lld MiB before, %lld MiB after (peak %lld MiB)\n", rssBefore / 1024,
           statusKiB("VmRSS:") / 1024, statusKiB("VmHWM:") / 1024);
    return 0;
}
