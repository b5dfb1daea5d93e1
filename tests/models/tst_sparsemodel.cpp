// SparseListModel (the users list at scale, issue #15) under QAbstractItemModelTester: the
// total found by probing $skip, placeholders, a jump to the last row that reads only its page,
// a list that shrank, sorting every row (with progress, and cancelled), and the fallback to
// paging in order against servers that ignore $skip or $top. Run against the default and the
// strict emulator (pages capped at 25).
#include "models/UsersModel.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "SimFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {
// The SortRole values of a column, in row order, as the model sorts them.
bool sortedByColumn(const QAbstractItemModel &model, int column, Qt::SortOrder order)
{
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant v = model.index(r, column).data(PagedListModel::SortRole);
        const QString key = v.toString().toCaseFolded();
        if (r > 0 && (order == Qt::AscendingOrder ? key < previous : key > previous))
            return false;
        previous = key;
    }
    return true;
}

// A users list of `n` that pages only by its own links (?page=N) and ignores $skip and $top.
QByteArray pageIgnoringSkip(const RawHttpResponder &server, const RawHttpResponder::Request &r,
                            int n)
{
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
    const int page = qMax(1, q.queryItemValue(u"page"_s).toInt());
    QByteArray items;
    for (int i = (page - 1) * 100; i < qMin(n, page * 100); ++i) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"id\":\"u" + QByteArray::number(i) + "\",\"username\":\"user" +
                 QByteArray::number(i).rightJustified(4, '0') + "\",\"lastName\":\"L" +
                 QByteArray::number((i * 7919) % n).rightJustified(4, '0') + "\"}";
    }
    QByteArray body = "{\"users\":[" + items + "]";
    if (page * 100 < n)
        body += ",\"@nextLink\":\"" + server.origin().toUtf8() +
                "/api/v1/admin/users?page=" + QByteArray::number(page + 1) + "\"";
    return RawHttpResponder::answer(200, body + "}");
}
} // namespace

class SparseModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(10000);
        m_session = m_sim->signedInSession();
    }

    void theTotalAtOnceAndTheLastRowByItsPageAlone()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = m_sim->server->store().userCount();
        const int before = m_sim->server->requestCount();
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(model.isRandomAccess());
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore());
        // The first page, the second item, $skip doubled past the end (log2(N / page)), then a
        // binary search over the last doubling (log2 N): 22 requests here, not N / page = 101.
        const int page = firstPageRows();
        QCOMPARE(model.loadedRows(), page);
        QVERIFY2(model.probeRequests() <= 2 + int(std::ceil(std::log2(double(total) / page))) + 1 +
                                              int(std::ceil(std::log2(double(total)))),
                 qPrintable(QString::number(model.probeRequests())));
        QCOMPARE(m_sim->server->requestCount() - before, model.probeRequests());
        QCOMPARE(model.index(0, UsersModel::Username).data().toString(), u"admin"_s);

        // A row not read yet: a placeholder, read once it is painted (data() asked for it).
        const QModelIndex last = model.index(total - 1, UsersModel::Username);
        QCOMPARE(last.data(PagedListModel::LoadedRole), QVariant(false));
        QVERIFY(!last.data(PagedListModel::IdRole).isValid());
        QCOMPARE(last.data().toString(), u"…"_s);
        const int beforeJump = m_sim->server->requestCount();
        QTRY_VERIFY(model.isRowLoaded(total - 1));
        QCOMPARE(last.data().toString(), m_sim->server->store().userAt(total - 1)->username);
        QCOMPARE(last.data(PagedListModel::IdRole).toString(),
                 m_sim->server->store().userAt(total - 1)->id);
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount() - beforeJump, 1); // its page, nothing else
        QVERIFY(!model.isRowLoaded(total / 2));
        QCOMPARE(model.loadedRows(), page + (total - (total - 1) / page * page));

        // The middle (a thumb dragged there): its page alone.
        const QModelIndex middle = model.index(total / 2, UsersModel::Email);
        QVERIFY(middle.data().toString().isEmpty());
        QTRY_VERIFY(model.isRowLoaded(total / 2));
        QCOMPARE(middle.data().toString(), m_sim->server->store().userAt(total / 2)->email);
        // What a row keeps: its columns, id and flags (a sheet reads the user fresh).
        const QJsonObject kept = model.itemAt(total / 2);
        QCOMPARE(kept.value("username"_L1).toString(),
                 m_sim->server->store().userAt(total / 2)->username);
        QVERIFY(kept.contains("disabled"_L1));
        QVERIFY(!kept.contains("customFields"_L1));
    }

    void aScrollAcrossReadsOnlyTheLastPagesWanted()
    {
        UsersModel model;
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int before = m_sim->server->requestCount();
        // A thumb dragged from top to bottom paints 50 places on the way in one go.
        for (int r = 0; r < model.rowCount(); r += model.rowCount() / 50)
            model.index(r, 0).data();
        QTRY_VERIFY(!model.isFetching());
        QTest::qWait(100);
        QVERIFY2(m_sim->server->requestCount() - before <= 8,
                 qPrintable(QString::number(m_sim->server->requestCount() - before)));
    }

    void sortsEveryRowAfterReadingThemWithProgress()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int total = model.rowCount();
        QPersistentModelIndex admin = model.index(0, UsersModel::Username);
        QSignalSpy progress(&model, &SparseListModel::sortProgress);
        QSignalSpy finished(&model, &SparseListModel::sortFinished);
        model.sort(UsersModel::Name, Qt::AscendingOrder);
        QVERIFY(model.isSortPending());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), total); // read all before sorting
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.loadedRows(), total);
        QCOMPARE(model.sortColumn(), int(UsersModel::Name));
        QVERIFY(sortedByColumn(model, UsersModel::Name, Qt::AscendingOrder));
        QVERIFY(admin.isValid());
        QCOMPARE(admin.data().toString(), u"admin"_s); // followed its row

        // Descending, then back to the server's order (by username): no more requests.
        const int before = m_sim->server->requestCount();
        model.sort(UsersModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(sortedByColumn(model, UsersModel::Name, Qt::DescendingOrder));
        model.sort(UsersModel::Username, Qt::AscendingOrder);
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY(sortedByColumn(model, UsersModel::Username, Qt::AscendingOrder));
        QCOMPARE(m_sim->server->requestCount(), before);
    }

    void aCancelledSortLeavesTheServersOrder()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QSignalSpy finished(&model, &SparseListModel::sortFinished);
        // Cancel as soon as the first rows beyond the first page came (as the strip's button does).
        connect(&model, &SparseListModel::loadAllProgress, &model, [&model](int loaded, int) {
            if (loaded > firstPageRows() && model.isSortPending())
                model.cancelSort();
        });
        model.sort(UsersModel::Email, Qt::DescendingOrder);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(model.sortColumn(), -1);
        QVERIFY(!model.isSortPending());
        QVERIFY(!model.isLoadingAll());
        QTRY_VERIFY(!model.isFetching());
        const int loaded = model.loadedRows();
        QTest::qWait(200);
        QCOMPARE(model.loadedRows(), loaded); // nothing more is read
        QVERIFY(loaded < model.rowCount());
        QCOMPARE(model.index(0, UsersModel::Username).data().toString(), u"admin"_s);
    }

    void aListThatShrankLosesItsTail()
    {
        SimFixture sim(300);
        auto session = sim.signedInSession();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int total = model.rowCount();
        QCOMPARE(total, sim.server->store().userCount());
        // Someone else deletes the last 30 users; then the view shows the end.
        for (int i = 0; i < 30; ++i)
            QVERIFY(sim.server->store().removeUser(
                sim.server->store().userAt(sim.server->store().userCount() - 1)->id));
        model.index(total - 1, 0).data();
        QTRY_COMPARE(model.rowCount(), total - 30);
        QTRY_VERIFY(model.isRowLoaded(total - 31));
        QCOMPARE(model.index(total - 31, UsersModel::Username).data().toString(),
                 sim.server->store().userAt(total - 31)->username);
    }

    void aServerIgnoringSkipIsPagedInOrderAndSortedWhole()
    {
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            return pageIgnoringSkip(server, r, 250);
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        // The tester's fetchMore() pages on: in order, every row, none twice.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, 20000);
        QVERIFY(!model.isRandomAccess());
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.index(249, UsersModel::Username).data().toString(), u"user0249"_s);
        model.sort(UsersModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isSortPending());
        QCOMPARE(model.sortColumn(), int(UsersModel::Name));
        QVERIFY(sortedByColumn(model, UsersModel::Name, Qt::AscendingOrder));
        QCOMPARE(model.rowCount(), 250);
    }

    void aSortWithoutTheTesterReadsTheRestInOrderFirst()
    {
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            return pageIgnoringSkip(server, r, 250);
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 100); // the first page, in order
        QVERIFY(model.canFetchMore());
        QSignalSpy finished(&model, &SparseListModel::sortFinished);
        model.sort(UsersModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(sortedByColumn(model, UsersModel::Name, Qt::DescendingOrder));
    }

    void aServerIgnoringTopSendsTheWholeList()
    {
        RawHttpResponder server([](const RawHttpResponder::Request &) {
            QByteArray items;
            for (int i = 0; i < 150; ++i)
                items += (i ? "," : "") + QByteArray("{\"Id\":\"") + QByteArray::number(i) +
                         "\",\"UserName\":\"u" + QByteArray::number(i) + "\"}";
            return RawHttpResponder::answer(200, "{\"users\":[" + items + "]}");
        });
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.loadedRows(), 150);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(model.index(149, UsersModel::Username).data().toString(),
                 u"u149"_s); // PascalCase read
    }
};

QTEST_MAIN(SparseModelTest)
#include "tst_sparsemodel.moc"
