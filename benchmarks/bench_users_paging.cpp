// Figures for the users list at scale (printed, not asserted):
//  - emulator seeding time for 100,000 and 1,000,000 users;
//  - latency of one 100-user page through the whole client stack (job, session, QNAM) against
//    the emulator on its own thread, with 1,000,000 users;
//  - UsersModel: time to find the list's length and to read 100,000 users, and the process's
//    memory growth doing it.
#include "api/endpoints/UsersEndpoints.h"
#include "api/ListPageJob.h"
#include "api/LoginJob.h"
#include "api/Session.h"
#include "models/UsersModel.h"
#include "sim/SimServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

using namespace infiniti;

namespace {

long rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Benchmarks may wait; the product never does.
void waitFor(ApiJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    loop.exec();
}

struct EmulatorThread
{
    QThread thread;
    QUrl url;
    explicit EmulatorThread(int users)
    {
        thread.start();
        auto *anchor = new QObject;
        anchor->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, anchor, &QObject::deleteLater);
        QMetaObject::invokeMethod(
            anchor,
            [&, anchor, users] {
                sim::SimOptions o;
                o.seed.users = users;
                auto *s = new sim::SimServer(o, anchor);
                s->start();
                url = s->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~EmulatorThread()
    {
        thread.quit();
        thread.wait();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("infiniti-admin users benchmark (Qt %s, %d cores)\n", qVersion(),
                QThread::idealThreadCount());

    for (int n : {100000, 1000000}) {
        QElapsedTimer t;
        t.start();
        sim::SimStore store;
        sim::SeedOptions seed;
        seed.users = n;
        sim::seedStore(store, seed);
        std::printf("seed %7d users: %6lld ms\n", n, t.elapsed());
    }

    EmulatorThread emulator(1000000);
    Profile p;
    p.name = u"bench"_s;
    p.manageUrl = emulator.url;
    Session session(p);
    LoginJob login(&session, ApiModule::Admin, u"admin"_s, u"admin"_s);
    waitFor(&login);
    session.setToken(login.result().token, u"admin"_s);

    std::vector<double> ms;
    QRandomGenerator rng(1);
    const int samples = 300;
    for (int i = 0; i < samples; ++i) {
        const int skip = int(rng.bounded(999900u));
        ListPageJob job(&session, UsersEndpoints::list(skip, 100), "users"_L1);
        QElapsedTimer t;
        t.start();
        waitFor(&job);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (job.items().size() != 100)
            std::printf("unexpected page size %lld\n", qlonglong(job.items().size()));
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("page of 100 users of 1,000,000 (client stack + emulator, loopback), %d samples: "
                "mean %.2f ms, p50 %.2f ms, p99 %.2f ms\n",
                samples, sum / samples, ms[size_t(samples / 2)], ms[size_t(samples * 99 / 100)]);

    const long before = rssKiB();
    UsersModel model;
    QElapsedTimer t;
    t.start();
    model.setSession(&session);
    QEventLoop loop;
    QTimer tick;
    qint64 lengthMs = -1;
    // The length first (ListProbe), then the first 100,000 rows read in order (loadAll(), pages
    // of 250, three at a time), the rest left as placeholders.
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (model.state() == PagedListModel::State::Error) {
            loop.quit();
        } else if (lengthMs < 0 && model.state() == PagedListModel::State::Loaded) {
            lengthMs = t.elapsed();
            model.loadAll();
        } else if (lengthMs >= 0 && model.loadedRows() >= 100000) {
            model.cancelLoadAll();
            loop.quit();
        }
    });
    tick.start(0);
    loop.exec();
    std::printf("UsersModel: the length of %d users found in %lld ms (%d requests); 100,000 users "
                "read in %lld ms; "
                "memory +%ld MiB (%d placeholders and %d rows read)\n",
                model.rowCount(), lengthMs, model.probeRequests(), t.elapsed() - lengthMs,
                (rssKiB() - before) / 1024, model.rowCount() - model.loadedRows(),
                model.loadedRows());
    return 0;
}
