// The emulator as a product: persistence across a restart, token expiry, injected faults of
// every kind, 413, a sweep of bad requests (each with its status, the store unharmed), and many
// concurrent clients.
#include "api/ApiJob.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/ListPageJob.h"
#include "api/LoginJob.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {

Profile profileOf(const sim::SimServer &server)
{
    Profile p;
    p.name = u"sim"_s;
    p.manageUrl = server.baseUrl();
    return p;
}

ApiRequest raw(QByteArray method, QByteArray path, QByteArray body = {},
               QList<std::pair<QString, QString>> query = {})
{
    ApiRequest r;
    r.method = std::move(method);
    r.encodedPath = std::move(path);
    r.body = std::move(body);
    r.query = std::move(query);
    if (!r.body.isEmpty())
        r.contentType = "application/json";
    return r;
}

} // namespace

class SimBehaviourTest : public QObject
{
    Q_OBJECT
private slots:
    void everyChangeSurvivesARestart()
    {
        QTemporaryDir dir;
        sim::SimOptions options;
        options.seed.users = 30;
        options.dataDir = dir.path();
        QString id;
        {
            auto server = startSim(options);
            QVERIFY(server);
            QVERIFY(QFile::exists(dir.filePath(u"store.json"_s)));
            const auto signedIn = signedInSession(profileOf(*server));
            Session &s = *signedIn;
            User u;
            u.username = u"kept.user"_s;
            u.groups = {u"Legal"_s};
            EntityJob create(&s, UsersEndpoints::create(u, u"kept-pw"_s));
            QVERIFY(runJob(&create));
            QVERIFY(create.succeeded());
            id = create.object().value("id"_L1).toString();
        }
        auto again = startSim(options);
        QVERIFY(again);
        const auto *u = again->store().userByName(u"kept.user"_s);
        QVERIFY(u);
        QCOMPARE(u->id, id);
        QCOMPARE(u->groups, QStringList{u"Legal"_s});
        Session s(profileOf(*again));
        LoginJob login(&s, ApiModule::Admin, u"kept.user"_s, u"kept-pw"_s);
        QVERIFY(runJob(&login));
        QVERIFY(login.succeeded()); // the password was kept too
        QCOMPARE(again->store().userCount(), 33);
    }

    void aCorruptStoreIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"store.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ this is not json");
        f.close();
        sim::SimOptions options;
        options.dataDir = dir.path();
        sim::SimServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(u"store"_s));
    }

    void tokensExpire()
    {
        sim::SimOptions options;
        options.seed.users = 5;
        options.tokenTtlSeconds = 1;
        auto server = startSim(options);
        const auto signedIn = signedInSession(profileOf(*server));
        Session &s = *signedIn;
        ApiJob before(&s, UsersEndpoints::list(0, 1));
        QVERIFY(runJob(&before));
        QVERIFY(before.succeeded());
        QTest::qWait(1200);
        ApiJob after(&s, UsersEndpoints::list(0, 1));
        QVERIFY(runJob(&after));
        QCOMPARE(after.error().kind(), ApiError::Kind::Unauthorised);
    }

    void everyFaultKindReachesTheClientAsTheRightError()
    {
        auto server = startSim({});
        const auto signedIn = signedInSession(profileOf(*server));
        Session &s = *signedIn;
        s.retryPolicy().maxAttempts = 1;
        const struct
        {
            const char *rule;
            ApiError::Kind expected;
        } cases[] = {
            // Qt resends a request once when a kept-alive connection drops, so reset twice.
            {R"({"path":"/users","kind":"reset","count":2})", ApiError::Kind::Network},
            {R"({"path":"/users","kind":"truncate"})", ApiError::Kind::Network},
            {R"({"path":"/users","kind":"malformed-json"})", ApiError::Kind::BadResponse},
            {R"({"path":"/users","status":502})", ApiError::Kind::Server},
            {R"({"path":"/users","status":429,"retryAfter":7})", ApiError::Kind::RateLimited},
        };
        for (const auto &c : cases) {
            QString error;
            auto rule =
                sim::SimFaults::ruleFromJson(QJsonDocument::fromJson(c.rule).object(), &error);
            QVERIFY2(rule, qPrintable(error));
            if (rule->remaining < 0)
                rule->remaining = 1;
            server->faults().add(*rule);
            ListPageJob job(&s, UsersEndpoints::list(0, 5), "users"_L1);
            QVERIFY(runJob(&job));
            QVERIFY2(job.error().kind() == c.expected,
                     qPrintable(QString::fromLatin1(c.rule) + u" → "_s +
                                ApiError::kindName(job.error().kind())));
            if (c.expected == ApiError::Kind::RateLimited)
                QCOMPARE(job.error().retryAfterSeconds(), 7);
        }
        ListPageJob fine(&s, UsersEndpoints::list(0, 5), "users"_L1);
        QVERIFY(runJob(&fine));
        QVERIFY(fine.succeeded()); // faults were used up; the server kept serving
    }

    // "after": the first matching requests go through, the rule applies to the next (e.g. a
    // read-back failing after the read before the write worked); other rules still apply.
    void aFaultAfterSomeRequestsLetsThoseThrough()
    {
        auto server = startSim({});
        const auto signedIn = signedInSession(profileOf(*server));
        Session &s = *signedIn;
        s.retryPolicy().maxAttempts = 1;
        QString error;
        auto rule = sim::SimFaults::ruleFromJson(
            QJsonDocument::fromJson(R"({"path":"/users\\?","status":502,"after":2,"count":1})")
                .object(),
            &error);
        QVERIFY2(rule, qPrintable(error));
        server->faults().add(*rule);
        server->faults().add(*sim::SimFaults::ruleFromText(u"GET /users\\? 503x1"_s, &error));
        const auto status = [&s](int skip) {
            ListPageJob job(&s, UsersEndpoints::list(skip, 5), "users"_L1);
            runJob(&job);
            return job.error().httpStatus();
        };
        QCOMPARE(status(0), 503); // let through by the first rule, answered by the second
        QCOMPARE(status(5), 0);
        QCOMPARE(status(10), 502);
        QCOMPARE(status(15), 0); // used up
        QVERIFY(!server->faults().hasRules());
    }

    void aRateLimitedGetIsRetriedAfterRetryAfter()
    {
        sim::SimOptions options;
        QString error;
        options.faults << *sim::SimFaults::ruleFromText(u"GET /users\\? 429x1"_s, &error);
        auto server = startSim(options);
        const auto signedIn = signedInSession(profileOf(*server));
        Session &s = *signedIn;
        ListPageJob job(&s, UsersEndpoints::list(0, 5), "users"_L1);
        QVERIFY(runJob(&job));
        QVERIFY(job.succeeded());
        QCOMPARE(job.attempts(), 2);
    }

    void failRateIsDeterministic()
    {
        int failures[2] = {0, 0};
        for (int run = 0; run < 2; ++run) {
            sim::SimOptions options;
            options.seed.users = 5;
            auto server = startSim(options);
            const auto signedIn = signedInSession(profileOf(*server));
            Session &s = *signedIn;
            s.retryPolicy().maxAttempts = 1;
            server->faults().failRate = 0.3;
            for (int i = 0; i < 60; ++i) {
                ApiJob job(&s, UsersEndpoints::list(0, 1));
                QVERIFY(runJob(&job));
                failures[run] += job.httpStatus() == 503 ? 1 : 0;
            }
        }
        QCOMPARE(failures[0], failures[1]);
        QVERIFY(failures[0] > 5 && failures[0] < 35);
    }

    void hugeEndlessAndSlowRequestsAreCutOffWithoutHurtingOthers()
    {
        sim::SimOptions options;
        options.seed.users = 10;
        options.maxBodyBytes = 64 * 1024;
        options.requestTimeoutMs = 400;
        auto server = startSim(options);
        const QUrl base = server->baseUrl();
        auto connectRaw = [&](QTcpSocket &s) {
            s.connectToHost(base.host(), quint16(base.port()));
            return s.waitForConnected(3000);
        };
        auto readAnswer = [](QTcpSocket &s, int ms) {
            QByteArray answer;
            (void)QTest::qWaitFor(
                [&] {
                    answer += s.readAll();
                    return answer.contains("\r\n\r\n") &&
                           (answer.contains("}") || s.state() != QAbstractSocket::ConnectedState);
                },
                ms);
            return answer;
        };

        // A declared body over the limit: 413 before the body is sent at all.
        QTcpSocket huge;
        QVERIFY(connectRaw(huge));
        huge.write(
            "POST /api/v1/admin/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 10737418240\r\n\r\n");
        QByteArray answer = readAnswer(huge, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());

        // A chunked body that never ends: cut at the limit.
        QTcpSocket endless;
        QVERIFY(connectRaw(endless));
        endless.write(
            "POST /api/v1/admin/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n";
        QByteArray endlessAnswer;
        for (int i = 0; i < 40 && endless.state() == QAbstractSocket::ConnectedState &&
                        !endlessAnswer.contains("413");
             ++i) {
            endless.write(chunk);
            endless.waitForBytesWritten(200);
            QTest::qWait(5);
            endlessAnswer += endless.readAll();
        }
        endlessAnswer += readAnswer(endless, 2000);
        QVERIFY2(endlessAnswer.startsWith("HTTP/1.1 413"), endlessAnswer.left(100).constData());

        // A client that stalls in its headers: others are served meanwhile; it gets 408 and is
        // closed.
        QTcpSocket slow;
        QVERIFY(connectRaw(slow));
        slow.write("GET /api/v1/admin/users HTTP/1.1\r\nHost: x\r\n");
        const auto session = signedInSession(profileOf(*server));
        ListPageJob list(session.get(), UsersEndpoints::list(0, 5),
                         "users"_L1); // runJob() keeps it: not on the heap
        QVERIFY(runJob(&list) && list.succeeded());
        answer = readAnswer(slow, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QTRY_VERIFY(slow.state() != QAbstractSocket::ConnectedState);
        // And the emulator still serves, its store whole.
        QCOMPARE(server->store().userCount(), 12);
    }

    void badRequestsGetTheirStatusAndHarmNothing()
    {
        sim::SimOptions options;
        options.seed.users = 40;
        options.maxBodyBytes = 4096;
        auto server = startSim(options);
        const auto signedIn = signedInSession(profileOf(*server));
        Session &s = *signedIn;
        s.retryPolicy().maxAttempts = 1;
        const int users = server->store().userCount();
        const struct
        {
            ApiRequest request;
            int status;
            const char *field;
        } sweep[] = {
            {raw("POST", "users", "{ not json"), 400, nullptr},
            {raw("POST", "users", "[1,2,3]"), 400, nullptr},
            {raw("POST", "users", R"({"username":"x","disabled":"yes"})"), 400, "disabled"},
            {raw("POST", "users", R"({"firstName":"no username"})"), 400, "username"},
            {raw("POST", "users", R"({"username":"x","groups":"Legal"})"), 400, "groups"},
            {raw("POST", "users", R"({"username":"x","groups":["No Such Group"]})"), 400, "groups"},
            {raw("POST", "users", R"({"username":"x","email":"nope"})"), 400, "email"},
            {raw("POST", "users", R"({"username":"admin"})"), 409, nullptr},
            {raw("POST", "users", "{\"username\":\"" + QByteArray(5000, 'a') + "\"}"), 413,
             nullptr},
            {raw("PUT", "users"), 405, nullptr},
            {raw("GET", "no/such/route"), 404, nullptr},
            {raw("GET", "users/00000000-0000-0000-0000-000000000000"), 404, nullptr},
            {raw("PATCH", "users/00000000-0000-0000-0000-000000000000", R"({"username":"y"})"), 404,
             nullptr},
            {raw("GET", "users", {}, {{u"$top"_s, u"0"_s}}), 400, "$top"},
            {raw("GET", "users", {}, {{u"$top"_s, u"abc"_s}}), 400, "$top"},
            {raw("GET", "users", {}, {{u"$skip"_s, u"-1"_s}}), 400, "$skip"},
            {raw("POST", "groups", R"({"name":""})"), 400, "name"},
            {raw("POST", "roles", R"({"name":"R","permissions":"all"})"), 400, "permissions"},
            {raw("DELETE",
                 "groups/" + server->store().groupByName(u"Infiniti Users"_s)->id.toUtf8()),
             400, nullptr},
        };
        for (const auto &c : sweep) {
            ApiJob job(&s, c.request);
            QVERIFY(runJob(&job));
            QVERIFY2(job.httpStatus() == c.status,
                     qPrintable(u"%1 %2 → %3, expected %4"_s
                                    .arg(QString::fromLatin1(c.request.method),
                                         QString::fromLatin1(c.request.encodedPath))
                                    .arg(job.httpStatus())
                                    .arg(c.status)));
            QVERIFY(!job.error().serverMessage().isEmpty()); // every error says why
            if (c.field)
                QVERIFY2(job.error().fieldErrors().contains(QString::fromLatin1(c.field)), c.field);
        }
        QCOMPARE(server->store().userCount(), users);
        ListPageJob still(&s, UsersEndpoints::list(0, 100), "users"_L1);
        QVERIFY(runJob(&still));
        QCOMPARE(int(still.items().size()), users);
    }

    void tlsWithAFreshCertificateIsTrustedOnlyWhenPinned()
    {
        sim::SimOptions options;
        options.seed.users = 5;
        options.tls = true;
        auto server = startSim(options);
        QVERIFY(server);
        QCOMPARE(server->baseUrl().scheme(), u"https"_s);
        QVERIFY(!server->certificate().isNull());
        Session untrusted(profileOf(*server));
        LoginJob refused(&untrusted, ApiModule::Admin, u"admin"_s, u"admin"_s);
        QVERIFY(runJob(&refused));
        QCOMPARE(refused.error().kind(), ApiError::Kind::Tls);
        QCOMPARE(refused.error().certificate(), server->certificate());

        Profile pinned = profileOf(*server);
        pinned.pinnedCertificates
            << server->certificate().digest(QCryptographicHash::Sha256).toHex();
        Session trusted(pinned);
        LoginJob login(&trusted, ApiModule::Admin, u"admin"_s, u"admin"_s);
        QVERIFY(runJob(&login));
        QVERIFY2(login.succeeded(), qPrintable(login.error().details()));
        trusted.setToken(login.result().token, u"admin"_s);
        ListPageJob page(&trusted, UsersEndpoints::list(0, 3), "users"_L1);
        QVERIFY(runJob(&page));
        QVERIFY(page.nextLink().toString().startsWith(u"https://"_s));
    }

    void manyConcurrentClientsLeaveTheStoreConsistent()
    {
        sim::SimOptions options;
        options.seed.users = 500;
        auto server = startSim(options);
        const int clients = 40;
        std::vector<std::unique_ptr<Session>> sessions;
        QList<ApiJob *> jobs;
        int finished = 0;
        for (int c = 0; c < clients; ++c) {
            auto s = signedInSession(profileOf(*server));
            // Each client reads a page and creates a user, all at once.
            User u;
            u.username = u"load.%1"_s.arg(c);
            for (auto request :
                 {UsersEndpoints::list(c * 10, 50), UsersEndpoints::create(u, u"pw"_s)}) {
                auto *job = new ApiJob(s.get(), request);
                job->setAutoDelete(false);
                connect(job, &ApiJob::finished, this, [&finished] { ++finished; });
                jobs << job;
                job->start();
            }
            sessions.push_back(std::move(s));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, clients * 2, 30000);
        for (auto *job : jobs)
            QVERIFY2(job->succeeded(), qPrintable(job->error().details()));
        qDeleteAll(jobs);
        QCOMPARE(server->store().userCount(), 502 + clients);
        for (int c = 0; c < clients; ++c)
            QVERIFY(server->store().userByName(u"load.%1"_s.arg(c)));
        // Order and indexes still agree.
        for (int i = 1; i < server->store().userCount(); ++i)
            QVERIFY(server->store().userAt(i - 1)->sortKey <= server->store().userAt(i)->sortKey);
    }
};

QTEST_GUILESS_MAIN(SimBehaviourTest)
#include "tst_sim_behaviour.moc"
