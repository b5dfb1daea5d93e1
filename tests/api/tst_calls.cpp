// One-line requests with continuations (issue #14): session->call(request).then(context, ok,
// fail) runs exactly one callback, with the typed result; none after the context is gone (the
// job goes with it, aborted) and none for a cancelled job; a Call never started sends nothing.
#include "api/Call.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/Session.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::profileFor;
using test::RawHttpResponder;

class CallsTest : public QObject
{
    Q_OBJECT

private slots:
    void successRunsTheFirstCallbackOnceWithTheEntity()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(200, R"({"id":"7","username":"jo"})");
        });
        Session s(profileFor(own.origin()));
        QObject context;
        int ok = 0, failed = 0;
        QJsonObject got;
        s.call(UsersEndpoints::get(u"7"_s))
            .then(
                &context,
                [&](const QJsonObject &user) {
                    ++ok;
                    got = user;
                },
                [&](const ApiError &) { ++failed; });
        QTRY_COMPARE(ok, 1);
        QTest::qWait(100);
        QCOMPARE(ok, 1);
        QCOMPARE(failed, 0);
        QCOMPARE(got.value("username"_L1).toString(), u"jo"_s);
    }

    void failureRunsTheSecondWithTheError()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(404, R"({"message":"gone"})");
        });
        Session s(profileFor(own.origin()));
        QObject context;
        int ok = 0;
        ApiError error;
        s.call(UsersEndpoints::get(u"7"_s))
            .then(
                &context, [&] { ++ok; }, [&](const ApiError &e) { error = e; });
        QTRY_VERIFY(error.isError());
        QCOMPARE(error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(error.serverMessage(), u"gone"_s);
        QCOMPARE(ok, 0);
    }

    void typedResultsAndTheJobItself()
    {
        RawHttpResponder own([](const RawHttpResponder::Request &r) {
            if (r.target.contains("export"))
                return RawHttpResponder::answer(
                    200, "PK\x03\x04",
                    "Content-Disposition: attachment; filename=\"a b.ixpkg\"\r\n",
                    "application/zip");
            return RawHttpResponder::answer(200, R"({"users":[{"id":"1"},{"id":"2"}]})");
        });
        Session s(profileFor(own.origin()));
        QObject context;
        QJsonArray page;
        s.page(UsersEndpoints::list(0, 10), "users"_L1)
            .then(
                &context, [&](const QJsonArray &items) { page = items; }, [](const ApiError &) {});
        QTRY_COMPARE(page.size(), 2);
        QString name;
        QByteArray bytes;
        ApiRequest exportRequest;
        exportRequest.encodedPath = "projects/1/export";
        s.download(exportRequest)
            .then(
                &context,
                [&](DownloadJob &job) {
                    name = job.suggestedFileName();
                    bytes = job.body();
                },
                [](const ApiError &) {});
        QTRY_COMPARE(name, u"a b.ixpkg"_s);
        QCOMPARE(bytes, QByteArray("PK\x03\x04"));
    }

    void noCallbackAfterTheContextIsGoneAndTheRequestIsAborted()
    {
        RawHttpResponder hang([](const RawHttpResponder::Request &) { return QByteArray(); });
        Session s(profileFor(hang.origin()));
        bool called = false;
        auto *context = new QObject;
        QPointer<EntityJob> job =
            s.call(UsersEndpoints::get(u"1"_s))
                .then(
                    context, [&] { called = true; }, [&](const ApiError &) { called = true; });
        QTRY_COMPARE(hang.requests.size(), 1);
        delete context;
        QVERIFY(!job); // it went with its context
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void aCancelledJobRunsNeitherButFinallyHearsIt()
    {
        RawHttpResponder hang([](const RawHttpResponder::Request &) { return QByteArray(); });
        Session s(profileFor(hang.origin()));
        QObject context;
        bool called = false;
        auto job =
            s.call(UsersEndpoints::get(u"1"_s))
                .then(
                    &context, [&] { called = true; }, [&](const ApiError &) { called = true; });
        QTRY_COMPARE(hang.requests.size(), 1);
        job->abort();
        QTest::qWait(50);
        QVERIFY(!called);

        ApiError::Kind seen = ApiError::Kind::None;
        int finals = 0;
        auto other = s.call(UsersEndpoints::get(u"2"_s)).finally(&context, [&](EntityJob &j) {
            seen = j.error().kind();
            ++finals;
        });
        QTRY_COMPARE(hang.requests.size(), 2);
        other->abort();
        QTRY_COMPARE(finals, 1);
        QCOMPARE(seen, ApiError::Kind::Cancelled);
    }

    void aCallNeverStartedSendsNothing()
    {
        RawHttpResponder own;
        Session s(profileFor(own.origin()));
        {
            auto unused = s.call(UsersEndpoints::get(u"1"_s));
            QVERIFY(unused.job());
        }
        QTest::qWait(100);
        QVERIFY(own.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CallsTest)
#include "tst_calls.moc"
