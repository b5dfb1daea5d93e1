// Projects on the emulator: packages are real ZIPs, the import/export round trip, overwrite and
// copy rules, bad packages, rename/delete, published projects, the vendor's sync bodies.
#include "formats/Docx.h"
#include "api/DownloadJob.h"
#include "formats/ProjectPackage.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "TestRequests.h"
#include "sim/SimProjects.h"
#include "formats/Zip.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

namespace {
using L = QLatin1StringView;
}

class SimProjectsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;

    DownloadJob *send(QByteArray method, QByteArray path, QByteArray body = {}, Session *as = nullptr)
    {
        return sendRequest(as ? as : m_admin.get(), std::move(method), path, std::move(body), this);
    }
    static QByteArray example(const char *name) { return exampleBody(QString::fromLatin1(name)); }
    static QByteArray importBody(const QByteArray &package, QJsonObject extra = {})
    {
        extra.insert(L("ixpkg"), QString::fromLatin1(package.toBase64()));
        return QJsonDocument(extra).toJson(QJsonDocument::Compact);
    }
    QJsonObject projectNamed(const QString &name)
    {
        return storedDocument(*m_sim->server, QStringLiteral("projects"), QStringLiteral("name"), name);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(20);
        m_admin = m_sim->signedInSession();
    }

    void seededProjectsLookReal()
    {
        const QJsonArray projects = send("GET", "projects")->json().object().value(L("projects")).toArray();
        QVERIFY(projects.size() >= 28);
        QSet<QString> types;
        for (const auto &p : projects) {
            const QJsonObject o = p.toObject();
            for (const char *key : {"id", "name", "version", "modifiedUtc", "modifiedBy", "folderName", "type"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            types << o.value(L("type")).toString();
            QVERIFY(send("GET", "projects/" + o.value(L("id")).toString().toUtf8() + "/history")
                        ->json().object().value(L("versions")).toArray().size() >= 2);
        }
        QCOMPARE(types, (QSet<QString>{QStringLiteral("Form"), QStringLiteral("Content"), QStringLiteral("Fragment")}));
        // Paging as for every list.
        auto *page = send("GET", "projects?$top=10&$skip=10");
        QCOMPARE(page->json().object().value(L("projects")).toArray().size(), 10);
        QVERIFY(page->json().object().contains(L("@nextLink")));
    }

    void exportIsARealPackage()
    {
        const QJsonObject motor = projectNamed(QStringLiteral("Motor Claim"));
        auto *job = send("GET", "projects/" + motor.value(L("id")).toString().toUtf8() + "/export");
        QCOMPARE(job->httpStatus(), 200);
        QCOMPARE(job->rawHeader("Content-Type"), QByteArray("application/zip"));
        QCOMPARE(job->suggestedFileName(), QStringLiteral("Motor Claim v%1.ixpkg").arg(motor.value(L("version")).toString()));
        const auto contents = ProjectPackage::inspect(job->body());
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.size(), 1);
        QCOMPARE(contents.projects.at(0).name, QStringLiteral("Motor Claim"));
        QCOMPARE(contents.projects.at(0).version, motor.value(L("version")).toString());
        QString error;
        const auto full = ProjectPackage::readAll(job->body(), &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->at(0).definition.startsWith(QStringLiteral("<Intelledox_TemplateFile")));
        QCOMPARE(full->at(0).documents.size(), 1);
        const auto text = Docx::paragraphs(full->at(0).documents.at(0).docx);
        QVERIFY(text && text->contains(QStringLiteral("claimNumber: {{claimNumber}}")));
        // An older version exports its own bytes.
        auto *first = send("GET", "projects/" + motor.value(L("id")).toString().toUtf8() + "/history/1.0/export");
        QCOMPARE(ProjectPackage::inspect(first->body()).projects.at(0).version, QStringLiteral("1.0"));
        QCOMPARE(send("GET", "projects/" + motor.value(L("id")).toString().toUtf8() + "/history/99.0/export")->httpStatus(), 404);
    }

    void importRoundTripAsACopyAndAsAnOverwrite()
    {
        const QJsonObject home = projectNamed(QStringLiteral("Home Claim"));
        const QByteArray id = home.value(L("id")).toString().toUtf8();
        const QByteArray exported = send("GET", "projects/" + id + "/export")->body();
        // Same GUID, no overwrite: 409 naming the project; nothing changes.
        const size_t before = m_sim->server->store().documents(QStringLiteral("projects")).size();
        auto *clash = send("POST", "projects", importBody(exported));
        QCOMPARE(clash->httpStatus(), 409);
        QVERIFY(clash->error().serverMessage().contains(QStringLiteral("Home Claim")));
        QCOMPARE(m_sim->server->store().documents(QStringLiteral("projects")).size(), before);
        // As a copy: a new name for the package's project.
        auto *copy = send("POST", "projects",
                          importBody(exported, {{L("projects"), QJsonArray{QJsonObject{{L("id"), QString::fromUtf8(id)},
                                                                                       {L("name"), QStringLiteral("Home Claim (copy)")}}}},
                                                {L("folderName"), QStringLiteral("Archive")},
                                                {L("comment"), QStringLiteral("Copied for testing")}}));
        QCOMPARE(copy->httpStatus(), 201);
        const QJsonObject made = copy->json().object().value(L("projects")).toArray().at(0).toObject();
        QVERIFY(made.value(L("id")).toString().toUtf8() != id);
        QCOMPARE(made.value(L("folderName")).toString(), QStringLiteral("Archive"));
        QCOMPARE(made.value(L("version")).toString(), QStringLiteral("1.0"));
        const QByteArray again = send("GET", "projects/" + made.value(L("id")).toString().toUtf8() + "/export")->body();
        QString error;
        QCOMPARE(ProjectPackage::readAll(again, &error)->at(0).definition, ProjectPackage::readAll(exported, &error)->at(0).definition);
        QCOMPARE(ProjectPackage::readAll(again, &error)->at(0).documents.at(0).docx,
                 ProjectPackage::readAll(exported, &error)->at(0).documents.at(0).docx);
        // Overwrite: a new major version with the comment, in the history.
        auto *over = send("POST", "projects", importBody(exported, {{L("overwriteProjects"), true}, {L("comment"), QStringLiteral("Restored")}}));
        QCOMPARE(over->httpStatus(), 201);
        const QJsonArray history = send("GET", "projects/" + id + "/history")->json().object().value(L("versions")).toArray();
        QCOMPARE(history.at(0).toObject().value(L("comment")).toString(), QStringLiteral("Restored"));
        QVERIFY(history.at(0).toObject().value(L("version")).toString().endsWith(QStringLiteral(".0")));
        QCOMPARE(history.at(0).toObject().value(L("modifiedBy")).toString(), QStringLiteral("admin"));
    }

    void badPackagesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("not base64") << QByteArray("{\"ixpkg\":\"***\"}") << 400 << QStringLiteral("Base64");
        QTest::newRow("not a zip") << importBody("just text, not a package") << 400 << QStringLiteral("not a ZIP");
        Zip::Writer noList;
        noList.add(QStringLiteral("readme.txt"), "hello");
        QTest::newRow("no projects.xml") << importBody(noList.finish()) << 400 << QStringLiteral("projects.xml");
        Zip::Writer badXml;
        badXml.add(QStringLiteral("projects.xml"), "<Projects><Project Guid=\"x\"");
        QTest::newRow("broken projects.xml") << importBody(badXml.finish()) << 400 << QStringLiteral("well-formed");
        Zip::Writer noDefinition;
        noDefinition.add(QStringLiteral("projects.xml"), "<Projects><Project Guid=\"11111111-2222-3333-4444-555555555555\" Name=\"X\"/></Projects>");
        QTest::newRow("no definition") << importBody(noDefinition.finish()) << 400 << QStringLiteral("definition");
        QByteArray cut = ProjectPackage::build({{{QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("Cut"),
                                                  QStringLiteral("Content"), QStringLiteral("1.0"), {}},
                                                 QStringLiteral("<Intelledox_TemplateFile/>"), {}}});
        cut.chop(30);
        QTest::newRow("truncated zip") << importBody(cut) << 400 << QStringLiteral("ZIP");
        QTest::newRow("no package") << QByteArray("{\"comment\":\"x\"}") << 400 << QStringLiteral("import request");
        QTest::newRow("wrong types") << QByteArray("{\"ixpkg\":\"eA==\",\"overwriteProjects\":\"yes\"}") << 400 << QStringLiteral("import request");
        QTest::newRow("unknown folder") << importBody("x", {{L("folderName"), QStringLiteral("Nowhere")}}) << 400 << QStringLiteral("import request");
    }

    void badPackagesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, says);
        const size_t before = m_sim->server->store().documents(QStringLiteral("projects")).size();
        auto *job = send("POST", "projects", body);
        QCOMPARE(job->httpStatus(), status);
        QVERIFY2(job->error().serverMessage().contains(says, Qt::CaseInsensitive), qPrintable(job->error().serverMessage()));
        QCOMPARE(m_sim->server->store().documents(QStringLiteral("projects")).size(), before);
    }

    void renameAndDelete()
    {
        const QJsonObject p = projectNamed(QStringLiteral("Complaint Response"));
        const QByteArray id = p.value(L("id")).toString().toUtf8();
        QCOMPARE(send("PATCH", "projects/" + id, "{\"name\":\"\"}")->httpStatus(), 400);
        QCOMPARE(send("PATCH", "projects/" + id, "{\"name\":\"policy schedule\"}")->httpStatus(), 409);
        auto *renamed = send("PATCH", "projects/" + id, "{\"name\":\"Complaint Reply\"}");
        QCOMPARE(renamed->httpStatus(), 200);
        QCOMPARE(renamed->json().object().value(L("name")).toString(), QStringLiteral("Complaint Reply"));
        QCOMPARE(renamed->json().object().value(L("version")), p.value(L("version")));
        // Deleting a published project un-publishes it.
        const QJsonObject motor = projectNamed(QStringLiteral("Motor Quote"));
        const QByteArray motorId = motor.value(L("id")).toString().toUtf8();
        QVERIFY(!send("GET", "projects/" + motorId)->json().object().value(L("publishedIn")).toArray().isEmpty());
        QCOMPARE(send("DELETE", "projects/" + motorId)->httpStatus(), 204);
        QCOMPARE(send("GET", "projects/" + motorId)->httpStatus(), 404);
        QCOMPARE(send("GET", "publishedprojects?projectId=" + motorId)->json().object().value(L("publishedProjects")).toArray().size(), 0);
    }

    void publishedProjects()
    {
        const QJsonArray folders = send("GET", "publishfolders")->json().object().value(L("publishFolders")).toArray();
        const QString partners = [&] {
            for (const auto &f : folders) {
                if (f.toObject().value(L("name")).toString() == QLatin1String("Partners"))
                    return f.toObject().value(L("id")).toString();
            }
            return QString();
        }();
        const QString letter = projectNamed(QStringLiteral("Policy Schedule")).value(L("id")).toString();
        auto *made = send("POST", "publishedprojects",
                          QJsonDocument(QJsonObject{{L("folderId"), partners}, {L("projectId"), letter}}).toJson());
        QCOMPARE(made->httpStatus(), 201);
        const QJsonObject o = made->json().object();
        QCOMPARE(o.value(L("projectName")).toString(), QStringLiteral("Policy Schedule"));
        QCOMPARE(o.value(L("folderName")).toString(), QStringLiteral("Partners"));
        QVERIFY(o.value(L("options")).toObject().contains(L("allowSave")));
        QCOMPARE(send("POST", "publishedprojects", QJsonDocument(QJsonObject{{L("folderId"), partners}, {L("projectId"), letter}}).toJson())->httpStatus(), 400);
        QCOMPARE(send("POST", "publishedprojects", "{\"folderId\":\"nope\",\"projectId\":\"nope\"}")->httpStatus(), 400);
        const QByteArray publishId = o.value(L("id")).toString().toUtf8();
        QJsonObject options = o.value(L("options")).toObject();
        options.insert(L("allowPreview"), true);
        auto *patched = send("PATCH", "publishedprojects/" + publishId, QJsonDocument(QJsonObject{{L("options"), options}}).toJson());
        QCOMPARE(patched->json().object().value(L("options")).toObject().value(L("allowPreview")).toBool(), true);
        QCOMPARE(send("GET", "publishedprojects?folderId=" + partners.toUtf8())->json().object().value(L("publishedProjects")).toArray().size() >= 1, true);
        QCOMPARE(send("DELETE", "publishedprojects/" + publishId)->httpStatus(), 204);
    }

    void contentFoldersListChildrenOnRequest()
    {
        const QJsonArray roots = send("GET", "contentfolders?parentId=")->json().object().value(L("contentFolders")).toArray();
        QStringList names;
        for (const auto &f : roots)
            names << f.toObject().value(L("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Archive"), QStringLiteral("Forms"), QStringLiteral("Templates")}));
        for (const auto &f : roots) {
            if (f.toObject().value(L("name")).toString() == QLatin1String("Forms")) {
                QCOMPARE(f.toObject().value(L("childCount")).toInt(), 3);
                const QJsonArray children = send("GET", "contentfolders?parentId=" + f.toObject().value(L("id")).toString().toUtf8())
                                                ->json().object().value(L("contentFolders")).toArray();
                QCOMPARE(children.size(), 3);
            }
        }
    }

    void syncPacksCarryTheLibraryItemsTheirProjectsUse()
    {
        const auto exportOf = [this](const QString &projectName) {
            const QString id = projectNamed(projectName).value(L("id")).toString();
            auto *job = send("POST", "projects/sync/export",
                             QJsonDocument(QJsonObject{{L("projects"), QJsonArray{QJsonObject{{L("id"), id}}}}}).toJson());
            return job->json().object();
        };
        const auto libraryItem = [this](const QString &name) {
            return storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"), name);
        };
        // A letter uses the logo, a signature and the disclaimer: all three travel with it, files and all.
        const QJsonObject pack = exportOf(QStringLiteral("Claim Decline Letter"));
        QStringList names;
        for (const auto &v : pack.value(L("contentLibraryItems")).toArray()) {
            const QJsonObject item = v.toObject();
            names << item.value(L("name")).toString();
            QCOMPARE(item.value(L("binary")).toString(), libraryItem(names.constLast()).value(L("binary")).toString());
            QVERIFY(!item.value(L("binary")).toString().isEmpty());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Company logo"), QStringLiteral("Disclaimer"), QStringLiteral("Signature - Claims Manager")}));
        QVERIFY(exportOf(QStringLiteral("Motor Claim")).value(L("contentLibraryItems")).toArray().isEmpty()); // uses none

        // Deleted here, brought back by the pack: only what is missing, with a version in its history.
        const QJsonObject disclaimer = libraryItem(QStringLiteral("Disclaimer"));
        const QByteArray disclaimerId = disclaimer.value(L("id")).toString().toUtf8();
        QCOMPARE(send("DELETE", "contentlibrary/" + disclaimerId)->httpStatus(), 204);
        QVERIFY(libraryItem(QStringLiteral("Disclaimer")).isEmpty());
        QJsonObject again = pack;
        again.insert(L("options"), QJsonObject{{L("contentLibraryItems"), QStringLiteral("IfNotExists")}});
        auto *imported = send("POST", "projects/sync/import", QJsonDocument(again).toJson());
        QCOMPARE(imported->httpStatus(), 200);
        const QJsonObject tally = imported->json().object().value(L("summary")).toObject().value(L("contentLibraryItems")).toObject();
        QCOMPARE(tally.value(L("created")).toInt(), 1);
        QCOMPARE(tally.value(L("skipped")).toInt(), 2);
        QCOMPARE(libraryItem(QStringLiteral("Disclaimer")).value(L("binary")), disclaimer.value(L("binary")));
        auto *history = send("GET", "contentlibrary/" + disclaimerId + "/history");
        QCOMPARE(history->httpStatus(), 200);
        QVERIFY2(history->body().contains("Imported from a sync package"), history->body().left(300).constData());

        // A pack without connection strings, applied with Always, leaves the target's alone.
        const QJsonObject source = m_sim->server->store().documents(QStringLiteral("datasources")).front();
        QVERIFY(!source.value(L("connectionString")).toString().isEmpty());
        auto *bare = send("POST", "projects/sync/export",
                          QJsonDocument(QJsonObject{{L("projects"), QJsonArray()},
                                                    {L("options"), QJsonObject{{L("connectionStrings"), false}, {L("defaultData"), false}}}})
                              .toJson());
        QJsonObject barePack = bare->json().object();
        QVERIFY(!barePack.value(L("dataSources")).toArray().isEmpty());
        barePack.insert(L("options"), QJsonObject{{L("dataSources"), QStringLiteral("Always")}});
        QCOMPARE(send("POST", "projects/sync/import", QJsonDocument(barePack).toJson())->httpStatus(), 200);
        const QJsonObject after = m_sim->server->store().documents(QStringLiteral("datasources")).front();
        QCOMPARE(after.value(L("connectionString")), source.value(L("connectionString")));
        QCOMPARE(after.value(L("defaultData")), source.value(L("defaultData")));
    }

    void vendorSyncBodiesAreAccepted()
    {
        auto *exported = send("POST", "projects/sync/export", example("admin-projects-sync-export-post.request.json"));
        QVERIFY2(exported->httpStatus() == 200 || exported->httpStatus() == 400, exported->body().left(200).constData());
        // The vendor's export names its own project ids, which this server does not have.
        if (exported->httpStatus() == 400)
            QVERIFY(exported->error().serverMessage().contains(QStringLiteral("No project")));
        auto *imported = send("POST", "projects/sync/import", example("admin-projects-sync-import-post.request.json"));
        QCOMPARE(imported->httpStatus(), 200);
        const QJsonObject summary = imported->json().object().value(L("summary")).toObject();
        // The seed has the vendor's sample project (its examples name it), so one is an update.
        QCOMPARE(summary.value(L("projects")).toObject().value(L("created")).toInt()
                     + summary.value(L("projects")).toObject().value(L("updated")).toInt(),
                 2);
        QVERIFY(projectNamed(QStringLiteral("Generate-AnswerLabels (NamedValuePairs)")).contains(L("id")));
        // Our own export feeds an import: same definition back.
        const QString id = projectNamed(QStringLiteral("Travel Claim")).value(L("id")).toString();
        auto *ours = send("POST", "projects/sync/export",
                          QJsonDocument(QJsonObject{{L("projects"), QJsonArray{QJsonObject{{L("id"), id}}}},
                                                    {L("options"), QJsonObject{{L("users"), false}, {L("connectionStrings"), false}}}})
                              .toJson());
        QCOMPARE(ours->httpStatus(), 200);
        const QJsonObject pack = ours->json().object();
        QCOMPARE(pack.value(L("projects")).toArray().size(), 1);
        QCOMPARE(pack.value(L("users")).toArray().size(), 0);
        for (const auto &s : pack.value(L("dataSources")).toArray())
            QVERIFY(s.toObject().value(L("connectionString")).toString().isEmpty());
        auto *back = send("POST", "projects/sync/import", QJsonDocument(pack).toJson());
        QCOMPARE(back->httpStatus(), 200);
        QCOMPARE(back->json().object().value(L("summary")).toObject().value(L("projects")).toObject().value(L("updated")).toInt(), 1);
        QCOMPARE(send("POST", "projects/sync/import", "{\"options\":{\"projects\":\"Sometimes\"}}")->httpStatus(), 400);
    }

    void permissions()
    {
        auto user = m_sim->signedInSession(QStringLiteral("enduser"), QStringLiteral("enduser"));
        QCOMPARE(send("GET", "projects", {}, user.get())->httpStatus(), 403);
        QCOMPARE(send("GET", "publishedprojects", {}, user.get())->httpStatus(), 403);
    }
};

QTEST_GUILESS_MAIN(SimProjectsTest)
#include "tst_sim_projects.moc"
