// UsersModel: paging through 10,000 users under QAbstractItemModelTester (which calls
// fetchMore() on every check, so it drives the paging), refresh, a failing page and its retry,
// search; and, without the tester, that nothing is fetched that nobody asked for.
#include "api/LoginJob.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "models/UsersModel.h"

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
        const int page = firstPageRows(); // 100, or the strict profile's page cap
        QTRY_COMPARE(model.rowCount(), page);
        QTest::qWait(200);
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(m_sim->server->requestCount() - before, 1);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        model.fetchMore(); // ignored: a page is in flight
        QTRY_COMPARE(model.rowCount(), 2 * page);
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount() - before, 2);
        QCOMPARE(model.index(0, UsersModel::Username).data().toString(), u"admin"_s);
    }

    void pagesThroughEveryUserUnderTheTester()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.state(), PagedListModel::State::Idle);
        model.setSession(m_session.get());
        const int total = m_sim->server->store().userCount();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), total, 60000);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.pagesFetched(), (total + firstPageRows() - 1) / firstPageRows());
        QVERIFY(!model.index(5, UsersModel::Email).data().toString().isEmpty());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QTRY_VERIFY(model.rowCount() >= firstPageRows());
    }

    void aFailingPageIsShownAndCanBeRetried()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        failNext(u"/users\\?.*\\$skip=200"_s, 500);
        QSignalSpy failed(&model, &PagedListModel::pageFailed);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), 200); // what was loaded stays
        QVERIFY(!model.canFetchMore());  // no silent hammering of a failing server
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 200);
        model.retry();
        QTRY_VERIFY(model.rowCount() > 200);
        QVERIFY(model.state() != PagedListModel::State::Error);
    }

    void firstPageFailureThenAnEmptySearch()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        failNext(u"/users\\?"_s, 403);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(model.rowCount(), 0);

        model.setSearch(u"no-such-user-anywhere"_s);
        if (strictProfile()) {
            // A server without the `search` extension sends every user: the model says that
            // the search covers only the rows loaded (the view then filters those).
            QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
            QVERIFY(model.searchCoversLoadedRowsOnly());
            QVERIFY(model.rowCount() > 0);
            return;
        }
        QTRY_COMPARE(model.state(), PagedListModel::State::Empty);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.searchCoversLoadedRowsOnly());
    }

    void serverSideSearchFindsUsersNotYetLoaded()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name = m_sim->server->store().userAt(m_sim->server->store().userCount() - 1)->username;
        model.setSearch(name);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const auto found = [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, UsersModel::Username).data().toString() == name)
                    return true;
            }
            return false;
        };
        if (strictProfile()) {
            // Without the server's search the model says so, and the user is reached by
            // scrolling: every page asked for comes, up to the last user.
            QVERIFY(model.searchCoversLoadedRowsOnly());
            while (!found() && model.canFetchMore()) {
                const int rows = model.rowCount();
                model.fetchMore();
                QTRY_VERIFY(model.rowCount() > rows || model.state() == PagedListModel::State::Error);
                QVERIFY(model.state() != PagedListModel::State::Error);
            }
            QVERIFY(found());
            QCOMPARE(model.rowCount(), m_sim->server->store().userCount());
            return;
        }
        QVERIFY(found());
        QVERIFY(model.rowCount() < 100);
        QVERIFY(!model.searchCoversLoadedRowsOnly());
    }
};

QTEST_MAIN(UsersModelTest)
#include "tst_usersmodel.moc"
