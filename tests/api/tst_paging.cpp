// Paging and list answers against servers that follow the documentation but not our emulator's
// habits (issue #13, contract 9.1 "Paging" and "Envelopes"): pages capped below $top with an
// @nextLink are followed to the end; a self-pointing link, the same page twice or an endless list
// are errors, never loops; an answer that is not a list of objects is an error, never an empty or
// short list.
#include "api/Call.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/PageCursor.h"
#include "api/Session.h"
#include "DocumentServer.h"
#include "formats/Json.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "RunJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::DocumentServer;
using test::profileFor;
using test::RawHttpResponder;

namespace {
// Runs a ListAllJob to its one finished() and keeps it for the checks.
struct ReadAll
{
    ListAllJob *job;
    explicit ReadAll(Session *s, const ApiRequest &r, int pageSize = 100)
        : job(new ListAllJob(s, r, "users"_L1, pageSize))
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ListAllJob::finished);
        job->start();
        if (!spy.wait(15000) || spy.count() != 1)
            qFatal("the list did not finish exactly once");
    }
    ~ReadAll() { delete job; }
};

QByteArray usersPage(int from, int count, const QByteArray &next = {})
{
    QByteArray items;
    for (int i = from; i < from + count; ++i)
        items += QByteArray(i > from ? "," : "") + "{\"id\":\"u" + QByteArray::number(i) + "\"}";
    QByteArray body = "{\"users\":[" + items + "]";
    if (!next.isEmpty())
        body += ",\"@nextLink\":\"" + next + "\"";
    return body + "}";
}
} // namespace

class PagingTest : public QObject
{
    Q_OBJECT

private slots:
    void cappedPagesAreFollowedToTheEnd()
    {
        // 230 users, pages of 25 whatever $top says: the old cursor stopped after the first
        // short page (25 of 230).
        DocumentServer server;
        for (int i = 0; i < 230; ++i)
            server.add(u"users"_s, {{"username"_L1, u"user%1"_s.arg(i, 3, 10, QLatin1Char('0'))}});
        Session s(profileFor(server.origin()));
        ReadAll all(&s, UsersEndpoints::list(0, 100));
        QVERIFY2(all.job->succeeded(), qPrintable(all.job->error().message()));
        QCOMPARE(all.job->items().size(), 230);
        QCOMPARE(all.job->pages(), 10);
        QCOMPARE(server.requests.size(), 10);
        // PascalCase keys arrive as the server sent them; reading is case-insensitive.
        QCOMPARE(Json::string(all.job->items().at(229).toObject(), "username"_L1), u"user229"_s);
    }

    void aShortPageWithANextLinkIsNotTheEnd()
    {
        PageCursor cursor(UsersEndpoints::list(0, 100), 100);
        const Profile p = profileFor(u"http://h:1"_s);
        cursor.advance(25, QUrl(u"http://h:1/api/v1/admin/users?$skip=25&$top=100"_s), p);
        QVERIFY(!cursor.atEnd());
        QCOMPARE(cursor.current().absoluteUrl.toString(),
                 u"http://h:1/api/v1/admin/users?$skip=25&$top=100"_s);
        cursor.advance(25, QUrl(), p); // no link: the end, whatever the page size
        QVERIFY(cursor.atEnd());
        QVERIFY(!cursor.failed());
        QCOMPARE(cursor.skip(), 50);
    }

    void anEmptyPageEndsTheList()
    {
        PageCursor cursor(UsersEndpoints::list(0, 10), 10);
        cursor.advance(0, QUrl(u"http://h:1/next"_s), profileFor(u"http://h:1"_s));
        QVERIFY(cursor.atEnd());
        QVERIFY(!cursor.failed());
    }

    void aSelfPointingNextLinkIsAnErrorNotALoop()
    {
        // Full pages whose @nextLink is the URL just asked: `users list` ran until killed.
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            return RawHttpResponder::answer(200,
                                            usersPage(0, 10, server.origin().toUtf8() + r.target));
        };
        Session s(profileFor(server.origin()));
        ReadAll all(&s, UsersEndpoints::list(0, 10), 10);
        QVERIFY(!all.job->succeeded());
        QCOMPARE(all.job->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(all.job->error().message().contains(u"keeps sending the same page"_s),
                 qPrintable(all.job->error().message()));
        QVERIFY(server.requests.size() <= 3);
    }

    void theSamePageTwiceIsAnError()
    {
        // A server that ignores $skip (and links on by $skip): every page is the first one.
        RawHttpResponder server;
        int calls = 0;
        server.handler = [&](const RawHttpResponder::Request &) {
            ++calls;
            return RawHttpResponder::answer(
                200, usersPage(0, 10,
                               server.origin().toUtf8() + "/api/v1/admin/users?$skip=" +
                                   QByteArray::number(calls * 10) + "&$top=10"));
        };
        Session s(profileFor(server.origin()));
        ReadAll all(&s, UsersEndpoints::list(0, 10), 10);
        QVERIFY(!all.job->succeeded());
        QCOMPARE(all.job->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(all.job->error().message().contains(u"page 2 repeats page 1"_s),
                 qPrintable(all.job->error().message()));
        QCOMPARE(calls, 2);
    }

    void anEndlessListStopsAtTheBound()
    {
        // Every page new, every page with a link on: the bound ends it (generous in the product,
        // small here to show the rule).
        PageCursor cursor(UsersEndpoints::list(0, 5), 5);
        cursor.setMaxPages(3);
        const Profile p = profileFor(u"http://h:1"_s);
        for (int i = 0; i < 3; ++i)
            cursor.advance(QJsonArray{QJsonObject{{"id"_L1, i}}},
                           QUrl(u"http://h:1/api/v1/admin/users?$skip=%1"_s.arg(i + 1)), p);
        QVERIFY(cursor.failed());
        QVERIFY(cursor.atEnd());
        QCOMPARE(cursor.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(cursor.error().message().contains(u"does not end"_s),
                 qPrintable(cursor.error().message()));
        QCOMPARE(PageCursor::kMaxPages, 100000);
    }

    void theCountOnlyOverloadStillCatchesALoopingLink()
    {
        // infiniti-ctl's way of calling: counts, no items.
        PageCursor cursor(UsersEndpoints::list(0, 10), 10);
        const Profile p = profileFor(u"http://h:1"_s);
        const QUrl same(u"http://h:1/api/v1/admin/users?$skip=10&$top=10"_s);
        cursor.advance(10, same, p);
        QVERIFY(!cursor.atEnd());
        cursor.advance(10, same, p);
        QVERIFY(cursor.failed());
        QVERIFY(cursor.atEnd());
    }

    void aForeignNextLinkIsReplacedBySkipArithmetic()
    {
        RawHttpResponder foreign;
        RawHttpResponder own([&](const RawHttpResponder::Request &r) {
            const int skip =
                QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(u"$skip"_s).toInt();
            const QByteArray next = foreign.origin().toUtf8() +
                                    "/api/v1/admin/users?$skip=" + QByteArray::number(skip + 2);
            return RawHttpResponder::answer(200, skip < 6 ? usersPage(skip, 2, next)
                                                          : usersPage(skip, 1));
        });
        Session s(profileFor(own.origin()));
        s.setToken(u"tok"_s, u"admin"_s);
        ReadAll all(&s, UsersEndpoints::list(0, 2), 2);
        QVERIFY(all.job->succeeded());
        QCOMPARE(all.job->items().size(), 7);
        QVERIFY(foreign.requests.isEmpty()); // the token never went there
        QCOMPARE(own.requests.size(), 4);
        QVERIFY(own.requests.at(3).target.contains("$skip=6"));
    }

    void aRelativeNextLinkResolvesAgainstTheRequest()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &r) {
            return r.target.contains("page2")
                       ? RawHttpResponder::answer(200, usersPage(3, 2))
                       : RawHttpResponder::answer(200,
                                                  usersPage(0, 3, "/api/v1/admin/users?page2=1"));
        });
        Session s(profileFor(own.origin()));
        ReadAll all(&s, UsersEndpoints::list(0, 3), 3);
        QVERIFY(all.job->succeeded());
        QCOMPARE(all.job->items().size(), 5);
    }

    void answersThatAreNoListAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("null") << QByteArray(R"({"users": null})") << u"is not a list"_s;
        QTest::newRow("string") << QByteArray(R"({"users": "abc"})") << u"is not a list"_s;
        QTest::newRow("no list") << QByteArray(R"({"count": 3})") << u"holds no list"_s;
        QTest::newRow("non-object items")
            << QByteArray(R"({"users":[{"id":"1"},null,"str",3]})") << u"item 2"_s;
        QTest::newRow("bare junk") << QByteArray(R"([1,2])") << u"item 1"_s;
        QTest::newRow("not json") << QByteArray("<html>maintenance</html>") << u"not JSON"_s;
        QTest::newRow("next link not a link")
            << QByteArray(R"({"users":[],"@nextLink":42})") << u"next page"_s;
    }

    void answersThatAreNoListAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        RawHttpResponder own([body](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, body);
        });
        Session s(profileFor(own.origin()));
        ListPageJob page(&s, UsersEndpoints::list(0, 10), "users"_L1);
        QVERIFY(test::runJob(&page));
        QVERIFY(!page.succeeded());
        QCOMPARE(page.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(page.error().message().contains(why), qPrintable(page.error().message()));
        QVERIFY(page.items().isEmpty());
    }

    void pascalCaseEnvelopeAndABareArrayAreLists()
    {
        for (const QByteArray &body : {QByteArray(R"({"Users":[{"Id":"1"},{"Id":"2"}]})"),
                                       QByteArray(R"([{"id":"1"},{"id":"2"}])")}) {
            RawHttpResponder own([body](const RawHttpResponder::Request &) {
                return RawHttpResponder::answer(200, body);
            });
            Session s(profileFor(own.origin()));
            ListPageJob page(&s, UsersEndpoints::list(0, 10), "users"_L1);
            QVERIFY(test::runJob(&page));
            QVERIFY2(page.succeeded(), body.constData());
            QCOMPARE(page.items().size(), 2);
        }
    }

    void readAllThroughSessionWithProgressAndCancel()
    {
        DocumentServer server;
        server.pageCap = 10;
        for (int i = 0; i < 35; ++i)
            server.add(u"users"_s, {{"username"_L1, u"u%1"_s.arg(i)}});
        Session s(profileFor(server.origin()));
        QObject context;
        QJsonArray got;
        int progressCalls = 0;
        auto job = s.readAll(UsersEndpoints::list(0, 100), "users"_L1, 100)
                       .then(
                           &context, [&](const QJsonArray &items) { got = items; },
                           [](const ApiError &e) { QFAIL(qPrintable(e.message())); });
        QVERIFY(job);
        connect(job.data(), &ListAllJob::progress, &context, [&](int, int) { ++progressCalls; });
        QTRY_COMPARE(got.size(), 35);
        QCOMPARE(progressCalls, 4);

        // Aborted midway: no callback, no further request.
        bool called = false;
        auto second =
            s.readAll(UsersEndpoints::list(0, 100), "users"_L1)
                .then(
                    &context, [&] { called = true; }, [&](const ApiError &) { called = true; });
        QTRY_VERIFY(server.requests.size() > 4);
        second->abort();
        const auto sent = server.requests.size();
        QTest::qWait(200);
        QVERIFY(!called);
        QVERIFY(server.requests.size() <= sent + 1);
    }
};

QTEST_GUILESS_MAIN(PagingTest)
#include "tst_paging.moc"
