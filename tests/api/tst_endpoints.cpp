// Every endpoint's request is a pure function: method, path, query and body pinned here,
// with no network.
#include "api/endpoints/AnswerFilesEndpoints.h"
#include "api/endpoints/AuthEndpoints.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/DataSourcesEndpoints.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/endpoints/PublishedProjectsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/endpoints/SettingsEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/endpoints/WorkflowEndpoints.h"
#include "api/Session.h"
#include "api/UploadBody.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace infiniti;

Q_DECLARE_METATYPE(infiniti::Collection)
Q_DECLARE_METATYPE(infiniti::ApiModule)

class EndpointsTest : public QObject
{
    Q_OBJECT

    static QJsonObject body(const ApiRequest &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

private slots:
    void formsAreReadByTheIdAServerGivesThem()
    {
        // The vendor documents only the names of forms (contract 3.1); the id a form is run by
        // is `id` on our emulator, `publishId` as tasks name forms, or a GUID's name.
        const QJsonArray folders =
            QJsonDocument::fromJson("[{\"name\":\"Claims\",\"forms\":["
                                    "{\"name\":\"Home\",\"id\":\"f1\",\"version\":3},"
                                    "{\"Name\":\"Motor\",\"PublishId\":\"f2\"},"
                                    "{\"name\":\"Life\",\"projectGroupGuid\":\"f3\"},"
                                    "{\"name\":\"Boat\"}]},"
                                    "{\"name\":\"HR\",\"forms\":[{\"name\":\"Leave\","
                                    "\"guid\":\"f4\"}]}]")
                .array();
        const auto forms = ClientEndpoints::formsIn(folders);
        QCOMPARE(forms.size(), 5);
        QStringList seen;
        for (const auto &f : forms)
            seen << f.folder + u'/' + f.name + u'=' + f.id;
        QCOMPARE(seen, (QStringList{u"Claims/Home=f1"_s, u"Claims/Motor=f2"_s, u"Claims/Life=f3"_s,
                                    u"Claims/Boat="_s, u"HR/Leave=f4"_s}));
        QCOMPARE(forms.at(0).version, u"3"_s);
    }

    void documentedConflictsAreSentBothWays()
    {
        // Contract 8: a server following either of the vendor's documents gets what was asked.
        const QJsonObject values{{"customerName"_L1, u"Jo"_s}};
        const QJsonObject generate =
            QJsonDocument::fromJson(
                ClientEndpoints::generate(u"f1"_s, {{"values"_L1, values}}).body)
                .object();
        QCOMPARE(generate.value("values"_L1).toObject(), values);
        QCOMPARE(generate.value("labels"_L1).toObject(), values);
        const QJsonObject prepare =
            QJsonDocument::fromJson(ClientEndpoints::prepareForm(u"f1"_s,
                                                                 {{"createInProgress"_L1, true},
                                                                  {"saveDescription"_L1, u"D"_s},
                                                                  {"asUserAssignedBy"_L1, false}},
                                                                 {})
                                        .body)
                .object();
        QCOMPARE(prepare.value("createInProgress"_L1), QJsonValue(true));
        const QJsonObject options = prepare.value("options"_L1).toObject();
        QCOMPARE(options.value("createInProgress"_L1), QJsonValue(true));
        QCOMPARE(options.value("saveDescription"_L1), QJsonValue(u"D"_s));
        QCOMPARE(options.value("asUserAssignedBy"_L1), QJsonValue(false));
    }

    void aConnectorSettingIsUpdatedByItsValueAlone()
    {
        const ApiRequest r =
            SettingsEndpoints::updateConnectorSetting(u"c1"_s, QJsonValue(u"Server=db2"_s));
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("connectorSettings/c1"));
        QCOMPARE(r.body, QByteArray("{\"value\":\"Server=db2\"}")); // the vendor's example
    }

    void answerFilesXmlIsReadUnderTheNamesAServerMayUse()
    {
        using AnswerFilesEndpoints::xmlOf;
        QCOMPARE(xmlOf({{"answerXml"_L1, u"<A/>"_s}}), u"<A/>"_s);
        QCOMPARE(xmlOf({{"AnswerXml"_L1, u"<B/>"_s}}), u"<B/>"_s);
        QCOMPARE(xmlOf({{"xml"_L1, u"<C/>"_s}}), u"<C/>"_s);
        QCOMPARE(xmlOf({{"answerXml"_L1, u" "_s}, {"answerFile"_L1, u"<D/>"_s}}), u"<D/>"_s);
        QVERIFY(xmlOf({{"description"_L1, u"x"_s}}).isEmpty());
    }

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

    void userCreateLeavesAnEmptyRolesOutAsTheVendorDoes()
    {
        User u;
        u.username = u"x"_s;
        QVERIFY(!body(UsersEndpoints::create(u, u"pw"_s)).contains("roles"_L1));
    }

    void userUpdateSendsAnEmptyRolesList()
    {
        // The last role removed must reach a server that replaces the user (issue #13).
        User u;
        u.id = u"abc"_s;
        u.username = u"x"_s;
        const ApiRequest r = UsersEndpoints::update(u);
        QCOMPARE(body(r).value("roles"_L1), QJsonValue(QJsonArray()));
        QCOMPARE(body(r).value("groups"_L1), QJsonValue(QJsonArray()));
    }

    void userUpdateKeepsTheKeysThisConsoleDoesNotKnow()
    {
        User u = User::fromJson(QJsonObject{{"Id"_L1, u"abc"_s},
                                            {"UserName"_L1, u"x"_s},
                                            {"Roles"_L1, QJsonArray{u"A"_s}},
                                            {"SomethingNew"_L1, 3}});
        const QJsonObject b = body(UsersEndpoints::update(u));
        QCOMPARE(b.value("SomethingNew"_L1).toInt(), 3);
        QCOMPARE(b.value("username"_L1).toString(), u"x"_s);
        QVERIFY(!b.contains("UserName"_L1)); // one spelling of a key, the documented one
        QVERIFY(!b.contains("Roles"_L1));
        QCOMPARE(b.value("roles"_L1).toArray().size(), 1);
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
        r = GroupsEndpoints::members(u"g1"_s, 0, 100, u"ann b"_s); // our search extension
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=100&search=ann%20b"));
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
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"name":"Auditors","permissions":["Manage users","Some future permission"]})"));
        r = RolesEndpoints::update(role);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("roles/r1"));
        QCOMPARE(RolesEndpoints::list(0, 50).encodedQuery(), QByteArray("$skip=0&$top=50"));
        QCOMPARE(RolesEndpoints::get(u"r1"_s).encodedPath, QByteArray("roles/r1"));
        QCOMPARE(RolesEndpoints::remove(u"r1"_s).method, QByteArray("DELETE"));
        QCOMPARE(Role::fromJson(QJsonDocument::fromJson(r.body).object()).permissions,
                 role.permissions);
    }

    void settingsCollections_data()
    {
        QTest::addColumn<Collection>("collection");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("envelope");
        QTest::addColumn<ApiModule>("module");
        QTest::newRow("custom fields")
            << SettingsEndpoints::customFields() << QByteArray("customFields") << u"customFields"_s
            << ApiModule::Admin;
        QTest::newRow("connector settings")
            << SettingsEndpoints::connectorSettings() << QByteArray("connectorSettings")
            << u"connectorSettings"_s << ApiModule::Admin;
        QTest::newRow("communication templates")
            << SettingsEndpoints::communicationTemplates() << QByteArray("communicationTemplates")
            << u"communicationTemplates"_s << ApiModule::Admin;
        QTest::newRow("data sources")
            << DataSourcesEndpoints::dataSources() << QByteArray("datasources") << u"dataSources"_s
            << ApiModule::Admin;
        QTest::newRow("data objects")
            << DataSourcesEndpoints::dataObjects(u"d 1"_s)
            << QByteArray("datasources/d%201/dataobjects") << u"dataObjects"_s << ApiModule::Admin;
        QTest::newRow("content folders")
            << FoldersEndpoints::contentFolders() << QByteArray("contentfolders")
            << u"contentFolders"_s << ApiModule::Admin;
        QTest::newRow("publish folders")
            << FoldersEndpoints::publishFolders() << QByteArray("publishfolders")
            << u"publishFolders"_s << ApiModule::Admin;
        QTest::newRow("published projects")
            << PublishedProjectsEndpoints::collection() << QByteArray("publishedprojects")
            << u"publishedProjects"_s << ApiModule::Admin;
        QTest::newRow("workflows") << WorkflowEndpoints::workflows() << QByteArray("workflow")
                                   << u"workflows"_s << ApiModule::Admin;
        QTest::newRow("my tasks") << ClientEndpoints::tasks() << QByteArray("workflow")
                                  << u"workflows"_s << ApiModule::Client;
        QTest::newRow("answer files")
            << AnswerFilesEndpoints::answerFiles() << QByteArray("answerfiles") << u"answerFiles"_s
            << ApiModule::Client;
        QTest::newRow("in-progress answer files")
            << AnswerFilesEndpoints::inProgressAnswerFiles() << QByteArray("inprogressanswerfiles")
            << u"inProgressAnswerFiles"_s << ApiModule::Client;
        QTest::newRow("library") << LibraryEndpoints::collection() << QByteArray("contentlibrary")
                                 << u"contentLibraryItems"_s << ApiModule::Admin;
        QTest::newRow("projects") << ProjectsEndpoints::collection() << QByteArray("projects")
                                  << u"projects"_s << ApiModule::Admin;
        QTest::newRow("generated output")
            << ClientEndpoints::generatedOutput(u"o/1"_s) << QByteArray("generatedoutput/o%2F1")
            << u"files"_s << ApiModule::Client;
    }

    void settingsCollections()
    {
        // Every plain collection: list, get, create, update, delete (contract 3.x, 4.x).
        QFETCH(Collection, collection);
        QFETCH(QByteArray, path);
        QFETCH(QString, envelope);
        QFETCH(ApiModule, module);
        QVERIFY(collection.isValid());
        QCOMPARE(QString(collection.envelope), envelope);
        ApiRequest r = collection.list(20, 50);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, module);
        QCOMPARE(r.encodedPath, path);
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=20&$top=50"));
        r = collection.get(u"i d"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, module);
        QCOMPARE(r.encodedPath, path + "/i%20d");
        QVERIFY(r.query.isEmpty());
        r = collection.create({{"name"_L1, u"N"_s}});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.module, module);
        QCOMPARE(r.encodedPath, path);
        QCOMPARE(r.body, QByteArray(R"({"name":"N"})"));
        QCOMPARE(r.contentType, QByteArray("application/json"));
        r = collection.update(u"7"_s, {{"name"_L1, u"M"_s}});
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.module, module);
        QCOMPARE(r.encodedPath, path + "/7");
        QCOMPARE(r.body, QByteArray(R"({"name":"M"})"));
        r = collection.remove(u"7"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.module, module);
        QCOMPARE(r.encodedPath, path + "/7");
        QVERIFY(r.body.isEmpty());
    }

    void dataObjectsWithoutADataSourceIsNoCollection()
    {
        QVERIFY(!DataSourcesEndpoints::dataObjects({}).isValid());
    }

    void folderRequests()
    {
        const Collection folders = FoldersEndpoints::contentFolders();
        ApiRequest r = FoldersEndpoints::children(folders, u"p1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("contentfolders"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=500&parentId=p1"));
        r = FoldersEndpoints::children(FoldersEndpoints::publishFolders(), {});
        QCOMPARE(r.encodedPath, QByteArray("publishfolders"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=500&parentId="));
        // The documented body (examples/admin-contentfolders-post): our childCount never goes.
        r = FoldersEndpoints::create(folders, {{"name"_L1, u"Quotes"_s},
                                               {"groups"_L1, QJsonArray{u"Sales"_s}},
                                               {"ChildCount"_L1, 2}});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("contentfolders"));
        QCOMPARE(r.body, QByteArray(R"({"groups":["Sales"],"name":"Quotes"})"));
        r = FoldersEndpoints::update(folders, u"f1"_s,
                                     {{"id"_L1, u"f1"_s},
                                      {"name"_L1, u"Q"_s},
                                      {"groups"_L1, QJsonArray()},
                                      {"childCount"_L1, 0}});
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("contentfolders/f1"));
        QCOMPARE(r.body, QByteArray(R"({"groups":[],"id":"f1","name":"Q"})"));
    }

    void publishedProjectRequests()
    {
        ApiRequest r = PublishedProjectsEndpoints::list(u"f1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("publishedprojects"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=100&folderId=f1"));
        QCOMPARE(PublishedProjectsEndpoints::list().encodedQuery(), QByteArray("$skip=0&$top=100"));
        r = PublishedProjectsEndpoints::get(u"p1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("publishedprojects/p1"));
        // The names the server shows (projectName…) are not sent back, in any casing.
        const QJsonObject publication{{"projectId"_L1, u"pr"_s},
                                      {"folderId"_L1, u"f1"_s},
                                      {"ProjectName"_L1, u"X"_s},
                                      {"folderName"_L1, u"F"_s},
                                      {"projectVersion"_L1, u"1.0"_s}};
        r = PublishedProjectsEndpoints::publish(publication);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("publishedprojects"));
        QCOMPARE(r.body, QByteArray(R"({"folderId":"f1","projectId":"pr"})"));
        r = PublishedProjectsEndpoints::update(u"p1"_s, publication);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("publishedprojects/p1"));
        QCOMPARE(r.body, QByteArray(R"({"folderId":"f1","projectId":"pr"})"));
        r = PublishedProjectsEndpoints::unpublish(u"p1"_s, u"X in F"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.encodedPath, QByteArray("publishedprojects/p1"));
        QVERIFY(r.action.contains(u"X in F"_s));
    }

    void workflowRequests()
    {
        ApiRequest r = WorkflowEndpoints::list(u"InProgress"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, ApiModule::Admin);
        QCOMPARE(r.encodedPath, QByteArray("workflow"));
        QCOMPARE(r.encodedQuery(), QByteArray("$skip=0&$top=100&status=InProgress"));
        r = WorkflowEndpoints::get(u"w1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.encodedPath, QByteArray("workflow/w1"));
        r = WorkflowEndpoints::abort(u"w1"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.encodedPath, QByteArray("workflow/w1"));
        QVERIFY(r.body.isEmpty());
        r = WorkflowEndpoints::revert(u"w1"_s);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.encodedPath, QByteArray("workflow/w1/revert"));
        r = WorkflowEndpoints::reassign(u"w1"_s, u"c"_s, u"g"_s, u"n"_s, true);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.module, ApiModule::Admin);
        QCOMPARE(r.encodedPath, QByteArray("workflow/w1/reassign"));
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"assignToGuid":"g","assignToName":"n","comment":"c","sendNotification":true})"));
        // infiniti-ctl's names for the same requests.
        QCOMPARE(ClientEndpoints::abortWorkflow(u"w1"_s).encodedPath, r.encodedPath.chopped(9));
        QCOMPARE(ClientEndpoints::reassignWorkflow(u"w1"_s, u"c"_s, u"g"_s, u"n"_s, true).body,
                 r.body);
        // Without a notification asked for, the vendor's body: nothing of ours in it.
        QCOMPARE(WorkflowEndpoints::reassign(u"w1"_s, u"c"_s, u"g"_s, u"n"_s, false).body,
                 QByteArray(R"({"assignToGuid":"g","assignToName":"n","comment":"c"})"));
    }

    void answerFileRequests()
    {
        // Exactly the documented body (examples/client-answerfiles-post), whatever the sheet held.
        const QJsonObject edited{{"id"_L1, u"old"_s},
                                 {"Description"_L1, u"Mine"_s},
                                 {"publishId"_L1, u"p"_s},
                                 {"answerXml"_L1, u"<AnswerFile/>"_s},
                                 {"projectName"_L1, u"X"_s}};
        ApiRequest r = AnswerFilesEndpoints::create(AnswerFilesEndpoints::answerFiles(), edited);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.module, ApiModule::Client);
        QCOMPARE(r.encodedPath, QByteArray("answerfiles"));
        QCOMPARE(
            r.body,
            QByteArray(R"({"answerXml":"<AnswerFile/>","description":"Mine","publishId":"p"})"));
        r = AnswerFilesEndpoints::update(AnswerFilesEndpoints::inProgressAnswerFiles(), u"a1"_s,
                                         {{"description"_L1, u"D"_s}, {"answerXml"_L1, u"<x/>"_s}});
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.module, ApiModule::Client);
        QCOMPARE(r.encodedPath, QByteArray("inprogressanswerfiles/a1"));
        QCOMPARE(r.body, QByteArray(R"({"answerXml":"<x/>","description":"D"})"));
    }

    void clientRequests()
    {
        ApiRequest r = ClientEndpoints::operationOfRun(u"r 1"_s);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.module, ApiModule::Client);
        QCOMPARE(r.encodedPath, QByteArray("operations"));
        QCOMPARE(r.encodedQuery(), QByteArray("runid=r%201"));
        r = ClientEndpoints::forms();
        QCOMPARE(r.encodedPath, QByteArray("forms"));
        QCOMPARE(r.module, ApiModule::Client);
        r = ClientEndpoints::task(u"t1"_s);
        QCOMPARE(r.encodedPath, QByteArray("workflow/t1"));
        QCOMPARE(r.module, ApiModule::Client);
    }

    void libraryRequests()
    {
        ApiRequest r = LibraryEndpoints::remove(u"l1"_s, u"Logo"_s);
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.encodedPath, QByteArray("contentlibrary/l1"));
        r = LibraryEndpoints::get(u"l1"_s, false);
        QCOMPARE(r.encodedPath, QByteArray("contentlibrary/l1"));
        QCOMPARE(r.encodedQuery(), QByteArray("includeBinary=false"));
        QVERIFY(r.totalTimeout > r.timeout);
        // A write whose answer need not carry the file: the same write, asked without it.
        const ApiRequest write =
            LibraryEndpoints::create({{"name"_L1, u"Logo"_s}}, "png", u".png"_s);
        const ApiRequest lean = LibraryEndpoints::answeredWithoutFile(write);
        QCOMPARE(lean.method, write.method);
        QCOMPARE(lean.encodedPath, write.encodedPath);
        QCOMPARE(lean.body, write.body);
        QCOMPARE(lean.encodedQuery(), QByteArray("includeBinary=false"));
        // An update sends the item's file back (the fresh copy's), not the server's own fields.
        r = LibraryEndpoints::update(u"l1"_s, {{"Id"_L1, u"l1"_s},
                                               {"name"_L1, u"Logo"_s},
                                               {"Binary"_L1, u"QUJD"_s},
                                               {"extension"_L1, u".png"_s},
                                               {"size"_L1, 3},
                                               {"version"_L1, u"2"_s}});
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.encodedPath, QByteArray("contentlibrary/l1"));
        QCOMPARE(r.body, QByteArray(R"({"Binary":"QUJD","extension":".png","name":"Logo"})"));
        // A new file: the old one out (in any casing), the new one in; one spelling of each key.
        r = LibraryEndpoints::replaceFile(
            u"l1"_s,
            {{"Name"_L1, u"Logo"_s}, {"Binary"_L1, u"QUJD"_s}, {"Extension"_L1, u".png"_s}}, "XYZ",
            u".gif"_s);
        QCOMPARE(r.body, QByteArray(R"({"Extension":".gif","Name":"Logo","binary":"WFla"})"));
    }

    void libraryFilesAreSentFromTheFile()
    {
        // The same items as those built in memory, with the file's Base64 made while it is sent
        // (a file not a multiple of three bytes long, and one more than a block of it).
        QTemporaryDir dir;
        for (const qsizetype size : {qsizetype(5), qsizetype(3 * 64 * 1024 + 7)}) {
            QByteArray bytes(size, '\0');
            for (qsizetype i = 0; i < size; ++i)
                bytes[i] = char((i * 131) & 0xff);
            const QString path = dir.filePath(u"logo.png"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            auto sent = [](const ApiRequest &r) {
                QString error;
                std::unique_ptr<QIODevice> device(r.upload->open(nullptr, &error));
                return device ? QJsonDocument::fromJson(device->readAll()).object() : QJsonObject();
            };
            const QJsonObject metadata{{"name"_L1, u"Logo"_s}, {"type"_L1, u"Image"_s}};
            QString error;
            const auto created = LibraryEndpoints::createFromFile(metadata, path, &error);
            QVERIFY2(created, qPrintable(error));
            QVERIFY(created->body.isEmpty());
            QCOMPARE(created->method, QByteArray("POST"));
            QCOMPARE(created->encodedPath, QByteArray("contentlibrary"));
            QCOMPARE(sent(*created), QJsonDocument::fromJson(
                                         LibraryEndpoints::create(metadata, bytes, u".png"_s).body)
                                         .object());
            const QJsonObject item{
                {"Name"_L1, u"Logo"_s}, {"Binary"_L1, u"QUJD"_s}, {"Extension"_L1, u".gif"_s}};
            const auto replaced =
                LibraryEndpoints::replaceFileFromFile(u"l1"_s, item, path, &error);
            QVERIFY2(replaced, qPrintable(error));
            QCOMPARE(replaced->method, QByteArray("PATCH"));
            QCOMPARE(replaced->encodedPath, QByteArray("contentlibrary/l1"));
            const QJsonObject fromFile = sent(*replaced);
            QCOMPARE(fromFile,
                     QJsonDocument::fromJson(
                         LibraryEndpoints::replaceFile(u"l1"_s, item, bytes, u".png"_s).body)
                         .object());
            QCOMPARE(fromFile.size(), 3); // Name, Extension, binary: the old file's key is gone
        }
        QString error;
        QVERIFY(!LibraryEndpoints::createFromFile({}, dir.filePath(u"missing.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void sessionResolvesModulePaths()
    {
        Profile p;
        p.manageUrl = QUrl(u"https://srv.example.com/Manage"_s);
        Session s(p);
        ApiRequest r = UsersEndpoints::list(0, 10);
        QCOMPARE(s.resolve(r).toString(),
                 u"https://srv.example.com/Manage/api/v1/admin/users?$skip=0&$top=10"_s);
        r = AuthEndpoints::logoff(ApiModule::Client);
        QCOMPARE(s.resolve(r).toString(),
                 u"https://srv.example.com/Produce/api/v1/client/logoff"_s);
    }
};

QTEST_GUILESS_MAIN(EndpointsTest)
#include "tst_endpoints.moc"
