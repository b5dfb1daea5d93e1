// Every endpoint's request is a pure function: method, path, query and body pinned here,
// with no network.
#include "api/Session.h"
#include "api/endpoints/AuthEndpoints.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/CustomFieldsEndpoints.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class EndpointsTest : public QObject
{
    Q_OBJECT

    static QJsonObject body(const ApiRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

private slots:
    void loginFormsPostsCredentialsWithoutToken()
    {
        const ApiRequest r = AuthEndpoints::loginForms(ApiModule::Admin, u"admin"_s, u"pw"_s);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.module, ApiModule::Admin);
        QCOMPARE(r.encodedPath, QByteArray("login/forms"));
        QVERIFY(r.query.isEmpty());
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.body, QByteArray(R"({"password":"pw","username":"admin"})"));
        QVERIFY(!r.authenticated);
    }

    void loginBodyHasTheVendorExampleShape()
    {
        QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/admin-login-forms-post.request.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject vendor = QJsonDocument::fromJson(f.readAll()).object();
        const ApiRequest r = AuthEndpoints::loginForms(ApiModule::Admin, u"a"_s, u"b"_s);
        QCOMPARE(body(r).keys(), vendor.keys());
    }

    void logoffPostsToEitherModule()
    {
        const ApiRequest r = AuthEndpoints::logoff(ApiModule::Client);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.module, ApiModule::Client);
        QCOMPARE(r.encodedPath, QByteArray("logoff"));
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.reauthenticateOnUnauthorised);
    }

    void usersListSendsSkipAndTop()
    {
        const ApiRequest r = UsersEndpoints::list(200, 100);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("users"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=200&$top=100"));
        QVERIFY(r.isIdempotent());
    }

    void usersListSearchIsEncoded()
    {
        const ApiRequest r = UsersEndpoints::list(0, 50, u"o'brien & co"_s);
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=50&search=o%27brien%20%26%20co"));
    }

    void userGetEncodesTheId()
    {
        QCOMPARE(UsersEndpoints::get(u"fb1302fe-24c7-4d82-ac73-c72fe2bdf418"_s).encodedPath,
                 QByteArray("users/fb1302fe-24c7-4d82-ac73-c72fe2bdf418"));
        QCOMPARE(UsersEndpoints::get(u"a/b c"_s).encodedPath, QByteArray("users/a%2Fb%20c"));
    }

    void userByNameEncodesEveryNonAlphanumericByte()
    {
        const ApiRequest r = UsersEndpoints::getByName(u"user.name@example.com"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("users/name/user%2Ename%40example%2Ecom/"));
        QCOMPARE(UsersEndpoints::getByName(u"Zoë_1-2"_s).encodedPath,
                 QByteArray("users/name/Zo%C3%AB%5F1%2D2/"));
    }

    void userCreatePostsTheDocumentedShape()
    {
        QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/admin-users-post.request.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject vendor = QJsonDocument::fromJson(f.readAll()).object();
        const User u = User::fromJson(vendor);
        const ApiRequest r = UsersEndpoints::create(u, u"Password1234"_s);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("users"));
        QCOMPARE(r.contentType, QByteArray("application/json"));
        // Same keys and values as the vendor's own example: nothing added, nothing lost.
        QCOMPARE(body(r), vendor);
    }

    void userUpdatePatchesById()
    {
        User u;
        u.id = u"abc"_s;
        u.username = u"x"_s;
        u.roles = {u"End User"_s};
        const ApiRequest r = UsersEndpoints::update(u);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("users/abc"));
        QVERIFY(!body(r).contains("password"_L1));
        QCOMPARE(body(r).value("roles"_L1).toArray().size(), 1);
        QVERIFY(!r.isIdempotent());
    }

    void userDeleteByIdHasNoBody()
    {
        const ApiRequest r = UsersEndpoints::remove(u"abc"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.encodedPath, QByteArray("users/abc"));
        QVERIFY(r.body.isEmpty());
    }

    void groupsRequests()
    {
        QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/admin-groups-post.request.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject vendor = QJsonDocument::fromJson(f.readAll()).object();
        Group g = Group::fromJson(vendor);
        ApiRequest r = GroupsEndpoints::create(g);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("groups"));
        QCOMPARE(body(r), vendor); // exactly the vendor's shape
        g.id = u"g1"_s;
        r = GroupsEndpoints::update(g);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("groups/g1"));
        QCOMPARE(body(r), vendor);
        r = GroupsEndpoints::list(10, 20);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("groups"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=10&$top=20"));
        QCOMPARE(GroupsEndpoints::get(u"g1"_s).encodedPath, QByteArray("groups/g1"));
        r = GroupsEndpoints::remove(u"g1"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.encodedPath, QByteArray("groups/g1"));
        r = GroupsEndpoints::members(u"g 1"_s, 0, 100);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("groups/g%201/users"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=100"));
    }

    void rolesRequests()
    {
        Role role;
        role.id = u"r1"_s;
        role.name = u"Auditors"_s;
        role.permissions = {u"Manage users"_s, u"Some future permission"_s};
        ApiRequest r = RolesEndpoints::create(role);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("roles"));
        QCOMPARE(r.body, QByteArray(R"({"name":"Auditors","permissions":["Manage users","Some future permission"]})"));
        r = RolesEndpoints::update(role);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("roles/r1"));
        QCOMPARE(RolesEndpoints::list(0, 50).encodedQuery(), QByteArray("$skip=0&$top=50"));
        QCOMPARE(RolesEndpoints::get(u"r1"_s).encodedPath, QByteArray("roles/r1"));
        QCOMPARE(RolesEndpoints::remove(u"r1"_s).method, QByteArray("DELETE"));
        QCOMPARE(Role::fromJson(QJsonDocument::fromJson(r.body).object()).permissions, role.permissions);
    }

    void customFieldsList()
    {
        const ApiRequest r = CustomFieldsEndpoints::list(0, 500);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, ApiModule::Admin);
        QCOMPARE(r.encodedPath, QByteArray("customFields"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=500"));
        QVERIFY(r.body.isEmpty());
    }

    void adminWorkflowIsReadFromTheAdminModule()
    {
        const ApiRequest r = ClientEndpoints::workflow(u"w 1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, ApiModule::Admin);
        QCOMPARE(r.encodedPath, QByteArray("workflow/w%201"));
        QCOMPARE(ClientEndpoints::task(u"w1"_s).module, ApiModule::Client);
    }

    void sessionResolvesModulePaths()
    {
        Profile p;
        p.manageUrl = QUrl(u"https://srv.example.com/Manage"_s);
        Session s(p);
        ApiRequest r = UsersEndpoints::list(0, 10);
        QCOMPARE(s.resolve(r).toString(), u"https://srv.example.com/Manage/api/v1/admin/users?$skip=0&$top=10"_s);
        r = AuthEndpoints::logoff(ApiModule::Client);
        QCOMPARE(s.resolve(r).toString(), u"https://srv.example.com/Produce/api/v1/client/logoff"_s);
    }
};

QTEST_GUILESS_MAIN(EndpointsTest)
#include "tst_endpoints.moc"
