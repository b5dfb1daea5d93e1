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

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
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

    void theGuessAtTheNextPageMovesSkipOnByThePageJustRead()
    {
        const Profile p = profileFor(u"http://h:1"_s);
        PageCursor cursor(UsersEndpoints::list(0, 100), 100);
        QVERIFY(!cursor.guessNext()); // nothing read yet: nothing to go by
        // Pages capped at 25 whose links keep $top=100: the guess follows the pages, not $top.
        cursor.advance(25, QUrl(u"http://h:1/api/v1/admin/users?$skip=25&$top=100&x=a%20b"_s), p);
        const std::optional<ApiRequest> guess = cursor.guessNext();
        QVERIFY(guess);
        QCOMPARE(QUrlQuery(guess->absoluteUrl).queryItemValue(u"$skip"_s), u"50"_s);
        QCOMPARE(QUrlQuery(guess->absoluteUrl).queryItemValue(u"x"_s), u"a b"_s);
        QVERIFY(!PageCursor::sameRequest(*guess, cursor.current()));
        // The server's next link, its query written otherwise: the same request.
        cursor.advance(25, QUrl(u"http://h:1/api/v1/admin/users?%24skip=50&$top=100&x=a%20b"_s), p);
        QVERIFY2(PageCursor::sameRequest(*guess, cursor.current()),
                 qPrintable(cursor.current().absoluteUrl.toString()));
        ApiRequest other = *guess;
        other.absoluteUrl = QUrl(u"http://h:2/api/v1/admin/users?$skip=50&$top=100&x=a%20b"_s);
        QVERIFY(!PageCursor::sameRequest(other, cursor.current())); // another origin
        other.absoluteUrl = QUrl(u"http://h:1/api/v1/admin/users?$skip=50&$top=100&x=c"_s);
        QVERIFY(!PageCursor::sameRequest(other, cursor.current())); // another parameter
        other.absoluteUrl = QUrl(u"http://h:1/api/v1/admin/users?$skip=51&$top=100&x=a%20b"_s);
        QVERIFY(!PageCursor::sameRequest(other, cursor.current())); // another page
        other = *guess;
        other.method = "POST";
        QVERIFY(!PageCursor::sameRequest(other, cursor.current()));
        // A link with nothing to go by (an opaque continuation): no guess.
        cursor.advance(25, QUrl(u"http://h:1/api/v1/admin/users?page=token-3"_s), p);
        QVERIFY(!cursor.guessNext());
        cursor.advance(5, QUrl(), p);
        QVERIFY(cursor.atEnd());
        QVERIFY(!cursor.guessNext()); // at the end: nothing more
    }

    void withoutALinkToFollowTheGuessIsSkipArithmetic()
    {
        // A link to another origin is not followed: the cursor goes on by $skip, and so does
        // its guess.
        const Profile p = profileFor(u"http://h:1"_s);
        PageCursor cursor(UsersEndpoints::list(0, 10), 10);
        cursor.advance(10, QUrl(u"http://elsewhere:1/api/v1/admin/users?$skip=10"_s), p);
        QCOMPARE(cursor.current().queryValue(u"$skip"_s), u"10"_s);
        const std::optional<ApiRequest> guess = cursor.guessNext();
        QVERIFY(guess);
        QVERIFY(guess->absoluteUrl.isEmpty());
        QCOMPARE(guess->queryValue(u"$skip"_s), u"20"_s);
        QCOMPARE(guess->queryValue(u"$top"_s), u"10"_s);
        cursor.advance(10, QUrl(u"http://elsewhere:1/api/v1/admin/users?$skip=20"_s), p);
        QVERIFY(PageCursor::sameRequest(*guess, cursor.current()));
    }

    void anEmptyPageEndsTheListOnlyWithoutALink()
    {
        const Profile p = profileFor(u"http://h:1"_s);
        PageCursor cursor(UsersEndpoints::list(0, 10), 10);
        cursor.advance(0, QUrl(), p);
        QVERIFY(cursor.atEnd());
        QVERIFY(!cursor.failed());
        // Empty pages that link on are followed (a server filtering pages after cutting them):
        // the list ends where the links do.
        PageCursor on(UsersEndpoints::list(0, 10), 10);
        on.advance(0, QUrl(u"http://h:1/api/v1/admin/users?$skip=10"_s), p);
        QVERIFY(!on.atEnd());
        QCOMPARE(on.current().absoluteUrl.toString(), u"http://h:1/api/v1/admin/users?$skip=10"_s);
        on.advance(0, QUrl(u"http://h:1/api/v1/admin/users?$skip=20"_s), p);
        QVERIFY(!on.atEnd());
        on.advance(3, QUrl(), p);
        QVERIFY(on.atEnd());
        QVERIFY(!on.failed());
        // Fifty empty pages in a row that link on are followed; the fifty-first fails the list,
        // which might be short (after items, the run counts afresh).
        PageCursor past(UsersEndpoints::list(0, 10), 10);
        past.advance(10, QUrl(u"http://h:1/api/v1/admin/users?$skip=10"_s), p);
        for (int i = 0; i < 2; ++i)
            past.advance(0, QUrl(u"http://h:1/api/v1/admin/users?$skip=%1"_s.arg(20 + 10 * i)), p);
        past.advance(5, QUrl(u"http://h:1/api/v1/admin/users?$skip=40"_s), p);
        for (int i = 0; i < 50; ++i) {
            past.advance(0, QUrl(u"http://h:1/api/v1/admin/users?$skip=%1"_s.arg(50 + 10 * i)), p);
            QVERIFY(!past.atEnd());
        }
        past.advance(0, QUrl(u"http://h:1/api/v1/admin/users?$skip=550"_s), p);
        QVERIFY(past.atEnd());
        QVERIFY(past.failed());
        QVERIFY2(past.error().message().contains(u"may be incomplete"_s),
                 qPrintable(past.error().message()));
        // One whose link cannot be followed leaves the rest unreadable: said, not taken as the end.
        PageCursor foreign(UsersEndpoints::list(0, 10), 10);
        foreign.advance(0, QUrl(u"http://elsewhere:1/api/v1/admin/users?$skip=10"_s), p);
        QVERIFY(foreign.atEnd());
        QVERIFY(foreign.failed());
        QVERIFY2(foreign.error().message().contains(u"empty page"_s),
                 qPrintable(foreign.error().message()));
    }

    void anEmptyPageInTheMiddleLosesNothing()
    {
        // Page 2 of 3 is empty but links on (the reviewer's short backup: 3 of 7 users).
        RawHttpResponder own([&](const RawHttpResponder::Request &r) {
            const int skip =
                QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(u"$skip"_s).toInt();
            const QByteArray next =
                "/api/v1/admin/users?$skip=" + QByteArray::number(skip + 3) + "&$top=3";
            if (skip == 3)
                return RawHttpResponder::answer(200, usersPage(0, 0, next));
            return RawHttpResponder::answer(200,
                                            skip == 0 ? usersPage(0, 3, next) : usersPage(skip, 2));
        });
        Session s(profileFor(own.origin()));
        s.setToken(u"tok"_s, u"admin"_s);
        ReadAll all(&s, UsersEndpoints::list(0, 3), 3);
        QVERIFY2(all.job->succeeded(), qPrintable(all.job->error().message()));
        QCOMPARE(all.job->items().size(), 5);
        QCOMPARE(own.requests.size(), 3);
    }

    void anItemListedTwiceIsAnError()
    {
        // Between the first page and the second a user was created in front: the last of the
        // first page comes again at the head of the second (and whatever moved the other way
        // would be missing). Items without an id are not compared.
        const Profile p = profileFor(u"http://h:1"_s);
        const auto user = [](const QString &id) {
            return QJsonObject{{u"id"_s, id}};
        };
        PageCursor cursor(UsersEndpoints::list(0, 3), 3);
        cursor.requireUniqueIds();
        cursor.advance(QJsonArray{user(u"a"_s), user(u"b"_s), QJsonObject{}},
                       QUrl(u"http://h:1/api/v1/admin/users?$skip=3&$top=3"_s), p);
        QVERIFY(!cursor.failed());
        cursor.advance(QJsonArray{QJsonObject{}, user(u"c"_s), user(u"d"_s)},
                       QUrl(u"http://h:1/api/v1/admin/users?$skip=6&$top=3"_s), p);
        QVERIFY(!cursor.failed());
        cursor.advance(QJsonArray{user(u"d"_s), user(u"e"_s)}, QUrl(), p);
        QVERIFY(cursor.failed());
        QVERIFY(cursor.atEnd());
        QCOMPARE(cursor.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(cursor.error().message().contains(u"listed d twice"_s),
                 qPrintable(cursor.error().message()));

        // Not asked to (a view): the repeat is read as it comes.
        PageCursor view(UsersEndpoints::list(0, 3), 3);
        view.advance(QJsonArray{user(u"a"_s), user(u"b"_s)},
                     QUrl(u"http://h:1/api/v1/admin/users?$skip=2&$top=3"_s), p);
        view.advance(QJsonArray{user(u"b"_s)}, QUrl(), p);
        QVERIFY(!view.failed());
        QVERIFY(view.atEnd());

        // The same by bytes, as infiniti-ctl notes them.
        PageCursor bytes(UsersEndpoints::list(0, 3), 3);
        const auto named = [](const QString &text) {
            return [text] {
                return text;
            };
        };
        QVERIFY(bytes.noteId("\"a\"", named(u"a"_s)));
        QVERIFY(bytes.noteId({}, named({})));
        QVERIFY(bytes.noteId({}, named({})));
        QVERIFY(bytes.noteId("7", named(u"7"_s)));
        QVERIFY(!bytes.noteId("\"a\"", named(u"a"_s)));
        QVERIFY(bytes.failed());
        QVERIFY(bytes.error().message().contains(u"listed a twice"_s));
        QVERIFY(!bytes.noteId("\"z\"", named(u"z"_s))); // failed stays failed
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
        // Garbage QUrl would take as a relative path (then "it does not exist" from the server).
        QTest::newRow("next link garbage")
            << QByteArray("{\"users\":[],\"@nextLink\":\"ht!tp://::::/\\u0000\\n\"}")
            << u"next page is not a link"_s;
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

    void answersThatAreNoListAreErrorsWhenReadOnAWorker()
    {
        // The same checks and messages when the page is read on a worker thread.
        for (const QByteArray &body :
             {QByteArray(R"({"users":[1,2]})"), QByteArray("<html>maintenance</html>"),
              QByteArray(R"({"users":[],"@nextLink":42})")}) {
            RawHttpResponder own([body](const RawHttpResponder::Request &) {
                return RawHttpResponder::answer(200, body);
            });
            Session s(profileFor(own.origin()));
            ListPageJob here(&s, UsersEndpoints::list(0, 10), "users"_L1);
            QVERIFY(test::runJob(&here));
            ListPageJob worker(&s, UsersEndpoints::list(0, 10), "users"_L1);
            worker.setParseInBackground(true);
            QVERIFY(test::runJob(&worker));
            QVERIFY(!worker.succeeded());
            QCOMPARE(worker.error().kind(), ApiError::Kind::BadResponse);
            QCOMPARE(worker.error().message(), here.error().message());
            QVERIFY(worker.items().isEmpty());
        }
    }

    void aPageReadOnAWorkerComesBackHereInOrder()
    {
        RawHttpResponder own([&own](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(
                200, usersPage(0, 500,
                               own.origin().toUtf8() + "/api/v1/admin/users?$skip=500&$top=500"));
        });
        Session s(profileFor(own.origin()));
        ListPageJob page(&s, UsersEndpoints::list(0, 500), "users"_L1);
        QThread *digestThread = nullptr;
        page.setRowDigest([&digestThread](const QJsonObject &item) {
            digestThread = QThread::currentThread();
            return Json::idOf(item).toUtf8();
        });
        QThread *finishedThread = nullptr;
        connect(&page, &ApiJob::finished, this,
                [&finishedThread] { finishedThread = QThread::currentThread(); });
        QVERIFY(test::runJob(&page));
        QVERIFY2(page.succeeded(), qPrintable(page.error().message()));
        QCOMPARE(finishedThread, QThread::currentThread());
        QVERIFY(digestThread && digestThread != QThread::currentThread());
        QCOMPARE(page.count(), qsizetype(500));
        QVERIFY(page.items().isEmpty()); // only the rows came back
        for (int i = 0; i < 500; ++i)
            QCOMPARE(page.rows().at(i), "u" + QByteArray::number(i));
        QCOMPARE(page.nextLink().query(QUrl::FullyDecoded), u"$skip=500&$top=500"_s);
    }

    void aCancelledParseNeverLands()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, usersPage(0, 300));
        });
        Session s(profileFor(own.origin()));
        // Every worker of the pool held, so the page waits to be read after its answer came.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore hold;
        QSemaphore held;
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            pool->start([&hold, &held] {
                held.release();
                hold.acquire();
            });
        }
        QVERIFY(held.tryAcquire(pool->maxThreadCount(), 5000));
        QObject context;
        bool called = false;
        Call<ListPageJob> call = s.page(UsersEndpoints::list(0, 300), "users"_L1);
        call.job()->setRowDigest([](const QJsonObject &item) { return Json::idOf(item).toUtf8(); });
        QPointer<ListPageJob> job = std::move(call).then(
            &context, [&](const QJsonArray &) { called = true; },
            [&](const ApiError &) { called = true; });
        QVERIFY(job);
        QTRY_VERIFY(job && job->isParsing());
        QSignalSpy finished(job.data(), &ApiJob::finished);
        job->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        hold.release(pool->maxThreadCount());
        QVERIFY(pool->waitForDone(5000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1); // exactly one terminal signal, the cancellation
        QVERIFY(!called);
        QVERIFY(!job || job->rows().isEmpty());
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
        QVERIFY(second);
        // After its first page (polling for a request count raced the whole read on a fast
        // loopback).
        connect(second.data(), &ListAllJob::progress, &context, [&second] { second->abort(); });
        QTRY_VERIFY(!second);
        QVERIFY(server.requests.size() > 4);
        const auto sent = server.requests.size();
        QTest::qWait(200);
        QVERIFY(!called);
        QVERIFY(server.requests.size() <= sent + 1);
    }
};

QTEST_GUILESS_MAIN(PagingTest)
#include "tst_paging.moc"
