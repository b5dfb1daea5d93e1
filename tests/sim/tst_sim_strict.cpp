// The strict vendor profile (contract 9.1a, docs/EMULATOR.md): capped pages with absolute
// next links, PascalCase answers, 201/204 without bodies, replacing PATCH, our extensions
// absent or ignored, users/name/ as IIS takes it, idle token expiry, published projects nested.
// Requests go out as raw bytes, so what is tested is exactly what a client gets.
#include "RawHttpClient.h"
#include "sim/SimServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {

QByteArray example(const char *name)
{
    QFile f(QStringLiteral(INFINITI_EXAMPLES_DIR "/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Keys whose first letter is lower case, anywhere in `v` (the contents of customFields are
// names, not keys), as "path.key".
QStringList camelKeys(const QJsonValue &v, const QString &at = {})
{
    QStringList out;
    if (v.isArray()) {
        for (const auto &item : v.toArray())
            out << camelKeys(item, at + u"[]"_s);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().at(0).isLower())
                out << at + u"."_s + it.key();
            if (it.key() != "CustomFields"_L1)
                out << camelKeys(it.value(), at + u"."_s + it.key());
        }
    }
    return out;
}

} // namespace

class SimStrictTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::SimServer> m_sim;
    QString m_token;

    static std::unique_ptr<sim::SimServer> start(sim::SimOptions options)
    {
        options.strict = true;
        auto server = std::make_unique<sim::SimServer>(std::move(options));
        QString error;
        if (!server->start(&error))
            qFatal("emulator did not start: %s", qPrintable(error));
        return server;
    }
    static QString signIn(const sim::SimServer &server, const QByteArray &user = "admin")
    {
        return rawSignIn(server.baseUrl(), user);
    }
    // A call on the admin module (or a path from /api/v1/ when it starts with "client/").
    RawAnswer call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   sim::SimServer *server = nullptr, const QString &token = {})
    {
        const QByteArray target = path.startsWith("client/") || path.startsWith("admin/")
                                      ? QByteArray("/api/v1/" + path)
                                      : QByteArray("/api/v1/admin/" + path);
        return rawExchange((server ? server : m_sim.get())->baseUrl(),
                           rawRequest(method, target, body, token.isEmpty() ? m_token : token));
    }
    // Every item of a list, following @nextLink; the pages' sizes go to `pages`.
    QJsonArray all(const QByteArray &path, const QString &envelope, QList<int> *pages = nullptr)
    {
        QJsonArray items;
        QByteArray next = "/api/v1/admin/" + path;
        QSet<QByteArray> seen;
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            const RawAnswer a = rawExchange(m_sim->baseUrl(), rawRequest("GET", next, {}, m_token));
            const QJsonArray page = a.json().value(envelope).toArray();
            if (pages)
                *pages << int(page.size());
            for (const auto &item : page)
                items.append(item);
            const QString link = a.json().value("@nextLink"_L1).toString();
            next = link.isEmpty()
                       ? QByteArray()
                       : QUrl(link).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            if (!link.isEmpty() && !link.startsWith(m_sim->baseUrl().toString()))
                qWarning("not an absolute link on this server: %s", qPrintable(link));
        }
        return items;
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions options;
        options.seed.users = 60;
        m_sim = start(options);
        m_token = signIn(*m_sim);
        QVERIFY(!m_token.isEmpty());
    }

    void pagesAreCappedWithAbsoluteNextLinks()
    {
        const RawAnswer first = call("GET", "users?$top=100");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value("Users"_L1).toArray().size(),
                 25); // the cap, whatever $top says
        const QString link = first.json().value("@nextLink"_L1).toString();
        QVERIFY2(link.startsWith(m_sim->baseUrl().toString() + u"/api/v1/admin/users?"_s),
                 qPrintable(link));
        QVERIFY(link.contains(u"$skip=25"_s));
        QList<int> pages;
        const QJsonArray users = all("users?$top=100", u"Users"_s, &pages);
        QCOMPARE(pages, (QList<int>{25, 25, 12}));
        QSet<QString> ids;
        for (const auto &u : users)
            ids.insert(u.toObject().value("Id"_L1).toString());
        QCOMPARE(int(ids.size()), m_sim->store().userCount()); // every user once
        // The whole list without $skip and $top; a page with $skip alone.
        QCOMPARE(call("GET", "users").json().value("Users"_L1).toArray().size(), 62);
        QCOMPARE(call("GET", "users?$skip=50").json().value("Users"_L1).toArray().size(), 12);
        QCOMPARE(call("GET", "users?$skip=10").json().value("Users"_L1).toArray().size(), 25);
        // A smaller cap on the command line's --page-cap.
        sim::SimOptions options;
        options.seed.users = 10;
        options.pageCap = 4;
        auto small = start(options);
        const QString token = signIn(*small);
        QCOMPARE(call("GET", "groups?$top=10", {}, small.get(), token)
                     .json()
                     .value("Groups"_L1)
                     .toArray()
                     .size(),
                 4);
        QCOMPARE(call("GET", "groups?$top=3", {}, small.get(), token)
                     .json()
                     .value("Groups"_L1)
                     .toArray()
                     .size(),
                 3);
    }

    void everyKeyOfEveryAnswerIsPascalCase()
    {
        const QString admin = m_sim->store().userByName(u"admin"_s)->id;
        for (const QByteArray &path :
             {QByteArray("users/" + admin.toUtf8()), QByteArray("users?$top=3"),
              QByteArray("groups"), QByteArray("roles"), QByteArray("license"),
              QByteArray("datasources"), QByteArray("publishedprojects"),
              QByteArray("workflow?$top=2"), QByteArray("contentlibrary?$top=2"),
              QByteArray("projects?$top=2")}) {
            const RawAnswer a = call("GET", path);
            QCOMPARE(a.status, 200);
            QVERIFY2(camelKeys(a.json()).isEmpty(), qPrintable(QString::fromLatin1(path) + u": "_s +
                                                               camelKeys(a.json()).join(u", "_s)));
        }
        const QJsonObject user = call("GET", "users/" + admin.toUtf8()).json();
        QCOMPARE(user.value("Username"_L1).toString(), u"admin"_s);
        QCOMPARE(user.value("StreetAddress"_L1).toObject().value("City"_L1).toString(),
                 u"Brisbane"_s);
        // The login answer, as the vendor documents it.
        const QJsonObject login =
            rawExchange(m_sim->baseUrl(), rawRequest("POST", "/api/v1/client/login/forms",
                                                     R"({"username":"admin","password":"admin"})"))
                .json();
        const QStringList keys = login.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{u"AuthorizationToken"_s, u"UserGuid"_s, u"UserName"_s,
                                u"ProduceVersion"_s}));
        // Errors too: {"Message", "Errors": {field: [...]}}.
        const RawAnswer bad = call("POST", "groups", R"({"name":""})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().contains("Message"_L1));
        QVERIFY(bad.json().value("Errors"_L1).toObject().contains("Name"_L1));
        // Where the vendor's samples read keys as they are: forms, and (below) operations.
        const QJsonObject forms = call("GET", "client/forms").json();
        QVERIFY(forms.contains("folders"_L1));
        QVERIFY(forms.value("folders"_L1).toArray().first().toObject().contains("forms"_L1));
        QVERIFY(forms.value("folders"_L1).toArray().first().toObject().contains("name"_L1));
        // A user's custom fields are names, not keys: kept as they are.
        QCOMPARE(call("POST", "users",
                      R"({"username":"fields.kept","customFields":{"policyNumber":"P-1"}})")
                     .status,
                 201);
        const QByteArray id = m_sim->store().userByName(u"fields.kept"_s)->id.toUtf8();
        QCOMPARE(call("GET", "users/" + id).json().value("CustomFields"_L1).toObject().keys(),
                 QStringList{u"policyNumber"_s});
    }

    void createsAnswer201WithLocationAndNoBody()
    {
        const RawAnswer created =
            call("POST", "groups", R"({"name":"Strict Group","roles":["End User"]})");
        QCOMPARE(created.status, 201);
        QVERIFY(created.body.isEmpty());
        QVERIFY(created.header("Content-Type").isEmpty());
        const QByteArray location = created.header("Location");
        QVERIFY2(
            location.startsWith(QByteArray(m_sim->baseUrl().toEncoded() + "/api/v1/admin/groups/")),
            location.constData());
        const RawAnswer got = rawExchange(
            m_sim->baseUrl(),
            rawRequest("GET", QUrl::fromEncoded(location).path().toUtf8(), {}, m_token));
        QCOMPARE(got.json().value("Name"_L1).toString(), u"Strict Group"_s);
        // A generation: 202, the operation's Location, no body; the operation says where the output
        // is.
        const QString enduser = signIn(*m_sim, "enduser");
        const RawAnswer generated = call(
            "POST", "client/generate/597ec154-d49c-421b-9232-a385782daae6", "{}", nullptr, enduser);
        QCOMPARE(generated.status, 202);
        QVERIFY(generated.body.isEmpty());
        QVERIFY(generated.header("Location").contains("/api/v1/client/operations/"));
        const RawAnswer operation = rawExchange(
            m_sim->baseUrl(),
            rawRequest("GET", QUrl::fromEncoded(generated.header("Location")).path().toUtf8(), {},
                       enduser));
        QCOMPARE(operation.status, 200);
        QVERIFY(operation.json().contains("status"_L1)); // documented camelCase (contract 1.2)
        QVERIFY(operation.json().contains("Id"_L1));
        // Prepare form: 201 and where to open it, nothing else.
        const RawAnswer prepared =
            call("POST", "client/prepareform/597ec154-d49c-421b-9232-a385782daae6",
                 R"({"createInProgress":true})", nullptr, enduser);
        QCOMPARE(prepared.status, 201);
        QVERIFY(prepared.body.isEmpty());
        QVERIFY(!prepared.header("Location").isEmpty());
        // A POST whose answer the vendor does not document: 204. The sync export is documented.
        QCOMPARE(call("POST", "projects/sync/import", R"({"customFields":[]})").status, 204);
        const RawAnswer pack =
            call("POST", "projects/sync/export", R"({"options":{"users":false}})");
        QCOMPARE(pack.status, 200);
        QVERIFY(pack.json().contains("projects"_L1)); // camelCase, as the vendor's example
        QVERIFY(pack.json()
                    .value("projects"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .contains("definition"_L1));
    }

    void patchAnswers204AndReplacesTheEntity()
    {
        QCOMPARE(
            call(
                "POST", "users",
                R"({"username":"replaced.user","password":"Pw1!","firstName":"Ann","phone":"123","groups":["Finance"]})")
                .status,
            201);
        const QByteArray id = m_sim->store().userByName(u"replaced.user"_s)->id.toUtf8();
        const RawAnswer patched =
            call("PATCH", "users/" + id, R"({"username":"replaced.user","firstName":"Anne"})");
        QCOMPARE(patched.status, 204);
        QVERIFY(patched.body.isEmpty());
        const QJsonObject user = call("GET", "users/" + id).json();
        QCOMPARE(user.value("FirstName"_L1).toString(), u"Anne"_s);
        QCOMPARE(user.value("Phone"_L1).toString(), QString()); // left out: cleared
        QCOMPARE(user.value("Groups"_L1).toArray().size(), 0);
        // The password is write-only, never sent back: a PATCH without it keeps it.
        QCOMPARE(rawExchange(m_sim->baseUrl(),
                             rawRequest("POST", "/api/v1/admin/login/forms",
                                        R"({"username":"replaced.user","password":"Pw1!"})"))
                     .status,
                 200);
        // Without its required name, a replacing PATCH is refused.
        QCOMPARE(call("PATCH", "users/" + id, R"({"firstName":"No name"})").status, 400);

        // The plain collections replace too: a folder PATCHed with its name alone loses its
        // group rights and goes to the top level.
        const QJsonObject parent = call("GET", "contentfolders")
                                       .json()
                                       .value("ContentFolders"_L1)
                                       .toArray()
                                       .first()
                                       .toObject();
        const QByteArray folderBody =
            "{\"name\":\"Replaced folder\",\"groups\":[\"Finance\"],\"parentId\":\"" +
            parent.value("Id"_L1).toString().toUtf8() + "\"}";
        QCOMPARE(call("POST", "contentfolders", folderBody).status, 201);
        QByteArray folder;
        for (const auto &f :
             call("GET", "contentfolders").json().value("ContentFolders"_L1).toArray()) {
            if (f.toObject().value("Name"_L1).toString() == "Replaced folder"_L1)
                folder = f.toObject().value("Id"_L1).toString().toUtf8();
        }
        QCOMPARE(call("PATCH", "contentfolders/" + folder, R"({"name":"Replaced folder"})").status,
                 204);
        const QJsonObject after = call("GET", "contentfolders/" + folder).json();
        QCOMPARE(after.value("Groups"_L1).toArray().size(), 0);
        QVERIFY(after.value("ParentId"_L1).isNull());
        QCOMPARE(call("PATCH",
                      "customFields/" + m_sim->store()
                                            .documents(u"customFields"_s)
                                            .front()
                                            .value("id"_L1)
                                            .toString()
                                            .toUtf8(),
                      "{}")
                     .status,
                 400);
        // A library item's file is the exception: too large to send back, kept when left out.
        const QJsonObject item = m_sim->store().documents(u"contentLibraryItems"_s).front();
        const QByteArray itemId = item.value("id"_L1).toString().toUtf8();
        QCOMPARE(call("PATCH", "contentlibrary/" + itemId,
                      "{\"name\":\"Renamed item\",\"extension\":\"" +
                          item.value("extension"_L1).toString().toUtf8() + "\"}")
                     .status,
                 204);
        const QJsonObject renamed = call("GET", "contentlibrary/" + itemId).json();
        QCOMPARE(renamed.value("Binary"_L1).toString(), item.value("binary"_L1).toString());
        QCOMPARE(renamed.value("Version"_L1).toString(), item.value("version"_L1).toString());
        QCOMPARE(renamed.value("Description"_L1).toString(), QString()); // left out: cleared
    }

    void withPatchDropsFileAPatchWithoutTheFileClearsIt()
    {
        // --patch-drops-file: the server contract 9.1 tells a client to assume — a replacing
        // PATCH keeps nothing the body leaves out, a library item's file included.
        sim::SimOptions options;
        options.seed.users = 5;
        options.patchDropsFile = true;
        auto server = start(options);
        const QString token = signIn(*server);
        const QJsonObject item = server->store().documents(u"contentLibraryItems"_s).front();
        const QByteArray id = "contentlibrary/" + item.value("id"_L1).toString().toUtf8();
        const QByteArray extension = item.value("extension"_L1).toString().toUtf8();
        QVERIFY(!item.value("binary"_L1).toString().isEmpty());
        QCOMPARE(call("PATCH", id,
                      "{\"name\":\"Renamed item\",\"extension\":\"" + extension + "\"}",
                      server.get(), token)
                     .status,
                 204);
        const QJsonObject cleared = call("GET", id, {}, server.get(), token).json();
        QCOMPARE(cleared.value("Binary"_L1).toString(), QString());
        QCOMPARE(cleared.value("Size"_L1).toInteger(), 0);
        QCOMPARE(cleared.value("Version"_L1).toString(),
                 QString::number(item.value("version"_L1).toString().toInt() + 1));
        // Sent with it, the file is what was sent.
        const QByteArray file = QByteArray("the file again").toBase64();
        QCOMPARE(call("PATCH", id,
                      "{\"name\":\"Renamed item\",\"extension\":\"" + extension +
                          "\",\"binary\":\"" + file + "\"}",
                      server.get(), token)
                     .status,
                 204);
        QCOMPARE(call("GET", id, {}, server.get(), token).json().value("Binary"_L1).toString(),
                 QString::fromLatin1(file));
    }

    void ourExtensionsAreIgnoredOrAbsent()
    {
        // Parameters a real server does not know are ignored.
        QCOMPARE(call("GET", "users?search=zzzz-nobody").json().value("Users"_L1).toArray().size(),
                 m_sim->store().userCount());
        const int projects = int(m_sim->store().documents(u"projects"_s).size());
        QCOMPARE(call("GET", "projects?search=Claim").json().value("Projects"_L1).toArray().size(),
                 projects);
        QCOMPARE(call("GET", "projects?folderId=00000000-0000-0000-0000-000000000000")
                     .json()
                     .value("Projects"_L1)
                     .toArray()
                     .size(),
                 projects);
        const int folders = int(m_sim->store().documents(u"contentfolders"_s).size());
        const QJsonArray tree =
            call("GET", "contentfolders?parentId=").json().value("ContentFolders"_L1).toArray();
        QCOMPARE(tree.size(), folders);
        QVERIFY(!tree.first().toObject().contains("ChildCount"_L1));
        const int workflows = int(m_sim->store().documents(u"workflows"_s).size());
        QCOMPARE(
            call("GET", "workflow?status=Completed").json().value("Workflows"_L1).toArray().size(),
            workflows);
        const QByteArray item = m_sim->store()
                                    .documents(u"contentLibraryItems"_s)
                                    .front()
                                    .value("id"_L1)
                                    .toString()
                                    .toUtf8();
        QVERIFY(call("GET", "contentlibrary/" + item + "?includeBinary=false")
                    .json()
                    .contains("Binary"_L1));
        // Routes a real server does not have: 405 where it has others on the path, else 404.
        const QString enduser = signIn(*m_sim, "enduser");
        const QJsonArray answerFiles = call("GET", "client/answerfiles", {}, nullptr, enduser)
                                           .json()
                                           .value("AnswerFiles"_L1)
                                           .toArray();
        const QByteArray answerFile =
            answerFiles.first().toObject().value("Id"_L1).toString().toUtf8();
        const RawAnswer patch = call("PATCH", "client/answerfiles/" + answerFile,
                                     R"({"description":"x"})", nullptr, enduser);
        QCOMPARE(patch.status, 405);
        QCOMPARE(patch.header("Allow"), QByteArray("GET, DELETE"));
        const QJsonArray inProgress =
            call("GET", "client/inprogressanswerfiles", {}, nullptr, enduser)
                .json()
                .value("InProgressAnswerFiles"_L1)
                .toArray();
        const QByteArray form = inProgress.first().toObject().value("Id"_L1).toString().toUtf8();
        QCOMPARE(call("PATCH", "client/inprogressanswerfiles/" + form,
                      R"({"description":"documented","answerXml":"<AnswerFile/>"})", nullptr,
                      enduser)
                     .status,
                 204);
        QCOMPARE(call("PATCH", "client/inprogressanswerfiles/" + form,
                      R"({"description":"no xml"})", nullptr, enduser)
                     .status,
                 400);
        // Generated output by run id is ours; by the operation's resourceLocation it is there.
        m_sim->store().generationMs = 0;
        const RawAnswer generated = call(
            "POST", "client/generate/597ec154-d49c-421b-9232-a385782daae6", "{}", nullptr, enduser);
        const QJsonObject op =
            rawExchange(m_sim->baseUrl(),
                        rawRequest("GET",
                                   QUrl::fromEncoded(generated.header("Location")).path().toUtf8(),
                                   {}, enduser))
                .json();
        QCOMPARE(op.value("status"_L1).toString(), u"succeeded"_s);
        QCOMPARE(call("GET", "client/generatedoutput/" + op.value("RunId"_L1).toString().toUtf8(),
                      {}, nullptr, enduser)
                     .status,
                 404);
        const RawAnswer output = rawExchange(
            m_sim->baseUrl(),
            rawRequest("GET", QUrl(op.value("resourceLocation"_L1).toString()).path().toUtf8(), {},
                       enduser));
        QCOMPARE(output.status, 200);
        QCOMPARE(output.json().value("files"_L1).toArray().size(), 2);
    }

    void usersByNameAreFoundOnlyFullyEncodedWithTheTrailingSlash()
    {
        QString name;
        for (int i = 0; i < m_sim->store().userCount() && name.isEmpty(); ++i) {
            if (m_sim->store().userAt(i)->username.contains(u'.'))
                name = m_sim->store().userAt(i)->username;
        }
        QVERIFY(!name.isEmpty());
        QByteArray encoded;
        for (const char c : name.toUtf8())
            encoded += QChar::fromLatin1(c).isLetterOrNumber() && uchar(c) < 0x80
                           ? QByteArray(1, c)
                           : "%" + QByteArray(1, c).toHex().toUpper();
        QCOMPARE(call("GET", "users/name/" + encoded + "/").json().value("Username"_L1).toString(),
                 name);
        QCOMPARE(call("GET", "users/name/" + encoded).status, 404);             // no trailing slash
        QCOMPARE(call("GET", "users/name/" + name.toUtf8() + "/").status, 404); // '.' as it is
        QCOMPARE(call("GET", "users/name/" + QUrl::toPercentEncoding(name) + "/").status,
                 404); // the usual encoding keeps '.'
        QCOMPARE(call("GET", "users/name/admin/").status, 200);
    }

    void tokensExpireWhenUnusedForTheIdleTime()
    {
        sim::SimOptions options;
        options.seed.users = 5;
        options.idleTimeoutSeconds = 1;
        auto server = start(options);
        const QString token = signIn(*server);
        for (int i = 0; i < 3; ++i) { // in use: the clock restarts with each call
            QTest::qWait(600);
            QCOMPARE(call("GET", "roles", {}, server.get(), token).status, 200);
        }
        QTest::qWait(1300);
        const RawAnswer expired = call("GET", "roles", {}, server.get(), token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(call("GET", "roles", {}, server.get(), token).status, 401); // for good
        QCOMPARE(m_sim->store().idleTimeoutSeconds,
                 sim::kStrictIdleTimeoutSeconds); // the profile's own, unless told
        QCOMPARE(sim::SimServer(sim::SimOptions{}).store().idleTimeoutSeconds,
                 0); // the default profile: never
    }

    void publishedProjectsComeAsFoldersWithTheirPublications()
    {
        const QJsonObject answer = call("GET", "publishedprojects").json();
        QVERIFY(!answer.contains("PublishedProjects"_L1));
        int count = 0;
        QSet<QString> folderIds;
        for (const auto &f : answer.value("Folders"_L1).toArray()) {
            const QJsonObject folder = f.toObject();
            QVERIFY(!folder.value("Name"_L1).toString().isEmpty());
            folderIds.insert(folder.value("Id"_L1).toString());
            for (const auto &p : folder.value("PublishedProjects"_L1).toArray()) {
                QCOMPARE(p.toObject().value("FolderId"_L1).toString(),
                         folder.value("Id"_L1).toString());
                ++count;
            }
        }
        const int published = int(m_sim->store().documents(u"publishedprojects"_s).size());
        QCOMPARE(count, published);
        QCOMPARE(folderIds.size(), 3);
        // Paged: pages of publications, a folder going on over the next page.
        int paged = 0;
        QByteArray next = "/api/v1/admin/publishedprojects?$top=5";
        for (int pages = 0; !next.isEmpty() && pages < 50; ++pages) {
            const QJsonObject page =
                rawExchange(m_sim->baseUrl(), rawRequest("GET", next, {}, m_token)).json();
            int onPage = 0;
            for (const auto &f : page.value("Folders"_L1).toArray())
                onPage += int(f.toObject().value("PublishedProjects"_L1).toArray().size());
            QVERIFY(onPage <= 5);
            paged += onPage;
            next = QUrl(page.value("@nextLink"_L1).toString())
                       .toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        }
        QCOMPARE(paged, published);
    }

    void theVendorsExampleBodiesWork()
    {
        const QString enduser = signIn(*m_sim, "enduser");
        const QByteArray form = "597ec154-d49c-421b-9232-a385782daae6";
        QCOMPARE(call("POST", "users", example("admin-users-post.request.json")).status, 201);
        const QJsonObject posted =
            QJsonDocument::fromJson(example("admin-users-post.request.json")).object();
        QCOMPARE(call("PATCH", "users/" + posted.value("id"_L1).toString().toUtf8(),
                      example("admin-users-patch.request.json"))
                     .status,
                 204);
        QCOMPARE(call("POST", "groups", example("admin-groups-post.request.json")).status, 201);
        const QString group =
            m_sim->store()
                .groupByName(QJsonDocument::fromJson(example("admin-groups-post.request.json"))
                                 .object()
                                 .value("name"_L1)
                                 .toString())
                ->id;
        QCOMPARE(
            call("PATCH", "groups/" + group.toUtf8(), example("admin-groups-patch.request.json"))
                .status,
            204);
        for (const auto &[file, path] :
             {std::pair{"admin-contentfolders-post.request.json", "contentfolders"},
              std::pair{"admin-customfields-post.request.json", "customFields"},
              std::pair{"admin-datasources-post.request.json", "datasources"},
              std::pair{"admin-communicationtemplates-post.request.json",
                        "communicationTemplates"}}) {
            const RawAnswer a = call("POST", path, example(file));
            QVERIFY2(a.status == 201 && a.body.isEmpty(), file);
        }
        for (const char *file :
             {"client-generate-post-options.request.json",
              "client-generate-post-values.request.json", "client-generate-post-data.request.json",
              "client-generate-post-answerfile.request.json"})
            QVERIFY2(
                call("POST", "client/generate/" + form, example(file), nullptr, enduser).status ==
                    202,
                file);
        QCOMPARE(call("POST", "client/prepareform/" + form,
                      example("client-prepareform-post.request.json"), nullptr, enduser)
                     .status,
                 201);
        QCOMPARE(call("POST", "client/answerfiles", example("client-answerfiles-post.request.json"),
                      nullptr, enduser)
                     .status,
                 201);
        const RawAnswer inProgress =
            call("POST", "client/inprogressanswerfiles",
                 example("client-inprogressanswerfiles-post.request.json"), nullptr, enduser);
        QCOMPARE(inProgress.status, 201);
        QCOMPARE(rawExchange(
                     m_sim->baseUrl(),
                     rawRequest(
                         "PATCH", QUrl::fromEncoded(inProgress.header("Location")).path().toUtf8(),
                         example("client-inprogressanswerfiles-patch.request.json"), enduser))
                     .status,
                 204);
        // The import brings the project the export names.
        QCOMPARE(call("POST", "projects/sync/import",
                      example("admin-projects-sync-import-post.request.json"))
                     .status,
                 204);
        QCOMPARE(call("POST", "projects/sync/export",
                      example("admin-projects-sync-export-post.request.json"))
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(SimStrictTest)
#include "tst_sim_strict.moc"
