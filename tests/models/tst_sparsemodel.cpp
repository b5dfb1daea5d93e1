// SparseListModel (the users list at scale, issue #15) under QAbstractItemModelTester: the
// total found by probing $skip, placeholders, a jump to the last row that reads only its page,
// a list that shrank, sorting every row (with progress, and cancelled), the first page shown
// before the length is known, pages read on worker threads landing in their places (and never
// after a refresh), and the fallback to
// paging in order against servers that ignore $skip or $top. Run against the default and the
// strict emulator (pages capped at 25).
#include "ListTestServers.h"
#include "models/ListProbe.h"
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
// The emulator's users in its order, leaving out `except`.
QStringList storeIds(const sim::SimStore &store, const QString &except = {})
{
    QStringList ids;
    for (int i = 0; i < store.userCount(); ++i) {
        if (store.userAt(i)->id != except)
            ids << store.userAt(i)->id;
    }
    return ids;
}

QJsonObject userJson(const sim::SimStore::User &u)
{
    return QJsonObject{{"id"_L1, u.id}, {"username"_L1, u.username}, {"lastName"_L1, u.lastName}};
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
        // The first page; one round of the second item beside probes 8 times further each (past
        // the end here); then rounds of 4 probes at once, each leaving a fifth of what was left:
        // 8 round trips here, not 22 requests one after another (nor N / page = 101).
        const int page = firstPageRows();
        QCOMPARE(model.loadedRows(), page);
        const int rounds = 2 +
                           int(std::ceil(std::log(double(total)) /
                                         std::log(double(ListProbe::kProbesPerRound + 1)))) +
                           1;
        QVERIFY2(model.probeRounds() <= rounds,
                 qPrintable(u"%1 rounds"_s.arg(model.probeRounds())));
        QVERIFY2(model.probeRequests() <=
                     2 + ListProbe::kProbesPerRound * (model.probeRounds() - 1),
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
        // (Pages are read by the model's grid: with a capped server, two rows short of the cap,
        // for the rows either side whose ids are checked.)
        const int grid = model.pageRows();
        QCOMPARE(model.loadedRows(), page + (total - (total - 1) / grid * grid));

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

    void theFirstRowsComeBeforeTheLength()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = m_sim->server->store().userCount();
        struct Insert
        {
            int first, last;
            bool findingLength;
            PagedListModel::State state;
        };
        std::vector<Insert> inserts;
        connect(&model, &QAbstractItemModel::rowsInserted, &model,
                [&](const QModelIndex &, int first, int last) {
                    inserts.push_back({first, last, model.isFindingLength(), model.state()});
                });
        QSignalSpy known(&model, &SparseListModel::lengthKnown);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSession(m_session.get());
        const int resetsAtStart = resets.count();
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        // The first page went in alone, while the length was still being found (still Loading);
        // then the rest of the list as placeholders, once, with no reset in between.
        QCOMPARE(inserts.size(), size_t(2));
        const int page = firstPageRows();
        QCOMPARE(inserts[0].first, 0);
        QCOMPARE(inserts[0].last, page - 1);
        QVERIFY(inserts[0].findingLength);
        QCOMPARE(inserts[0].state, PagedListModel::State::Loading);
        QCOMPARE(inserts[1].first, page);
        QCOMPARE(inserts[1].last, total - 1);
        QVERIFY(!inserts[1].findingLength);
        QCOMPARE(known.count(), 1);
        QCOMPARE(resets.count(), resetsAtStart);
        QCOMPARE(model.rowCount(), total);
        // The first page's rows are the server's first users, in its order.
        for (int r = 0; r < page; ++r)
            QCOMPARE(model.index(r, UsersModel::Username).data().toString(),
                     m_sim->server->store().userAt(r)->username);
    }

    void pagesReadOnWorkersLandInTheirPlaces()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        // Three pages in flight at once, each read on a worker (they may finish in any order).
        QSignalSpy all(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 60000);
        const int total = model.rowCount();
        QCOMPARE(model.loadedRows(), total);
        for (int r = 0; r < total; ++r) {
            const auto *user = m_sim->server->store().userAt(r);
            QCOMPARE(model.index(r, 0).data(PagedListModel::IdRole).toString(), user->id);
            QCOMPARE(model.index(r, UsersModel::Username).data().toString(), user->username);
        }
    }

    void aRefreshDropsPagesStillBeingRead()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        // Pages asked for, then the list refreshed while they are on the wire or being read:
        // none of them fills a row of the new list.
        model.loadAll();
        QTRY_VERIFY(model.loadedRows() > firstPageRows());
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.loadedRows(), 0);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QTest::qWait(300);
        QCOMPARE(model.loadedRows(), firstPageRows()); // the new list's first page, nothing else
        QVERIFY(!model.isRowLoaded(firstPageRows()));
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

    void aRowAddedHereIsShownOnceAndTheRowsAfterItKeepTheirPlaces()
    {
        SimFixture sim(1000);
        auto session = sim.signedInSession();
        auto &store = sim.server->store();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int total = store.userCount();
        const int middle = total / 2;
        model.index(middle, 0).data();
        QTRY_VERIFY(model.isRowLoaded(middle));
        // A user created here: the server puts it in the middle of its list (the emulator orders
        // by username; the vendor documents no order, so the console cannot know where).
        sim::SimStore::User fresh;
        fresh.username = store.userAt(middle)->username + u"-b"_s;
        fresh.lastName = u"Fresh"_s;
        // (store() again: the emulator drops its answers cached before.)
        const sim::SimStore::User *made = sim.server->store().addUser(fresh);
        model.addItem(userJson(*made));
        QCOMPARE(model.index(0, UsersModel::Username).data().toString(), made->username);
        QVERIFY(model.resyncs() >= 1);
        // Rows read from now on are the server's rows as they are now: far after the new user,
        // row 1 + i is the server's item i (the new one is still among them, not found yet).
        const QStringList now = storeIds(store);
        const int far = total - 3;
        model.index(far, 0).data();
        QTRY_VERIFY(model.isRowLoaded(far));
        QCOMPARE(model.rowCount(), 1 + store.userCount());
        for (int r = far - 5; r < model.rowCount(); ++r) {
            if (model.isRowLoaded(r))
                QCOMPARE(model.index(r, 0).data(PagedListModel::IdRole).toString(), now.at(r - 1));
        }
        // Every row read: the new user once, at the top; the others in the server's order, none
        // missing, none twice.
        QSignalSpy all(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 30000);
        QCOMPARE(model.rowCount(), store.userCount());
        QCOMPARE(rowIds(model), QStringList{made->id} + storeIds(store, made->id));
        // Removed again: the rows after its place on the server stay where they are.
        model.removeId(made->id);
        QVERIFY(sim.server->store().removeUser(made->id));
        QCOMPARE(rowIds(model), storeIds(store));
        model.index(model.rowCount() - 1, 0).data();
        QTest::qWait(100);
        QCOMPARE(rowIds(model), storeIds(store));
    }

    // Sorted here (every row read and ordered by this model), a row added goes in its place
    // among them at once, as the sort would put it; in the server's order it goes at the top.
    void aRowAddedToRowsSortedHereTakesItsPlace()
    {
        SimFixture sim(300);
        auto session = sim.signedInSession();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(model.addsItemsAtTheTop()); // the server's order
        QSignalSpy finished(&model, &SparseListModel::sortFinished);
        model.sort(UsersModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!model.addsItemsAtTheTop());
        const int total = model.rowCount();
        sim::SimStore::User fresh;
        fresh.username = u"aaa.fresh"_s;
        fresh.firstName = u"Mmm"_s;
        fresh.lastName = u"Middle"_s;
        const sim::SimStore::User *made = sim.server->store().addUser(fresh);
        QJsonObject json = userJson(*made);
        json.insert("firstName"_L1, made->firstName);
        model.addItem(json);
        QCOMPARE(model.rowCount(), total + 1);
        QCOMPARE(model.itemCount(), total + 1);
        const int row = model.rowOfId(made->id);
        QVERIFY2(row > 0 && row < total, qPrintable(QString::number(row)));
        QVERIFY(sortedByColumn(model, UsersModel::Name, Qt::DescendingOrder));
    }

    void aRowAddedBeforeItsPageIsReadIsFoundThere()
    {
        SimFixture sim(600);
        auto session = sim.signedInSession();
        auto &store = sim.server->store();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        sim::SimStore::User fresh;
        fresh.username = store.userAt(300)->username + u"-b"_s;
        // (store() again: the emulator drops its answers cached before.)
        const sim::SimStore::User *made = sim.server->store().addUser(fresh);
        model.addItem(userJson(*made));
        const int place = int(storeIds(store).indexOf(made->id));
        // The page that holds it: read, the new user is not shown there a second time.
        model.index(place + 1, 0).data();
        QTRY_VERIFY(model.isRowLoaded(place + 1));
        QTRY_COMPARE(model.rowCount(), store.userCount());
        const QStringList others = storeIds(store, made->id);
        for (int r = 1; r < model.rowCount(); ++r) {
            if (model.isRowLoaded(r))
                QCOMPARE(model.index(r, 0).data(PagedListModel::IdRole).toString(),
                         others.at(r - 1));
        }
    }

    void aCreateAnsweredWithoutTheItemReadsTheListAgain()
    {
        // 201 with no body and no Location: made, but not said what. The list is read again
        // (no empty row, nothing missing).
        SimFixture sim(300);
        auto session = sim.signedInSession();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int before = model.rowCount();
        sim::SimStore::User fresh;
        fresh.username = u"aaa-made-unsaid"_s;
        sim.server->store().addUser(fresh);
        model.addItem({});
        QTRY_COMPARE(model.rowCount(), before + 1);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        bool found = false;
        for (int r = 0; r < model.rowCount() && !found; ++r) {
            const QString name = model.index(r, 0).data().toString();
            QVERIFY(!name.isEmpty() || !model.isRowLoaded(r));
            found = name == u"aaa-made-unsaid"_s;
        }
        QVERIFY(found);
    }

    void aRowAddedWhileTheLengthIsFoundIsCountedOnce()
    {
        // 300 users; one is created here while the length is being found, and the probes do not
        // count it (it reaches the server's list only after them).
        bool created = false; // once the length is known: the probes never saw it
        bool holding = true;  // everything past the first page, until the item is added
        RawHttpResponder server;
        server.handler = [&server, &created, &holding](const RawHttpResponder::Request &r) {
            const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
            const int skip = q.queryItemValue(u"$skip"_s).toInt();
            const int top = q.queryItemValue(u"$top"_s).toInt();
            if (holding && skip > 0)
                return RawHttpResponder::hold();
            QByteArrayList ids;
            for (int i = 0; i < 300; ++i)
                ids << "u" + QByteArray::number(i).rightJustified(3, '0');
            if (created)
                ids.insert(150, "fresh");
            QByteArray items;
            for (int i = skip; i < qMin(int(ids.size()), skip + top); ++i)
                items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"") + ids.at(i) +
                         "\",\"username\":\"" + ids.at(i) + "\"}";
            QByteArray body = "{\"users\":[" + items + "]";
            if (skip + top < ids.size())
                body += ",\"@nextLink\":\"" + server.origin().toUtf8() +
                        "/api/v1/admin/users?$skip=" + QByteArray::number(skip + top) +
                        "&$top=" + QByteArray::number(top) + "\"";
            return RawHttpResponder::answer(200, body + "}");
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy known(&model, &SparseListModel::lengthKnown);
        connect(&model, &SparseListModel::lengthKnown, &model, [&created] { created = true; });
        model.setSession(&s);
        QTRY_VERIFY(model.rowCount() > 0);
        QTRY_VERIFY(server.heldCount() > 0);
        QVERIFY(model.isFindingLength());
        model.addItem(QJsonObject{{"id"_L1, u"fresh"_s}, {"username"_L1, u"fresh"_s}});
        holding = false;
        server.release();
        QTRY_COMPARE(known.count(), 1);
        // No view paints a row: the end is read again all the same, and the list is its length.
        QTRY_COMPARE(model.itemCount(), 301);
        QSignalSpy all(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 20000);
        QCOMPARE(model.rowCount(), 301);
        QStringList expected{u"fresh"_s};
        for (int i = 0; i < 300; ++i)
            expected << u"u%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(rowIds(model), expected);
    }

    void pagesThatNoLongerFitBesideTheRowsReadAreReadAgain()
    {
        SimFixture sim(800);
        auto session = sim.signedInSession();
        auto &store = sim.server->store();
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        const int total = store.userCount();
        // Someone else adds three users that sort first: the server's rows move down three.
        for (int i = 0; i < 3; ++i) {
            sim::SimStore::User other;
            other.username = u"0-early-%1"_s.arg(i);
            sim.server->store().addUser(other); // (store(): answers cached before dropped)
        }
        // The next page's first row is no longer the one after the rows read: all read again.
        model.index(firstPageRows() + 5, 0).data();
        QTRY_VERIFY(model.resyncs() >= 1);
        model.index(firstPageRows() + 5, 0).data(); // painted again (a view: dataChanged)
        QTRY_VERIFY(model.isRowLoaded(firstPageRows() + 5));
        QCOMPARE(model.index(firstPageRows() + 5, 0).data(PagedListModel::IdRole).toString(),
                 store.userAt(firstPageRows() + 5)->id);
        QSignalSpy all(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 30000);
        QCOMPARE(model.rowCount(), total + 3);
        QCOMPARE(rowIds(model), storeIds(store));
        QCOMPARE(model.state(), PagedListModel::State::Loaded);
    }

    void aListThatKeepsChangingIsReadWhole_data()
    {
        QTest::addColumn<bool>("pagesAnyway");
        QTest::newRow("the whole list without $skip/$top") << false;
        QTest::newRow("a server that pages even so: said") << true;
    }

    void aListThatKeepsChangingIsReadWhole()
    {
        // 500 users; every page asked for after the length was found finds one more put at the
        // front by someone else. Read without $skip/$top, the list comes whole (one moment of
        // it) — or, from a server that pages even then, it cannot be read and says so.
        QFETCH(bool, pagesAnyway);
        int front = 0;
        int wholeAsked = 0;
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
            const bool whole = !q.hasQueryItem(u"$skip"_s) && !q.hasQueryItem(u"$top"_s);
            const int skip = q.queryItemValue(u"$skip"_s).toInt();
            int top = q.queryItemValue(u"$top"_s).toInt();
            if (whole) {
                ++wholeAsked;
                top = pagesAnyway ? 100 : 1 << 20;
            } else if (skip > 0 && top > 1) {
                ++front;
            }
            const int n = 500 + front;
            QByteArray items;
            for (int i = skip; i < qMin(n, skip + top); ++i) {
                const QByteArray id = i < front ? QByteArray("new" + QByteArray::number(front - i))
                                                : QByteArray("u" + QByteArray::number(i - front));
                items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"") + id +
                         "\",\"username\":\"" + id + "\"}";
            }
            QByteArray body = "{\"users\":[" + items + "]";
            if (skip + top < n)
                body += ",\"@nextLink\":\"" + server.origin().toUtf8() +
                        "/api/v1/admin/users?$skip=" + QByteArray::number(skip + top) +
                        "&$top=" + QByteArray::number(top) + "\"";
            return RawHttpResponder::answer(200, body + "}");
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(model.isRandomAccess());
        QSignalSpy failed(&model, &PagedListModel::pageFailed);
        QSignalSpy all(&model, &SparseListModel::loadedAll);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == PagedListModel::State::Error || all.count() == 1,
                                 20000);
        // Up to four changes are read again (the list growing at its end counts too); the
        // fifth reads it whole.
        QVERIFY2(model.resyncs() >= 1 && model.resyncs() <= 4,
                 qPrintable(QString::number(model.resyncs())));
        QCOMPARE(wholeAsked, 1);
        if (pagesAnyway) {
            QCOMPARE(model.state(), PagedListModel::State::Error);
            QCOMPARE(failed.count(), 1);
            QVERIFY2(model.lastError().message().contains(u"changed on the server"_s),
                     qPrintable(model.lastError().message()));
            QVERIFY(!model.allLoaded());
            return;
        }
        QCOMPARE(failed.count(), 0);
        QVERIFY(model.allLoaded());
        QVERIFY(!model.isRandomAccess());
        QVERIFY(!model.canFetchMore());
        // Every user once, in the server's order at that moment.
        QStringList expected;
        for (int i = front; i > 0; --i)
            expected << u"new%1"_s.arg(i);
        for (int i = 0; i < 500; ++i)
            expected << u"u%1"_s.arg(i);
        QCOMPARE(rowIds(model), expected);
        QCOMPARE(model.itemCount(), 500 + front);
        // Sorted from the rows read, with nothing more asked of the server.
        const int asked = int(server.requests.size());
        QSignalSpy sorted(&model, &SparseListModel::sortFinished);
        model.sort(UsersModel::Username, Qt::DescendingOrder);
        QTRY_COMPARE(sorted.count(), 1);
        QVERIFY(sorted.at(0).at(0).toBool());
        QVERIFY(sortedByColumn(model, UsersModel::Username, Qt::DescendingOrder));
        QCOMPARE(int(server.requests.size()), asked);
    }

    void aRowShownAtTheTopWhilePagingInOrderSkipsNoRow()
    {
        SimFixture sim(300);
        auto session = sim.signedInSession();
        auto &store = sim.server->store();
        auto readAll = [](UsersModel &model) {
            while (model.canFetchMore()) {
                model.fetchMore();
                QTRY_VERIFY(!model.isFetching());
            }
        };
        // The emulator's search is paged in order; the whole list, read without a change.
        UsersModel plain;
        plain.setSession(session.get());
        plain.setSearch(u"a"_s);
        QTRY_COMPARE(plain.state(), PagedListModel::State::Loaded);
        readAll(plain);
        QStringList expected = rowIds(plain);
        QVERIFY(expected.size() > 2 * firstPageRows());
        // The same, with an item beyond the rows read shown at the top first (the console's
        // "show item"; a create lands the same way): no row after it is skipped.
        UsersModel model;
        model.setSession(session.get());
        model.setSearch(u"a"_s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QCOMPARE(model.rowCount(), firstPageRows());
        const QString shownId = expected.at(firstPageRows() + 10);
        model.addItem(userJson(*store.userById(shownId)));
        readAll(model);
        QStringList ids = rowIds(model);
        QCOMPARE(ids.takeFirst(), shownId);
        expected.removeOne(shownId);
        QCOMPARE(ids, expected);
    }

    void aShortListsLengthInFewRounds_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("linkOnFullPage");
        QTest::addColumn<int>("rounds");
        // The first page, then the second page beside the far probes: a list of up to two
        // pages is known after 2 round trips; up to 16 pages after 4 (one round of one-item
        // probes leaves at most four pages, read side by side in the last).
        for (const bool link : {false, true}) {
            const char *how = link ? "links on full pages" : "links while more";
            // (A list of exactly two pages, from a server that links on from every full page,
            // needs the empty page after them to be known.)
            for (const int n : {101, 150, 199, 200})
                QTest::addRow("%d, %s", n, how) << n << 1000 << link << (link && n == 200 ? 4 : 2);
            for (const int n : {201, 252, 400, 999, 1598, 1599})
                QTest::addRow("%d, %s", n, how) << n << 1000 << link << 4;
            // A server's cap (the strict profile's 25): the pages are its pages.
            for (const int n : {26, 50})
                QTest::addRow("%d, cap 25, %s", n, how)
                    << n << 25 << link << (link && n == 50 ? 5 : 2);
            for (const int n : {51, 77, 1599})
                QTest::addRow("%d, cap 25, %s", n, how) << n << 25 << link << 5;
        }
    }

    void aShortListsLengthInFewRounds()
    {
        QFETCH(int, n);
        QFETCH(int, cap);
        QFETCH(bool, linkOnFullPage);
        QFETCH(int, rounds);
        RawHttpResponder server;
        server.handler = [&](const RawHttpResponder::Request &r) {
            return pageOf(server, r, n, cap, linkOnFullPage);
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        QVERIFY(model.isRandomAccess());
        QCOMPARE(model.rowCount(), n);
        QVERIFY2(
            model.probeRounds() <= rounds,
            qPrintable(
                u"%1 rounds, %2 requests"_s.arg(model.probeRounds()).arg(model.probeRequests())));
        // Never more in flight at once than a round's probes and the second page.
        QVERIFY(model.probeRequests() <= 1 + (ListProbe::kProbesPerRound + 1) * (rounds - 1));
        const QModelIndex last = model.index(n - 1, UsersModel::Username);
        last.data(); // painted: its page is read
        QTRY_COMPARE(last.data().toString(), u"user%1"_s.arg(n - 1));
    }

    void aListWithoutEndIsAnErrorNotAHang()
    {
        // A server that answers every $skip with items and a link to more: its list has no end
        // to be found. The probe gives up past 16.7 million items, saying so.
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
            const qint64 skip = q.queryItemValue(u"$skip"_s).toLongLong();
            const int top = q.queryItemValue(u"$top"_s).toInt();
            QByteArray items;
            for (qint64 i = skip; i < skip + top; ++i)
                items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":\"u") +
                         QByteArray::number(i) + "\",\"username\":\"user" + QByteArray::number(i) +
                         "\"}";
            return RawHttpResponder::answer(
                200, "{\"users\":[" + items + "],\"@nextLink\":\"" + server.origin().toUtf8() +
                         "/api/v1/admin/users?$skip=" + QByteArray::number(skip + top) +
                         "&$top=" + QByteArray::number(top) + "\"}");
        };
        Session s(profileFor(server.origin()));
        UsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&s);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedListModel::State::Error, 20000);
        QVERIFY2(model.lastError().message().contains(u"does not end"_s),
                 qPrintable(model.lastError().message()));
        QVERIFY(!model.isFindingLength());
        QCOMPARE(model.rowCount(), 100); // the first page stays
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
