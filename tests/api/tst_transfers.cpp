// Honest transfers (issue #13, contract 9.1 "Time"): a request's timeout bounds silence and the
// whole answer; an answer over the size bound is refused without being buffered whole; a length
// that is no length, a body cut off, a redirect loop or a redirect elsewhere each fail with a
// message that says so (and a kind the CLI can map: network vs server vs bad response); an
// operation in a status nobody knows is followed until the deadline, never taken for finished.
#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/OperationWatcher.h"
#include "api/Session.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "RunJob.h"
#include "StreamingResponder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace infiniti;
using test::profileFor;
using test::RawHttpResponder;
using test::StreamingResponder;

class TransfersTest : public QObject
{
    Q_OBJECT

private slots:
    void aTricklingBodyEndsAtTheTotalTimeout()
    {
        // A byte every 100 ms keeps the silence timer happy for ever; the deadline does not.
        StreamingResponder server;
        server.head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
        server.chunk = " ";
        server.interval = 100;
        Session s(profileFor(server.origin()));
        ApiRequest r = UsersEndpoints::get(u"1"_s);
        r.timeout = 1s;
        r.totalTimeout = 1500ms;
        EntityJob job(&s, r);
        QElapsedTimer t;
        t.start();
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(job.error().message().contains(u"whole answer did not arrive within"_s),
                 qPrintable(job.error().message()));
        QCOMPARE(job.attempts(), 1); // a timeout is not tried again
    }

    void theSessionsLimitsReplaceEachRequests()
    {
        // infiniti-ctl --timeout 2 (or the console's): the whole answer within that, whatever
        // the request's own (much longer) bound.
        StreamingResponder server;
        server.head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
        server.chunk = " ";
        server.interval = 200;
        Session s(profileFor(server.origin()));
        s.setLimits({2s, 2s, std::nullopt});
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QElapsedTimer t;
        t.start();
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(s.totalTimeoutFor(job.request()), std::chrono::milliseconds(2s));
    }

    void silenceStillEndsAStall()
    {
        StreamingResponder server;
        server.head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{";
        server.chunks = 0; // then nothing at all
        server.interval = 60000;
        Session s(profileFor(server.origin()));
        ApiRequest r = UsersEndpoints::get(u"1"_s);
        r.timeout = 500ms;
        EntityJob job(&s, r);
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(job.error().message().contains(u"sent nothing for"_s),
                 qPrintable(job.error().message()));
    }

    void anEndlessChunkedBodyIsRefusedAtTheSizeBound()
    {
        StreamingResponder server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n" +
                      StreamingResponder::chunked("{\"users\":[");
        server.chunk = StreamingResponder::chunked(QByteArray(64 * 1024, ' '));
        server.interval = 1;
        Session s(profileFor(server.origin()));
        ApiRequest r = UsersEndpoints::list(0, 10);
        r.maxAnswerBytes = 2 * 1024 * 1024;
        ListPageJob job(&s, r, "users"_L1);
        QVERIFY(test::runJob(&job, 30000));
        QCOMPARE(job.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job.error().message().contains(u"larger than"_s),
                 qPrintable(job.error().message()));
        // Refused near the bound, not after buffering whatever came.
        QVERIFY2(job.body().size() < 3 * 1024 * 1024,
                 qPrintable(QString::number(job.body().size())));
        QCOMPARE(job.attempts(), 1);
    }

    void anAnnouncedLengthOverTheBoundIsRefusedBeforeTheBody()
    {
        StreamingResponder server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "999999999999\r\n\r\n";
        server.chunk = QByteArray(1024, ' ');
        server.interval = 50;
        Session s(profileFor(server.origin()));
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QElapsedTimer t;
        t.start();
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job.error().message().contains(u"larger than"_s),
                 qPrintable(job.error().message()));
        QVERIFY(t.elapsed() < 2000);
    }

    void aLengthThatIsNoLengthIsABadResponse_data()
    {
        QTest::addColumn<QByteArray>("length");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("not a number") << QByteArray("abc");
    }

    void aLengthThatIsNoLengthIsABadResponse()
    {
        // Qt would read such a body until the connection closes and report success: `[]`.
        QFETCH(QByteArray, length);
        RawHttpResponder own([length](const RawHttpResponder::Request &) -> QByteArray {
            return QByteArray(
                       "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ") +
                   length + "\r\nConnection: close\r\n\r\n{\"users\":[]}";
        });
        Session s(profileFor(own.origin()));
        ListPageJob job(&s, UsersEndpoints::list(0, 10), "users"_L1);
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job.error().message().contains(u"not a length"_s),
                 qPrintable(job.error().message()));
    }

    void aCutOffBodySaysSo()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &) -> QByteArray {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                "100\r\nConnection: close\r\n\r\n{\"users\":[{\"id\":\"1\"}");
        });
        Session s(profileFor(own.origin()));
        s.retryPolicy().baseDelay = 10ms;
        ListPageJob job(&s, UsersEndpoints::list(0, 10), "users"_L1);
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Network); // the connection broke: tried again
        QCOMPARE(job.attempts(), 3);
        QVERIFY2(job.error().message().contains(u"cut off after 20 of 100 bytes"_s),
                 qPrintable(job.error().message()));
    }

    void aRedirectLoopSaysSo_data()
    {
        QTest::addColumn<bool>("endless");
        QTest::newRow("back and forth") << false;
        QTest::newRow("ever further") << true;
    }

    void aRedirectLoopSaysSo()
    {
        QFETCH(bool, endless);
        RawHttpResponder own;
        own.handler = [&own, endless](const RawHttpResponder::Request &r) -> QByteArray {
            const QByteArray next = endless                   ? r.target + "x"
                                    : r.target.endsWith("/a") ? QByteArray("/api/v1/admin/b")
                                                              : QByteArray("/api/v1/admin/a");
            return RawHttpResponder::answer(302, {},
                                            "Location: " + own.origin().toUtf8() + next + "\r\n");
        };
        Session s(profileFor(own.origin()));
        s.retryPolicy().maxAttempts = 1;
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Server);
        QVERIFY2(job.error().message().contains(u"redirects it in a loop"_s),
                 qPrintable(job.error().message()));
    }

    void aRedirectElsewhereIsRefusedAndSaysSo()
    {
        RawHttpResponder foreign;
        RawHttpResponder own([&](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(
                302, {}, "Location: " + foreign.origin().toUtf8() + "/steal\r\n");
        });
        Session s(profileFor(own.origin()));
        s.setToken(u"secret"_s, u"admin"_s);
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job.error().message().contains(u"another site"_s),
                 qPrintable(job.error().message()));
        QVERIFY(job.error().message().contains(foreign.origin()));
        QVERIFY(foreign.requests.isEmpty());
    }

    void aRelativeLocationIsTheServersOwn()
    {
        // HTTP allows a relative Location (and the vendor documents none of their forms): it
        // names a place on the server that answered, and a relative resourceLocation one on the
        // module's own base.
        RawHttpResponder own([](const RawHttpResponder::Request &r) {
            if (r.method == "POST")
                return RawHttpResponder::answer(202, {},
                                                "Location: /api/v1/client/operations/op7\r\n");
            return RawHttpResponder::answer(200, "{\"id\":\"op7\",\"status\":\"succeeded\"}");
        });
        Session s(profileFor(own.origin()));
        s.setToken(u"secret"_s, u"admin"_s);
        ApiJob job(&s, ClientEndpoints::generate(u"f1"_s, {}));
        QVERIFY(test::runJob(&job));
        QVERIFY2(job.succeeded(), qPrintable(job.error().message()));
        QCOMPARE(job.location(), QUrl(own.origin() + u"/api/v1/client/operations/op7"_s));
        QCOMPARE(s.resolve(ClientEndpoints::follow(QUrl(u"operations/op7"_s), u"x"_s)),
                 QUrl(own.origin() + u"/api/v1/client/operations/op7"_s));
        OperationWatcher watcher(&s, job.location(), {});
        QSignalSpy finished(&watcher, &OperationWatcher::finished);
        watcher.start();
        QVERIFY(finished.wait(5000));
        QVERIFY2(watcher.succeeded(), qPrintable(finished.at(0).at(0).value<ApiError>().message()));
        QCOMPARE(own.requests.last().header("Authorization"), QByteArray("Bearer secret"));
    }

    void aRefusalWhereTheTokenWasNotSentAsksNoSignIn()
    {
        // A resourceLocation on another origin goes without the token (contract 9.1); its 401
        // says nothing about the sign-in, so the console must not ask for one.
        RawHttpResponder foreign(
            [](const RawHttpResponder::Request &) { return RawHttpResponder::answer(401, {}); });
        RawHttpResponder own;
        Session s(profileFor(own.origin()));
        s.setToken(u"secret"_s, u"admin"_s);
        s.setReauthenticationEnabled(true);
        QSignalSpy asked(&s, &Session::reauthenticationRequired);
        ApiJob job(&s, ClientEndpoints::follow(QUrl(foreign.origin() + u"/docs/1"_s), u"x"_s));
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Unauthorised);
        QVERIFY2(job.error().message().contains(u"not on this connection's server"_s),
                 qPrintable(job.error().message()));
        QCOMPARE(asked.count(), 0);
        QVERIFY(foreign.requests.size() == 1 &&
                foreign.requests.at(0).header("Authorization").isEmpty());
    }

    void anOperationNamedNowhereFailsOnce()
    {
        RawHttpResponder own;
        Session s(profileFor(own.origin()));
        OperationWatcher watcher(&s, {}, {});
        QSignalSpy finished(&watcher, &OperationWatcher::finished);
        watcher.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::BadResponse);
        QVERIFY(own.requests.isEmpty());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void anUnknownOperationStatusWaitsForTheDeadline()
    {
        // "queued" is no status of the contract: the watch goes on and then fails naming it;
        // the old watcher took it for the end of the generation.
        RawHttpResponder own([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, R"({"id":"op1","status":"queued"})",
                                            "Retry-After: 0\r\n");
        });
        Session s(profileFor(own.origin()));
        OperationWatcher watcher(&s, {}, u"op1"_s);
        watcher.setDeadline(1200ms);
        QSignalSpy finished(&watcher, &OperationWatcher::finished);
        watcher.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        const auto error = finished.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(error.message().contains(u"“queued”"_s), qPrintable(error.message()));
        QVERIFY(!watcher.succeeded());
        QVERIFY(watcher.polls() > 1);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
    }

    void aRunningOperationFailsAtTheDeadlineButASucceededOneEnds()
    {
        int polls = 0;
        RawHttpResponder own([&](const RawHttpResponder::Request &) {
            ++polls;
            return RawHttpResponder::answer(
                200,
                polls < 3 ? R"({"id":"op1","status":"Running"})"
                          : R"({"id":"op1","status":"Succeeded","resourceLocation":"/x"})",
                polls < 3 ? "Retry-After: 0\r\n" : "");
        });
        Session s(profileFor(own.origin()));
        OperationWatcher done(&s, {}, u"op1"_s);
        QSignalSpy finished(&done, &OperationWatcher::finished);
        done.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
        QVERIFY(done.succeeded()); // statuses read in any casing

        RawHttpResponder slow([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, R"({"id":"op2","status":"running"})",
                                            "Retry-After: 0\r\n");
        });
        Session s2(profileFor(slow.origin()));
        OperationWatcher running(&s2, {}, u"op2"_s);
        running.setDeadline(800ms);
        QSignalSpy ended(&running, &OperationWatcher::finished);
        running.start();
        QVERIFY(ended.wait(5000));
        const auto error = ended.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(error.message().contains(u"still “running”"_s), qPrintable(error.message()));
    }

    void jobsDescribeThemselvesInTheLog()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(404, R"({"message":"no"})");
        });
        Session s(profileFor(own.origin()));
        EntityJob job(&s, UsersEndpoints::get(u"7"_s));
        QVERIFY(test::runJob(&job));
        QString text;
        QDebug(&text) << &job;
        QCOMPARE(text, u"EntityJob(GET users/7 -> 404, attempt 1) "_s);
    }
};

QTEST_GUILESS_MAIN(TransfersTest)
#include "tst_transfers.moc"
