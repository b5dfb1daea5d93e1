// The console at scale, as a user drives it (printed, not asserted; see docs/PERFORMANCE.md):
// starts `infiniti-sim --users N` as a separate process, opens the real MainWindow offscreen
// signed in to it (Users area), presses Ctrl+End once, waits for the last user to be on screen,
// then sorts by Name, and prints one line:
//   first_rows_ms=… end_reached_ms=… rss_growth_mib=… stall_p99_ms=… stall_max_ms=…
//   sorted_all=yes|no
// Stalls are gaps between iterations of the GUI thread's event loop (a zero-interval timer's
// ticks), from the window on screen (its construction not counted) to the end of the sort.
//
//   bench_console_scale [--users N] [--timeout-s S] [--sim PATH]
#include "api/ProfileStore.h"
#include "models/PagedListModel.h"
#include "models/SparseListModel.h"
#include "ui/security/UsersPane.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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

// Records the gaps between ticks of a zero-interval timer: how long the GUI thread was away.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_gaps.push_back(double(now - m_last) / 1e6);
                if (m_gaps.back() > 100 && qEnvironmentVariableIsSet("BENCH_STALLS"))
                    std::fprintf(stderr, "stall %.1f ms ending at %.0f ms\n", m_gaps.back(),
                                 double(now) / 1e6);
            }
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void restart()
    {
        m_gaps.clear();
        m_last = -1;
    }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> g = m_gaps;
        std::sort(g.begin(), g.end());
        return g[std::min(g.size() - 1, size_t(p * double(g.size())))];
    }
    double max() const
    {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_gaps;
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
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int users = option(u"--users"_s, u"100000"_s).toInt();
    const int timeoutMs = option(u"--timeout-s"_s, u"60"_s).toInt() * 1000;
    const QString simPath = option(u"--sim"_s, QStringLiteral(INFINITI_SIM));

    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(simPath, {u"--users"_s, QString::number(users), u"--port"_s, u"0"_s});
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
    StallMeter stalls;
    ConsoleController console(&profiles, nullptr);
    console.startDemo(url, u"admin"_s, u"admin"_s);
    if (!QTest::qWaitFor([&] { return console.window() && console.window()->isVisible(); },
                         30000)) {
        std::fprintf(stderr, "bench_console_scale: no window\n");
        return 1;
    }
    MainWindow *window = console.window();
    // Stalls from here on: before the list's work, not the window's construction (which the
    // console now does after signing in, where it used to do it before the meter's first tick).
    stalls.restart();
    window->resize(1280, 800);
    QTableView *view = window->usersPane()->view();
    const QAbstractItemModel *model = view->model();

    const bool firstRows = QTest::qWaitFor([&] { return model->rowCount() > 0; }, 30000);
    const qint64 firstRowsMs = firstRows ? clock.elapsed() : -1;

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
    const bool endReached = QTest::qWaitFor(lastShown, timeoutMs);
    const qint64 endMs = clock.elapsed();
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
    const bool sortSeen = QTest::qWaitFor(looksSorted, timeoutMs);
    const qint64 sortMs = clock.elapsed();
    stalls.stop();
    const double growth = rssMiB() - rssBefore;
    const bool sorted = sortSeen && sortedAll();
    std::printf("users=%d rows_after_end=%d source_rows=%d sort_ms=%lld\n", total, rowsAtEnd,
                sourceOf(model)->rowCount(), static_cast<long long>(sortSeen ? sortMs : -1));
    std::printf("first_rows_ms=%lld end_reached_ms=%s rss_growth_mib=%.0f stall_p99_ms=%.1f "
                "stall_max_ms=%.1f sorted_all=%s\n",
                static_cast<long long>(firstRowsMs),
                endReached ? qPrintable(QString::number(endMs))
                           : qPrintable(u"timeout(>%1)"_s.arg(timeoutMs)),
                growth, stalls.percentile(0.99), stalls.max(), sorted ? "yes" : "no");
    std::fflush(stdout);
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
