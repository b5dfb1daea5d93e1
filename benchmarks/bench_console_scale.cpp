// The console at scale, as a user drives it (printed, not asserted; see docs/PERFORMANCE.md):
// starts `infiniti-sim --users N` as a separate process, opens the real MainWindow offscreen
// signed in to it (Users area), presses Ctrl+End once, waits for the last user to be on screen,
// then sorts by Name, and prints one line:
//   first_rows_ms=… end_reached_ms=… rss_growth_mib=… stall_p99_ms=… stall_max_ms=…
//   sorted_all=yes|no
// Stalls are gaps between iterations of the GUI thread's event loop (a zero-interval timer's
// ticks), from the window on screen (its construction not counted) to the end of the sort;
// BENCH_STALLS=N prints each stall over N ms (1: over 100 ms) among the moments it passes.
// stall_p99_ms is weighted by time: at 99 % of the moments measured the GUI thread was back
// in its loop within that many milliseconds (what a keypress at a random moment would wait,
// at most). An idle loop spins through thousands of empty iterations a second, so the 99th
// percentile of the iterations themselves says only how idle the thread was; it is printed
// too (iter_p99_ms), with the number of iterations.
// A second line gives the window's time (from startDemo), the total's (every row in the
// table), the sort's and how often the list's viewport was painted while the sort read.
//
//   bench_console_scale [--users N] [--timeout-s S] [--sim PATH] [--latency-ms MS]
#include "api/ProfileStore.h"
#include "BenchOptions.h"
#include "models/PagedListModel.h"
#include "models/SparseListModel.h"
#include "ui/security/UsersPane.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;
using namespace infiniti;

namespace {

double rssMiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// With BENCH_EVENTS=N, prints each event that kept the GUI thread over N ms: its type and the
// class of the object it went to (nested deliveries not counted twice). With BENCH_STALLS, each
// stall printed lists the events that made it up (one pass of the loop can deliver many).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Delivery
    {
        int type;
        QByteArray className;
        double ms;
    };
    int reportMs = qEnvironmentVariableIntValue("BENCH_EVENTS");
    bool recordAll = qEnvironmentVariableIntValue("BENCH_STALLS") > 0;
    QElapsedTimer clock;
    std::vector<Delivery> recent; // the GUI thread's deliveries since the stall meter's last tick

    bool notify(QObject *receiver, QEvent *event) override
    {
        if ((reportMs <= 0 && !recordAll) || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = clock.nsecsElapsed();
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        QByteArray name; // a timer: whose, or its name
        if (auto *timer = qobject_cast<QTimer *>(receiver)) {
            name = timer->parent() ? QByteArray(timer->parent()->metaObject()->className())
                                   : timer->objectName().toUtf8();
            if (name.isEmpty())
                name = "QTimer(" + QByteArray::number(timer->interval()) + " ms" +
                       (timer->isSingleShot() ? " single" : "") + ")";
            className = name.constData();
        }
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(clock.nsecsElapsed() - start) / 1e6;
        if (recordAll && ms > 0.5)
            recent.push_back({type, className, ms});
        if (reportMs > 0 && ms > reportMs)
            std::fprintf(stderr, "event %d to %s took %.1f ms ending at %.0f ms\n", type, className,
                         ms, double(clock.nsecsElapsed()) / 1e6);
        return result;
    }

private:
    int m_depth = 0;
};

// Records the gaps between ticks of a zero-interval timer: how long the GUI thread was away.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        // Kept as a histogram of 0.1 ms buckets, allocated once: the loop runs a million times
        // in a few seconds, and a list of every gap grew by reallocation (16–38 ms stalls of
        // its own, and megabytes counted as the console's memory).
        m_count.assign(kBuckets, 0);
        m_sum.assign(kBuckets, 0.0);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                const double gap = double(now - m_last) / 1e6;
                const size_t bucket = std::min(size_t(gap * 10), kBuckets - 1);
                ++m_count[bucket];
                m_sum[bucket] += gap;
                ++m_total;
                m_max = std::max(m_max, gap);
                if (gap > m_report && m_report > 0) {
                    std::fprintf(stderr, "stall %.1f ms ending at %.0f ms\n", gap,
                                 double(now) / 1e6);
                    printDeliveries();
                }
            }
            m_last = now;
            if (auto *app = static_cast<TimingApplication *>(QCoreApplication::instance()))
                app->recent.clear();
        });
        m_clock.start();
        m_timer.start();
        // BENCH_STALLS=1 prints each stall over 100 ms, BENCH_STALLS=N each over N ms.
        const int report = qEnvironmentVariableIntValue("BENCH_STALLS");
        m_report = report == 1 ? 100 : report;
    }
    // A moment worth seeing among the stalls printed (BENCH_STALLS).
    void mark(const char *what) const
    {
        if (m_report > 0)
            std::fprintf(stderr, "-- %s at %.0f ms\n", what, double(m_clock.nsecsElapsed()) / 1e6);
    }
    void stop() { m_timer.stop(); }
    void restart()
    {
        std::fill(m_count.begin(), m_count.end(), 0);
        std::fill(m_sum.begin(), m_sum.end(), 0.0);
        m_total = 0;
        m_max = 0;
        m_last = -1;
    }
    // The gap (to 0.1 ms) that share p of the iterations stay within.
    double percentile(double p) const
    {
        quint64 seen = 0;
        for (size_t b = 0; b < kBuckets; ++b) {
            seen += m_count[b];
            if (seen > 0 && double(seen) >= p * double(m_total))
                return std::min(double(b + 1) / 10, m_max);
        }
        return m_max;
    }
    // The gap (to 0.1 ms) such that the gaps no longer than it make up share p of the time
    // measured.
    double timeWeightedPercentile(double p) const
    {
        const double total = std::accumulate(m_sum.begin(), m_sum.end(), 0.0);
        double covered = 0;
        for (size_t b = 0; b < kBuckets; ++b) {
            covered += m_sum[b];
            if (covered > 0 && covered >= p * total)
                return std::min(double(b + 1) / 10, m_max);
        }
        return m_max;
    }
    quint64 count() const { return m_total; }
    double max() const { return m_max; }

private:
    static constexpr size_t kBuckets = 20000; // 0.1 ms each, to 2 s (longer: the last)

    // The longest events of the stall just measured, and how many there were in all.
    static void printDeliveries()
    {
        auto *app = static_cast<TimingApplication *>(QCoreApplication::instance());
        std::vector<TimingApplication::Delivery> d = app->recent;
        std::sort(d.begin(), d.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
        double sum = 0;
        for (const auto &e : d)
            sum += e.ms;
        std::fprintf(stderr, "  %zu events over 0.5 ms, %.1f ms in all:", d.size(), sum);
        for (size_t i = 0; i < std::min<size_t>(d.size(), 5); ++i)
            std::fprintf(stderr, " %d→%s %.1f;", d[i].type, d[i].className.constData(), d[i].ms);
        std::fprintf(stderr, "\n");
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    int m_report = 0;
    std::vector<quint64> m_count;
    std::vector<double> m_sum;
    quint64 m_total = 0;
    double m_max = 0;
};

// Waits for a condition in a real event loop, as the console's own loop runs, checking it each
// millisecond. Not QTest::qWaitFor: it sleeps 10 ms between its passes over the events, and the
// stall meter counted those sleeps as the console's stalls (every gap was 10 ms + the work).
template <typename Condition> bool waitUntil(Condition done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop; // a benchmark's main(), not product code
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// Counts the paint events a widget gets (the list's viewport: what page arrivals cost in paint).
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// The model under the view, whatever proxies sit between.
const QAbstractItemModel *sourceOf(const QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    app.clock.start();
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        return benchOption(args, name, fallback);
    };
    const int users = option(u"--users"_s, u"100000"_s).toInt();
    const int timeoutMs = option(u"--timeout-s"_s, u"60"_s).toInt() * 1000;
    const QString simPath = option(u"--sim"_s, QStringLiteral(INFINITI_SIM));
    // The emulator answers this much later (a server across a network, or a busy one).
    const QString latencyMs = option(u"--latency-ms"_s, u"0"_s);

    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(simPath, {u"--users"_s, QString::number(users), u"--port"_s, u"0"_s,
                        u"--latency-ms"_s, latencyMs});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(600000)) {
        std::fprintf(stderr, "bench_console_scale: the emulator did not start\n");
        return 1;
    }
    const QUrl url(QString::fromUtf8(sim.readLine().trimmed()));
    // Seeded accounts besides the generated users: admin and enduser.
    const int total = users + 2;
    std::fprintf(stderr, "emulator at %s with %d users\n", qPrintable(url.toString()), total);

    ProfileStore profiles(home.filePath(u"profiles.ini"_s));
    const double rssBefore = rssMiB();
    QElapsedTimer clock;
    clock.start();
    app.clock.restart(); // the events' times on the stall meter's clock
    StallMeter stalls;
    ConsoleController console(&profiles, nullptr);
    console.startDemo(url, u"admin"_s, u"admin"_s);
    if (!waitUntil([&] { return console.window() && console.window()->isVisible(); }, 30000)) {
        std::fprintf(stderr, "bench_console_scale: no window\n");
        return 1;
    }
    MainWindow *window = console.window();
    const qint64 windowMs = clock.elapsed();
    // Stalls from here on: before the list's work, not the window's construction (which the
    // console now does after signing in, where it used to do it before the meter's first tick).
    stalls.restart();
    stalls.mark("window on screen");
    window->resize(1280, 800);
    QTableView *view = window->usersPane()->view();
    const QAbstractItemModel *model = view->model();

    const bool firstRows = waitUntil([&] { return model->rowCount() > 0; }, 30000);
    const qint64 firstRowsMs = firstRows ? clock.elapsed() : -1;
    stalls.mark("first rows");
    // The total: when every row is in the table (the length found), placeholders included;
    // Ctrl+End is pressed at once, as a user would on seeing the first rows.
    qint64 totalMs = model->rowCount() == total ? clock.elapsed() : -1;
    const QElapsedTimer sinceDemo = clock;
    auto noteTotal = [&] {
        if (totalMs < 0 && model->rowCount() == total) {
            totalMs = sinceDemo.elapsed();
            stalls.mark("total known");
        }
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, noteTotal);
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, noteTotal);

    // One Ctrl+End, then wait until the last user is the last row on screen with its text.
    view->setFocus();
    clock.restart();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    auto lastShown = [&] {
        if (model->rowCount() != total)
            return false;
        const QModelIndex last = model->index(total - 1, 0);
        const QRect rect = view->visualRect(last);
        return rect.isValid() && view->viewport()->rect().intersects(rect) &&
               !last.data().toString().isEmpty() && last.data(PagedListModel::IdRole).isValid();
    };
    const bool endReached = waitUntil(lastShown, timeoutMs);
    const qint64 endMs = clock.elapsed();
    stalls.mark("last row shown");
    const int rowsAtEnd = model->rowCount();

    // Sort by Name: a click on its header.
    int nameColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() ==
            QApplication::translate("infiniti::UsersModel", "Name"))
            nameColumn = c;
    }
    view->horizontalHeader()->setSortIndicator(nameColumn, Qt::AscendingOrder);
    if (!view->isSortingEnabled())
        view->sortByColumn(nameColumn, Qt::AscendingOrder);
    // "All rows" means every user is in the sorted view, read (no placeholder), and the order
    // holds across it — by the column's sort value (Name sorts by surname, then first name),
    // case-insensitively, as the model (and before it the view's proxy) sorts.
    auto sortedAll = [&] {
        if (model->rowCount() != total)
            return false;
        QString previous;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, nameColumn);
            if (index.data(PagedListModel::LoadedRole) == QVariant(false))
                return false;
            const QString key = index.data(PagedListModel::SortRole).toString().toCaseFolded();
            if (key < previous) {
                std::fprintf(stderr, "not in order at row %d: \"%s\" after \"%s\"\n", r,
                             qPrintable(key), qPrintable(previous));
                return false;
            }
            previous = key;
        }
        return true;
    };
    // Polled cheaply (three rows) so that the check adds no stalls of its own; the whole order
    // is checked once the stall meter has stopped.
    auto *sparse = qobject_cast<const SparseListModel *>(sourceOf(model));
    auto looksSorted = [&] {
        if (model->rowCount() != total)
            return false;
        if (sparse && (sparse->isSortPending() || sparse->sortColumn() != nameColumn))
            return false; // still reading or sorting (three rows may look sorted by chance)
        QString previous;
        for (int r : {0, total / 2, total - 1}) {
            const QModelIndex index = model->index(r, nameColumn);
            const QString key = index.data(PagedListModel::SortRole).toString().toCaseFolded();
            if (index.data(PagedListModel::LoadedRole) == QVariant(false) || key < previous)
                return false;
            previous = key;
        }
        return true;
    };
    clock.restart();
    PaintCounter paints(view->viewport());
    const bool sortSeen = waitUntil(looksSorted, timeoutMs);
    const qint64 sortMs = clock.elapsed();
    stalls.mark("sorted");
    stalls.stop();
    const double growth = rssMiB() - rssBefore;
    const bool sorted = sortSeen && sortedAll();
    std::printf("users=%d rows_after_end=%d source_rows=%d window_ms=%lld total_ms=%lld "
                "sort_ms=%lld sort_paints=%d iterations=%llu iter_p99_ms=%.1f\n",
                total, rowsAtEnd, sourceOf(model)->rowCount(), static_cast<long long>(windowMs),
                static_cast<long long>(totalMs), static_cast<long long>(sortSeen ? sortMs : -1),
                paints.count, static_cast<unsigned long long>(stalls.count()),
                stalls.percentile(0.99));
    std::printf("first_rows_ms=%lld end_reached_ms=%s rss_growth_mib=%.0f stall_p99_ms=%.1f "
                "stall_max_ms=%.1f sorted_all=%s\n",
                static_cast<long long>(firstRowsMs),
                endReached ? qPrintable(QString::number(endMs))
                           : qPrintable(u"timeout(>%1)"_s.arg(timeoutMs)),
                growth, stalls.timeWeightedPercentile(0.99), stalls.max(), sorted ? "yes" : "no");
    std::fflush(stdout);
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
