// UsersModel: 10,000 users under QAbstractItemModelTester — the whole list at once with only
// the first page read, every row read (loadAll), refresh, a failing page and its retry, search;
// and, without the tester, that nothing is fetched that nobody asked for. (Jumps, sorting and
// servers without $skip: tst_sparsemodel.)
#include "api/LoginJob.h"
#include "models/UsersModel.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class UsersModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

    void failNext(const QString &pathPattern, int status)
    {
        QTest::qWait(200); // requests of models destroyed earlier reach the emulator first
        sim::SimFaults::Rule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(pathPattern);
        rule.status = status;
        rule.remaining = 1;
        m_sim->server->faults().add(rule);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(10000);
        m_session = m_sim->signedInSession();
    }

    void fetchesOnlyThePagesAskedFor()
    {
        UsersModel model;
        const int before = m_sim->server->requestCount();
        model.setSession(m_session.get());
        QCOMPARE(model.state(), PagedListModel::State::Loading);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        // The whole list at once (its length probed), only the first page read.
        QCOMPARE(model.rowCount(), m_sim->server->store().userCount());
        QCOMPARE(model.loadedRows(), firstPageRows());
        QTest::qWait(200);
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(m_sim->server->requestCount() - before, model.probeRequests());
        QVERIFY(!model.canFetchMore());
        model.fetchMore(); // nothing to page: rows are read as they are shown
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount() - before, model.probeRequests());
        QCOMPARE(model.index(0, UsersModel::Username).data().toString(), u"admin"_s);
    }

    void readsEveryUserUnderTheTester()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.state(), PagedListModel::State::Idle);
        model.setSession(m_session.get());
        const int total = m_sim->server->store().userCount();
        QTRY_COMPARE(model.rowCount(), total);
        QSignalSpy done(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(model.loadedRows(), total);
        QCOMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(!model.canFetchMore());
        for (int r : {5, total / 3, total - 1})
            QCOMPARE(model.index(r, UsersModel::Email).data().toString(),
                     m_sim->server->store().userAt(r)->email);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QTRY_COMPARE(model.rowCount(), total);
        QCOMPARE(model.loadedRows(), firstPageRows());
    }

    void aFailingPageIsShownAndCanBeRetried()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &PagedListModel::pageFailed);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int skip = 8 * firstPageRows();
        // Its page is asked for with the row before it (whose id is checked against the row
        // read there, if any).
        const int page = (skip + 1) / model.pageRows() * model.pageRows();
        failNext(u"/users\\?.*\\$skip=%1&"_s.arg(page - 1), 500);
        model.index(skip + 1, 0).data(); // painted: its page is read, and fails
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), m_sim->server->store().userCount()); // the list stays
        QVERIFY(!model.isRowLoaded(skip + 1));
        const int asked = m_sim->server->requestCount();
        model.index(skip + 2, 0).data(); // no silent hammering of a failing server
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount(), asked);
        model.retry();
        model.index(skip + 1, 0).data();
        QTRY_VERIFY(model.isRowLoaded(skip + 1));
        QVERIFY(model.state() != PagedListModel::State::Error);
    }

    void firstPageFailureThenAnEmptySearch()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        failNext(u"/users\\?"_s, 403);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(model.rowCount(), 0);

        model.setSearch(u"no-such-user-anywhere"_s);
        if (simOptions().strict) { // no `search` extension there: the view filters the rows read
            QTRY_VERIFY(model.searchCoversLoadedRowsOnly());
            return;
        }
        QTRY_COMPARE(model.state(), PagedListModel::State::Empty);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.searchCoversLoadedRowsOnly());
    }

    void serverSideSearchFindsUsersNotYetLoaded()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name =
            m_sim->server->store().userAt(m_sim->server->store().userCount() - 1)->username;
        model.setSearch(name);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        if (simOptions().strict) { // no `search` extension there: the view filters the rows read
            QVERIFY(model.searchCoversLoadedRowsOnly());
            return;
        }
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r)
            found = found || model.index(r, UsersModel::Username).data().toString() == name;
        QVERIFY(found);
        QVERIFY(model.rowCount() < 100);
        QVERIFY(!model.searchCoversLoadedRowsOnly());
    }
};

QTEST_MAIN(UsersModelTest)
#include "tst_usersmodel.moc"
