// The API layer against infiniti-sim on an ephemeral loopback port.
#include "api/endpoints/AuthEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/ListPageJob.h"
#include "api/LoginJob.h"
#include "api/PageCursor.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "RawHttpResponder.h"
#include "RecordingProxy.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class ApiAgainstSimTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;

    void signIn(Session &s, const QString &user = u"admin"_s, const QString &pw = u"admin"_s)
    {
        LoginJob login(&s, ApiModule::Admin, user, pw);
        QVERIFY(runJob(&login));
        QVERIFY2(login.succeeded(), qPrintable(login.error().details()));
        s.setToken(login.result().token, login.result().userName, login.result().userId);
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<SimFixture>(10000); }

    void loginReturnsATokenUsableOnBothModules()
    {
        Session s(m_sim->profile());
        LoginJob login(&s, ApiModule::Client, u"admin"_s, u"admin"_s);
        QVERIFY(runJob(&login));
        QVERIFY(login.succeeded());
        QCOMPARE(login.result().userName, u"admin"_s);
        QCOMPARE(login.result().token.size(), 36);
        s.setToken(login.result().token, u"admin"_s);
        EntityJob me(&s, UsersEndpoints::getByName(u"admin"_s));
        QVERIFY(runJob(&me));
        QVERIFY(me.succeeded()); // token from the client module works on the admin module
    }

    void aNameWithAControlCharacterIsRefusedNamingTheField()
    {
        // What a client (a dialog, infiniti-ctl) shows of it: the field and why, in words.
        Session s(m_sim->profile());
        signIn(s);
        User u;
        u.username = u"nul"_s + QChar(u'\0') + u"name"_s;
        EntityJob create(&s, UsersEndpoints::create(u, u"Secret1!"_s));
        QVERIFY(runJob(&create));
        QCOMPARE(create.error().kind(), ApiError::Kind::Validation);
        const auto errors = create.error().fieldErrors();
        const auto field = std::find_if(errors.keyBegin(), errors.keyEnd(), [](const QString &k) {
            return k.compare(u"username"_s, Qt::CaseInsensitive) == 0;
        });
        QVERIFY2(field != errors.keyEnd(), qPrintable(create.error().details()));
        QVERIFY2(errors.value(*field).join(u' ').contains(
                     u"Must not contain control characters (U+0000 at character 4)."_s),
                 qPrintable(create.error().details()));
        QVERIFY2(create.error().details().contains(u"control characters (U+0000"_s),
                 qPrintable(create.error().details()));
        QVERIFY(!m_sim->server->store().userByName(u.username));
    }

    void wrongPasswordIsUnauthorised()
    {
        Session s(m_sim->profile());
        LoginJob login(&s, ApiModule::Admin, u"admin"_s, u"nope"_s);
        QVERIFY(runJob(&login));
        QCOMPARE(login.error().kind(), ApiError::Kind::Unauthorised);
        QCOMPARE(login.error().serverMessage(), u"Invalid username or password."_s);
    }

    void badTokenIsUnauthorisedAndLogoffRevokes()
    {
        Session s(m_sim->profile());
        s.setToken(u"00000000-0000-0000-0000-000000000000"_s, u"admin"_s);
        ApiJob bad(&s, UsersEndpoints::list(0, 1));
        QVERIFY(runJob(&bad));
        QCOMPARE(bad.error().kind(), ApiError::Kind::Unauthorised);
        QCOMPARE(bad.rawHeader("WWW-Authenticate"), QByteArray("Bearer"));

        signIn(s);
        ApiJob logoff(&s, AuthEndpoints::logoff(ApiModule::Admin));
        QVERIFY(runJob(&logoff));
        QCOMPARE(logoff.httpStatus(), 204);
        ApiJob after(&s, UsersEndpoints::list(0, 1));
        QVERIFY(runJob(&after));
        QCOMPARE(after.error().kind(), ApiError::Kind::Unauthorised);
    }

    void usersCreateReadUpdateDelete()
    {
        Session s(m_sim->profile());
        signIn(s);
        User u;
        u.username = u"crud.test"_s;
        u.firstName = u"Crud"_s;
        u.email = u"crud@example.com"_s;
        u.groups = {u"Finance"_s};
        u.culture = u"en-AU"_s;
        EntityJob create(&s, UsersEndpoints::create(u, u"Secret1!"_s));
        QVERIFY(runJob(&create));
        QVERIFY2(create.succeeded(), qPrintable(create.error().details()));
        const QString newId = Json::idOf(create.object());
        QVERIFY(!newId.isEmpty());
        if (strictProfile()) {
            // 201 + Location without a body (the vendor documents none): the job read the
            // entity from the Location, so its answer is that GET's. That it is the new user:
            QCOMPARE(create.httpStatus(), 200);
            QVERIFY(create.url().path().endsWith(newId));
        } else {
            QCOMPARE(create.httpStatus(), 201);
            QVERIFY(create.rawHeader("Location").endsWith(newId.toUtf8()));
        }
        QVERIFY(m_sim->server->store().userById(newId));
        User created = User::fromJson(create.object());
        QCOMPARE(created.groups, QStringList{u"Finance"_s});

        EntityJob clash(&s, UsersEndpoints::create(u, u"x"_s));
        QVERIFY(runJob(&clash));
        QCOMPARE(clash.error().kind(), ApiError::Kind::Conflict);

        created.lastName = u"Updated"_s;
        created.email = u"not-an-email"_s;
        EntityJob invalid(&s, UsersEndpoints::update(created));
        QVERIFY(runJob(&invalid));
        QCOMPARE(invalid.error().kind(), ApiError::Kind::Validation);
        // The field as the server spells it ("email", or "Email" from the strict profile).
        const QStringList fields = invalid.error().fieldErrors().keys();
        QVERIFY2(fields.contains(u"email"_s, Qt::CaseInsensitive),
                 qPrintable(fields.join(u", "_s)));

        created.email = u"crud2@example.com"_s;
        EntityJob update(&s, UsersEndpoints::update(created));
        QVERIFY(runJob(&update));
        QVERIFY(update.succeeded());
        QCOMPARE(User::fromJson(update.object()).lastName, u"Updated"_s);

        EntityJob read(&s, UsersEndpoints::get(created.id));
        QVERIFY(runJob(&read));
        QCOMPARE(User::fromJson(read.object()).email, u"crud2@example.com"_s);

        ApiJob remove(&s, UsersEndpoints::remove(created.id));
        QVERIFY(runJob(&remove));
        QCOMPARE(remove.httpStatus(), 204);
        EntityJob gone(&s, UsersEndpoints::get(created.id));
        QVERIFY(runJob(&gone));
        QCOMPARE(gone.error().kind(), ApiError::Kind::NotFound);
    }

    void pagingThroughTenThousandUsers()
    {
        Session s(m_sim->profile());
        signIn(s);
        PageCursor cursor(UsersEndpoints::list(0, 500), 500);
        QSet<QString> ids;
        QString previous;
        int pages = 0;
        while (!cursor.atEnd()) {
            ListPageJob page(&s, cursor.current(), "users"_L1);
            QVERIFY(runJob(&page));
            QVERIFY2(page.succeeded(), qPrintable(page.error().details()));
            for (const auto &v : page.items()) {
                const QString name = Json::string(v.toObject(), "username"_L1);
                QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0,
                         qPrintable(previous + QLatin1Char('>') + name));
                previous = name;
                ids.insert(Json::idOf(v.toObject()));
            }
            cursor.advance(int(page.items().size()), page.nextLink(), s.profile());
            ++pages;
        }
        QCOMPARE(int(ids.size()), m_sim->server->store().userCount());
        // 500 a page here; the strict profile's cap (25) whatever $top asks for.
        QCOMPARE(pages, (m_sim->server->store().userCount() + pageRows(500) - 1) / pageRows(500));
    }

    void usernameLookupGoesOverTheWireStrictlyEncoded()
    {
        Session admin(m_sim->profile());
        signIn(admin);
        User u;
        u.username = u"user.name@example.com"_s;
        EntityJob create(&admin, UsersEndpoints::create(u, u"pw"_s));
        QVERIFY(runJob(&create));
        QVERIFY(create.succeeded());

        RecordingProxy proxy(m_sim->server->baseUrl().port());
        Profile viaProxy = m_sim->profile();
        viaProxy.manageUrl = QUrl(proxy.origin());
        Session s(viaProxy);
        s.setToken(admin.token(), u"admin"_s);
        EntityJob byName(&s, UsersEndpoints::getByName(u"user.name@example.com"_s));
        QVERIFY(runJob(&byName));
        QVERIFY2(byName.succeeded(), qPrintable(byName.error().details()));
        QCOMPARE(User::fromJson(byName.object()).username, u"user.name@example.com"_s);
        QVERIFY2(proxy.sent.startsWith(
                     "GET /api/v1/admin/users/name/user%2Ename%40example%2Ecom/ HTTP/1.1\r\n"),
                 proxy.sent.left(120).constData());
    }

    // The strictly encoded look-up goes out on its own socket: its Host must name an IPv6
    // server as "[::1]:port" (RFC 9112 3.2), which servers check (IIS: "Invalid Hostname").
    void usernameLookupNamesAnIpv6HostInBrackets()
    {
        sim::SimOptions options = simOptions(5);
        options.bind = QHostAddress::LocalHostIPv6;
        const SimFixture v6(std::move(options));
        QCOMPARE(v6.server->baseUrl().host(), u"::1"_s);
        const auto s = v6.signedInSession();
        User u;
        u.username = u"dotted.name"_s; // '.' goes as %2E, which QUrl would undo: sent verbatim
        EntityJob create(s.get(), UsersEndpoints::create(u, u"pw"_s));
        QVERIFY(runJob(&create));
        QVERIFY2(create.succeeded(), qPrintable(create.error().details()));
        EntityJob byName(s.get(), UsersEndpoints::getByName(u.username));
        QVERIFY(runJob(&byName));
        QVERIFY2(byName.succeeded(), qPrintable(byName.error().details()));
        QCOMPARE(User::fromJson(byName.object()).username, u.username);
    }

    void endUserIsForbiddenToListUsers()
    {
        Session s(m_sim->profile());
        signIn(s, u"enduser"_s, u"enduser"_s);
        ListPageJob page(&s, UsersEndpoints::list(0, 10), "users"_L1);
        QVERIFY(runJob(&page));
        QCOMPARE(page.error().kind(), ApiError::Kind::Forbidden);
        QVERIFY(page.error().serverMessage().contains(u"Manage users"_s));
    }

    void nextLinkOnAForeignOriginNeverGetsTheToken()
    {
        // A server whose @nextLink points elsewhere (a misconfigured proxy, say): the client
        // keeps paging its own origin by $skip and the other origin sees nothing.
        RawHttpResponder foreign;
        Session admin(m_sim->profile());
        signIn(admin);
        RawHttpResponder rewriting([&](const RawHttpResponder::Request &r) {
            ListPageJob real(&admin, UsersEndpoints::list(0, 1), "users"_L1);
            ApiRequest req = real.request();
            req.absoluteUrl =
                QUrl(m_sim->server->baseUrl().toString() + QString::fromUtf8(r.target));
            ListPageJob forward(&admin, req, "users"_L1);
            runJob(&forward);
            QJsonObject o = forward.json().object();
            if (o.contains("@nextLink"_L1))
                o.insert("@nextLink"_L1,
                         QString(foreign.origin() + u"/api/v1/admin/users?$skip=999&$top=100"_s));
            return RawHttpResponder::answer(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        Profile p = m_sim->profile();
        p.manageUrl = QUrl(rewriting.origin());
        Session s(p);
        s.setToken(admin.token(), u"admin"_s);
        PageCursor cursor(UsersEndpoints::list(0, 1000), 1000);
        int total = 0;
        while (!cursor.atEnd()) {
            ListPageJob page(&s, cursor.current(), "users"_L1);
            QVERIFY(runJob(&page, 30000));
            QVERIFY(page.succeeded());
            total += int(page.items().size());
            cursor.advance(int(page.items().size()), page.nextLink(), s.profile());
        }
        QCOMPARE(total, m_sim->server->store().userCount());
        QVERIFY(foreign.requests.isEmpty());
    }

    void vendorExampleBodiesAreAccepted()
    {
        Session s(m_sim->profile());
        signIn(s);
        auto send = [&](QByteArray method, QByteArray path, const char *file) {
            QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/") + QString::fromLatin1(file));
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            ApiRequest r;
            r.method = std::move(method);
            r.encodedPath = std::move(path);
            r.contentType = "application/json";
            r.body = f.readAll();
            ApiJob job(&s, r); // the server's own status: no GET of the Location after it
            runJob(&job);
            return job.httpStatus();
        };
        QCOMPARE(send("POST", "users", "admin-users-post.request.json"), 201);
        // PATCH answers 200 with the entity here, 204 without a body from the strict profile.
        QCOMPARE(send("PATCH", "users/fb1302fe-24c7-4d82-ac73-c72fe2bdf418",
                      "admin-users-patch.request.json"),
                 strictProfile() ? 204 : 200);
        QCOMPARE(send("POST", "groups", "admin-groups-post.request.json"), 201);
        QCOMPARE(send("POST", "login/forms", "admin-login-forms-post.request.json"),
                 401); // accepted shape, wrong password
        ApiJob del(&s, UsersEndpoints::remove(u"fb1302fe-24c7-4d82-ac73-c72fe2bdf418"_s));
        QVERIFY(runJob(&del));
        QCOMPARE(del.httpStatus(), 204);
    }
};

QTEST_GUILESS_MAIN(ApiAgainstSimTest)
#include "tst_api_against_sim.moc"
