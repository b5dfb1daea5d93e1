// Projects on the emulator: packages are real ZIPs, the import/export round trip, overwrite and
// copy rules, bad packages, rename/delete, published projects, the vendor's sync bodies.
#include "api/DownloadJob.h"
#include "formats/Docx.h"
#include "formats/ProjectPackage.h"
#include "formats/Zip.h"
#include "RunJob.h"
#include "sim/SimProjects.h"
#include "SimFixture.h"
#include "TestRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class SimProjectsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;

    DownloadJob *send(QByteArray method, QByteArray path, QByteArray body = {},
                      Session *as = nullptr)
    {
        return sendRequest(as ? as : m_admin.get(), std::move(method), path, std::move(body), this);
    }
    static QByteArray example(const char *name) { return exampleBody(QString::fromLatin1(name)); }
    static QByteArray importBody(const QByteArray &package, QJsonObject extra = {})
    {
        extra.insert("ixpkg"_L1, QString::fromLatin1(package.toBase64()));
        return QJsonDocument(extra).toJson(QJsonDocument::Compact);
    }
    QJsonObject projectNamed(const QString &name)
    {
        return storedDocument(*m_sim->server, u"projects"_s, u"name"_s, name);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(20);
        m_admin = m_sim->signedInSession();
    }

    void seededProjectsLookReal()
    {
        const QJsonArray projects =
            send("GET", "projects")->json().object().value("projects"_L1).toArray();
        QVERIFY(projects.size() >= 28);
        QSet<QString> types;
        for (const auto &p : projects) {
            const QJsonObject o = p.toObject();
            for (const char *key :
                 {"id", "name", "version", "modifiedUtc", "modifiedBy", "folderName", "type"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            types << o.value("type"_L1).toString();
            QVERIFY(send("GET", "projects/" + o.value("id"_L1).toString().toUtf8() + "/history")
                        ->json()
                        .object()
                        .value("versions"_L1)
                        .toArray()
                        .size() >= 2);
        }
        QCOMPARE(types, (QSet<QString>{u"Form"_s, u"Content"_s, u"Fragment"_s}));
        // Paging as for every list.
        auto *page = send("GET", "projects?$top=10&$skip=10");
        QCOMPARE(page->json().object().value("projects"_L1).toArray().size(), 10);
        QVERIFY(page->json().object().contains("@nextLink"_L1));
    }

    void exportIsARealPackage()
    {
        const QJsonObject motor = projectNamed(u"Motor Claim"_s);
        auto *job = send("GET", "projects/" + motor.value("id"_L1).toString().toUtf8() + "/export");
        QCOMPARE(job->httpStatus(), 200);
        QCOMPARE(job->rawHeader("Content-Type"), QByteArray("application/zip"));
        QCOMPARE(job->suggestedFileName(),
                 u"Motor Claim v%1.ixpkg"_s.arg(motor.value("version"_L1).toString()));
        const auto contents = ProjectPackage::inspect(job->body());
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.size(), 1);
        QCOMPARE(contents.projects.at(0).name, u"Motor Claim"_s);
        QCOMPARE(contents.projects.at(0).version, motor.value("version"_L1).toString());
        QString error;
        const auto full = ProjectPackage::readAll(job->body(), &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->at(0).definition.startsWith(u"<Intelledox_TemplateFile"_s));
        QCOMPARE(full->at(0).documents.size(), 1);
        const auto text = Docx::paragraphs(full->at(0).documents.at(0).docx);
        QVERIFY(text && text->contains(u"claimNumber: {{claimNumber}}"_s));
        // An older version exports its own bytes.
        auto *first = send("GET", "projects/" + motor.value("id"_L1).toString().toUtf8() +
                                      "/history/1.0/export");
        QCOMPARE(ProjectPackage::inspect(first->body()).projects.at(0).version, u"1.0"_s);
        QCOMPARE(send("GET", "projects/" + motor.value("id"_L1).toString().toUtf8() +
                                 "/history/99.0/export")
                     ->httpStatus(),
                 404);
    }

    void importRoundTripAsACopyAndAsAnOverwrite()
    {
        const QJsonObject home = projectNamed(u"Home Claim"_s);
        const QByteArray id = home.value("id"_L1).toString().toUtf8();
        const QByteArray exported = send("GET", "projects/" + id + "/export")->body();
        // Same GUID, no overwrite: 409 naming the project; nothing changes.
        const size_t before = m_sim->server->store().documents(u"projects"_s).size();
        auto *clash = send("POST", "projects", importBody(exported));
        QCOMPARE(clash->httpStatus(), 409);
        QVERIFY(clash->error().serverMessage().contains(u"Home Claim"_s));
        QCOMPARE(m_sim->server->store().documents(u"projects"_s).size(), before);
        // As a copy: a new name for the package's project.
        auto *copy = send(
            "POST", "projects",
            importBody(exported, {{"projects"_L1,
                                   QJsonArray{QJsonObject{{"id"_L1, QString::fromUtf8(id)},
                                                          {"name"_L1, u"Home Claim (copy)"_s}}}},
                                  {"folderName"_L1, u"Archive"_s},
                                  {"comment"_L1, u"Copied for testing"_s}}));
        QCOMPARE(copy->httpStatus(), 201);
        const QJsonObject made =
            copy->json().object().value("projects"_L1).toArray().at(0).toObject();
        QVERIFY(made.value("id"_L1).toString().toUtf8() != id);
        QCOMPARE(made.value("folderName"_L1).toString(), u"Archive"_s);
        QCOMPARE(made.value("version"_L1).toString(), u"1.0"_s);
        const QByteArray again =
            send("GET", "projects/" + made.value("id"_L1).toString().toUtf8() + "/export")->body();
        QString error;
        QCOMPARE(ProjectPackage::readAll(again, &error)->at(0).definition,
                 ProjectPackage::readAll(exported, &error)->at(0).definition);
        QCOMPARE(ProjectPackage::readAll(again, &error)->at(0).documents.at(0).docx,
                 ProjectPackage::readAll(exported, &error)->at(0).documents.at(0).docx);
        // Overwrite: a new major version with the comment, in the history.
        auto *over = send(
            "POST", "projects",
            importBody(exported, {{"overwriteProjects"_L1, true}, {"comment"_L1, u"Restored"_s}}));
        QCOMPARE(over->httpStatus(), 201);
        const QJsonArray history = send("GET", "projects/" + id + "/history")
                                       ->json()
                                       .object()
                                       .value("versions"_L1)
                                       .toArray();
        QCOMPARE(history.at(0).toObject().value("comment"_L1).toString(), u"Restored"_s);
        QVERIFY(history.at(0).toObject().value("version"_L1).toString().endsWith(u".0"_s));
        QCOMPARE(history.at(0).toObject().value("modifiedBy"_L1).toString(), u"admin"_s);
    }

    // The vendor's real packages (and one written the .NET way by a script): imported with every
    // project they hold, listed with name, version and kind, exported with the same files, and
    // imported again.
    void realPackagesImportExportAndComeBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("DocuSign Baseline")
            << u"vendor-packages/DocuSign Baseline Project.ixpkg"_s
            << QStringList{u"DocuSign Baseline Project"_s, u"PF_PersonalInformation"_s}
            << QStringList{u"6.0"_s, u"1.3"_s} << QStringList{u"Content"_s, u"Fragment"_s};
        QTest::newRow("Generate-AnswerLabels")
            << u"vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s
            << QStringList{u"Generate-AnswerLabels (NamedValuePairs)"_s} << QStringList{u"5.0"_s}
            << QStringList{u"Content"_s};
        QTest::newRow(".NET style")
            << u"zip/dotnet-style.ixpkg"_s
            << QStringList{u"Claim Lodgement (.NET)"_s, u"PF_Claimant"_s, u"Mystery Project"_s}
            << QStringList{u"5.0"_s, u"1.3"_s, u"0.4"_s}
            << QStringList{u"Content"_s, u"Fragment"_s, u"7"_s};
    }

    void realPackagesImportExportAndComeBack()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QStringList, versions);
        QFETCH(QStringList, types);
        SimFixture sim(5); // its own emulator: the seed's sync tests create one of these projects
        auto admin = sim.signedInSession();
        auto call = [&](QByteArray method, QByteArray path, QByteArray body = {}) {
            return sendRequest(admin.get(), std::move(method), path, std::move(body), this);
        };
        QFile f(QStringLiteral(INFINITI_FIXTURES_DIR "/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        auto *imported =
            call("POST", "projects", importBody(original, {{"comment"_L1, u"From the vendor"_s}}));
        QVERIFY2(imported->httpStatus() == 201, imported->body().left(300).constData());
        const QJsonArray made = imported->json().object().value("projects"_L1).toArray();
        QCOMPARE(made.size(), names.size());
        const auto inspected = ProjectPackage::inspect(original);
        for (int i = 0; i < names.size(); ++i) {
            const QJsonObject listed =
                storedDocument(*sim.server, u"projects"_s, u"name"_s, names.at(i));
            QCOMPARE(listed.value("id"_L1).toString(), inspected.projects.at(i).id);
            QCOMPARE(listed.value("version"_L1).toString(), versions.at(i));
            QCOMPARE(listed.value("type"_L1).toString(), types.at(i));
            auto *got = call("GET", "projects/" + listed.value("id"_L1).toString().toUtf8());
            QCOMPARE(got->json().object().value("name"_L1).toString(), names.at(i));
        }

        // The first project's export: the files it came with, byte for byte, its fragments too.
        const QByteArray formId = inspected.projects.at(0).id.toUtf8();
        auto *exported = call("GET", "projects/" + formId + "/export");
        QCOMPARE(exported->httpStatus(), 200);
        const QByteArray back = exported->body();
        const auto again = ProjectPackage::inspect(back);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.projects.at(0).name, names.at(0));
        QCOMPARE(again.projects.at(0).version, versions.at(0));
        QCOMPARE(again.projects.at(0).typeNumber, inspected.projects.at(0).typeNumber);
        const Zip::Reader before(original), after(back);
        QString error;
        for (const Zip::Entry &e : before.entries()) {
            if (e.name == "projects.xml"_L1)
                continue;
            const bool ofTheExportedProjects =
                std::any_of(again.projects.cbegin(), again.projects.cend(), [&](const auto &p) {
                    return e.name.contains(p.id, Qt::CaseInsensitive);
                });
            if (!ofTheExportedProjects && e.name.contains(u"0c6f1a52"_s))
                continue; // the .NET fixture's third project is no fragment of its form
            const auto bytes = after.read(e.name, &error);
            QVERIFY2(bytes, qPrintable(e.name + u": "_s + error));
            QVERIFY2(*bytes == *before.read(e, &error), qPrintable(e.name));
        }
        if (names.size() > 1 && file.contains(u"DocuSign"_s))
            QCOMPARE(again.projects.size(), 2); // the form with the page fragment it uses

        // And in again, over itself: a new major version of each, nothing lost.
        auto *over = call("POST", "projects", importBody(back, {{"overwriteProjects"_L1, true}}));
        QVERIFY2(over->httpStatus() == 201, over->body().left(300).constData());
        const QJsonObject form = storedDocument(*sim.server, u"projects"_s, u"name"_s, names.at(0));
        QCOMPARE(form.value("version"_L1).toString(),
                 u"%1.0"_s.arg(versions.at(0).section(QLatin1Char('.'), 0, 0).toInt() + 1));
        QCOMPARE(form.value("type"_L1).toString(), types.at(0));
        const QByteArray third = call("GET", "projects/" + formId + "/export")->body();
        QString why;
        QCOMPARE(ProjectPackage::read(third, &why)->projects.at(0).definitionBytes,
                 ProjectPackage::read(original, &why)->projects.at(0).definitionBytes);
    }

    void aRealFormGeneratesItsDocument()
    {
        SimFixture sim(5);
        auto admin = sim.signedInSession();
        QFile f(QStringLiteral(INFINITI_FIXTURES_DIR
                               "/vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(sendRequest(admin.get(), "POST", "projects", importBody(f.readAll()), this)
                     ->httpStatus(),
                 201);
        const QString folder =
            sim.server->store().documents(u"publishfolders"_s).front().value("id"_L1).toString();
        auto *published = sendRequest(
            admin.get(), "POST", "publishedprojects",
            QJsonDocument(QJsonObject{{"folderId"_L1, folder},
                                      {"projectId"_L1, u"74f3d62e-b2ad-4934-9b08-2feaf499c575"_s}})
                .toJson(),
            this);
        QCOMPARE(published->httpStatus(), 201);
        const QByteArray publishId = published->json().object().value("id"_L1).toString().toUtf8();
        auto *started = sendRequest(
            admin.get(), "POST", "generate/" + publishId,
            "{\"values\":{\"transactionId\":\"T-42\",\"username\":\"jo\",\"firstName\":\"Jo\","
            "\"surname\":\"Citizen\"}}",
            this, ApiModule::Client);
        QCOMPARE(started->httpStatus(), 202);
        // The template's runs "{{", "aaa", "}}" are the placeholder of the answer labelled
        // transactionId.
        QJsonObject output;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(output = sim.server->store().documents(u"generatedOutputs"_s).empty()
                           ? QJsonObject()
                           : sim.server->store().documents(u"generatedOutputs"_s).back())
                 .isEmpty(),
            5000);
        const QByteArray text = QByteArray::fromBase64(output.value("files"_L1)
                                                           .toArray()
                                                           .at(1)
                                                           .toObject()
                                                           .value("base64"_L1)
                                                           .toString()
                                                           .toLatin1());
        QCOMPARE(text, QByteArray("Heading\nT-42\njo\nJo\nCitizen\n"));
    }

    void badPackagesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("not base64") << QByteArray("{\"ixpkg\":\"***\"}") << 400 << u"Base64"_s;
        QTest::newRow("not a zip")
            << importBody("just text, not a package") << 400 << u"not a ZIP"_s;
        Zip::Writer noList;
        noList.add(u"readme.txt"_s, "hello");
        QTest::newRow("no projects.xml") << importBody(noList.finish()) << 400 << u"projects.xml"_s;
        Zip::Writer badXml;
        badXml.add(u"projects.xml"_s, "<Projects><Project Guid=\"x\"");
        QTest::newRow("broken projects.xml")
            << importBody(badXml.finish()) << 400 << u"well-formed"_s;
        Zip::Writer noDefinition;
        noDefinition.add(u"projects.xml"_s,
                         "<Projects><Project Guid=\"11111111-2222-3333-4444-555555555555\" "
                         "Name=\"X\"/></Projects>");
        QTest::newRow("no definition")
            << importBody(noDefinition.finish()) << 400 << u"definition"_s;
        QByteArray cut = ProjectPackage::build(
            {{{u"11111111-2222-3333-4444-555555555555"_s, u"Cut"_s, u"Content"_s, u"1.0"_s, {}},
              u"<Intelledox_TemplateFile/>"_s,
              {}}});
        cut.chop(30);
        QTest::newRow("truncated zip") << importBody(cut) << 400 << u"ZIP"_s;
        QTest::newRow("no package")
            << QByteArray("{\"comment\":\"x\"}") << 400 << u"import request"_s;
        QTest::newRow("wrong types")
            << QByteArray("{\"ixpkg\":\"eA==\",\"overwriteProjects\":\"yes\"}") << 400
            << u"import request"_s;
        QTest::newRow("unknown folder")
            << importBody("x", {{"folderName"_L1, u"Nowhere"_s}}) << 400 << u"import request"_s;
    }

    void badPackagesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, says);
        const size_t before = m_sim->server->store().documents(u"projects"_s).size();
        auto *job = send("POST", "projects", body);
        QCOMPARE(job->httpStatus(), status);
        QVERIFY2(job->error().serverMessage().contains(says, Qt::CaseInsensitive),
                 qPrintable(job->error().serverMessage()));
        QCOMPARE(m_sim->server->store().documents(u"projects"_s).size(), before);
    }

    void renameAndDelete()
    {
        const QJsonObject p = projectNamed(u"Complaint Response"_s);
        const QByteArray id = p.value("id"_L1).toString().toUtf8();
        QCOMPARE(send("PATCH", "projects/" + id, "{\"name\":\"\"}")->httpStatus(), 400);
        QCOMPARE(send("PATCH", "projects/" + id, "{\"name\":\"policy schedule\"}")->httpStatus(),
                 409);
        auto *renamed = send("PATCH", "projects/" + id, "{\"name\":\"Complaint Reply\"}");
        QCOMPARE(renamed->httpStatus(), 200);
        QCOMPARE(renamed->json().object().value("name"_L1).toString(), u"Complaint Reply"_s);
        QCOMPARE(renamed->json().object().value("version"_L1), p.value("version"_L1));
        // Deleting a published project un-publishes it.
        const QJsonObject motor = projectNamed(u"Motor Quote"_s);
        const QByteArray motorId = motor.value("id"_L1).toString().toUtf8();
        QVERIFY(!send("GET", "projects/" + motorId)
                     ->json()
                     .object()
                     .value("publishedIn"_L1)
                     .toArray()
                     .isEmpty());
        QCOMPARE(send("DELETE", "projects/" + motorId)->httpStatus(), 204);
        QCOMPARE(send("GET", "projects/" + motorId)->httpStatus(), 404);
        QCOMPARE(send("GET", "publishedprojects?projectId=" + motorId)
                     ->json()
                     .object()
                     .value("publishedProjects"_L1)
                     .toArray()
                     .size(),
                 0);
    }

    void publishedProjects()
    {
        const QJsonArray folders =
            send("GET", "publishfolders")->json().object().value("publishFolders"_L1).toArray();
        const QString partners = [&] {
            for (const auto &f : folders) {
                if (f.toObject().value("name"_L1).toString() == "Partners"_L1)
                    return f.toObject().value("id"_L1).toString();
            }
            return QString();
        }();
        const QString letter = projectNamed(u"Policy Schedule"_s).value("id"_L1).toString();
        auto *made =
            send("POST", "publishedprojects",
                 QJsonDocument(QJsonObject{{"folderId"_L1, partners}, {"projectId"_L1, letter}})
                     .toJson());
        QCOMPARE(made->httpStatus(), 201);
        const QJsonObject o = made->json().object();
        QCOMPARE(o.value("projectName"_L1).toString(), u"Policy Schedule"_s);
        QCOMPARE(o.value("folderName"_L1).toString(), u"Partners"_s);
        QVERIFY(o.value("options"_L1).toObject().contains("allowSave"_L1));
        QCOMPARE(
            send("POST", "publishedprojects",
                 QJsonDocument(QJsonObject{{"folderId"_L1, partners}, {"projectId"_L1, letter}})
                     .toJson())
                ->httpStatus(),
            400);
        QCOMPARE(send("POST", "publishedprojects", "{\"folderId\":\"nope\",\"projectId\":\"nope\"}")
                     ->httpStatus(),
                 400);
        const QByteArray publishId = o.value("id"_L1).toString().toUtf8();
        QJsonObject options = o.value("options"_L1).toObject();
        options.insert("allowPreview"_L1, true);
        auto *patched = send("PATCH", "publishedprojects/" + publishId,
                             QJsonDocument(QJsonObject{{"options"_L1, options}}).toJson());
        QCOMPARE(patched->json()
                     .object()
                     .value("options"_L1)
                     .toObject()
                     .value("allowPreview"_L1)
                     .toBool(),
                 true);
        QCOMPARE(send("GET", "publishedprojects?folderId=" + partners.toUtf8())
                         ->json()
                         .object()
                         .value("publishedProjects"_L1)
                         .toArray()
                         .size() >= 1,
                 true);
        QCOMPARE(send("DELETE", "publishedprojects/" + publishId)->httpStatus(), 204);
    }

    void contentFoldersListChildrenOnRequest()
    {
        const QJsonArray roots = send("GET", "contentfolders?parentId=")
                                     ->json()
                                     .object()
                                     .value("contentFolders"_L1)
                                     .toArray();
        QStringList names;
        for (const auto &f : roots)
            names << f.toObject().value("name"_L1).toString();
        QCOMPARE(names, (QStringList{u"Archive"_s, u"Forms"_s, u"Templates"_s}));
        for (const auto &f : roots) {
            if (f.toObject().value("name"_L1).toString() == "Forms"_L1) {
                QCOMPARE(f.toObject().value("childCount"_L1).toInt(), 3);
                const QJsonArray children =
                    send("GET", "contentfolders?parentId=" +
                                    f.toObject().value("id"_L1).toString().toUtf8())
                        ->json()
                        .object()
                        .value("contentFolders"_L1)
                        .toArray();
                QCOMPARE(children.size(), 3);
            }
        }
    }

    void syncPacksCarryTheLibraryItemsTheirProjectsUse()
    {
        const auto exportOf = [this](const QString &projectName) {
            const QString id = projectNamed(projectName).value("id"_L1).toString();
            auto *job = send(
                "POST", "projects/sync/export",
                QJsonDocument(QJsonObject{{"projects"_L1, QJsonArray{QJsonObject{{"id"_L1, id}}}}})
                    .toJson());
            return job->json().object();
        };
        const auto libraryItem = [this](const QString &name) {
            return storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, name);
        };
        // A letter uses the logo, a signature and the disclaimer: all three travel with it, files
        // and all.
        const QJsonObject pack = exportOf(u"Claim Decline Letter"_s);
        QStringList names;
        for (const auto &v : pack.value("contentLibraryItems"_L1).toArray()) {
            const QJsonObject item = v.toObject();
            names << item.value("name"_L1).toString();
            QCOMPARE(item.value("binary"_L1).toString(),
                     libraryItem(names.constLast()).value("binary"_L1).toString());
            QVERIFY(!item.value("binary"_L1).toString().isEmpty());
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"Company logo"_s, u"Disclaimer"_s,
                                     u"Signature - Claims Manager"_s}));
        QVERIFY(exportOf(u"Motor Claim"_s)
                    .value("contentLibraryItems"_L1)
                    .toArray()
                    .isEmpty()); // uses none

        // Deleted here, brought back by the pack: only what is missing, with a version in its
        // history.
        const QJsonObject disclaimer = libraryItem(u"Disclaimer"_s);
        const QByteArray disclaimerId = disclaimer.value("id"_L1).toString().toUtf8();
        QCOMPARE(send("DELETE", "contentlibrary/" + disclaimerId)->httpStatus(), 204);
        QVERIFY(libraryItem(u"Disclaimer"_s).isEmpty());
        QJsonObject again = pack;
        again.insert("options"_L1, QJsonObject{{"contentLibraryItems"_L1, u"IfNotExists"_s}});
        auto *imported = send("POST", "projects/sync/import", QJsonDocument(again).toJson());
        QCOMPARE(imported->httpStatus(), 200);
        const QJsonObject tally = imported->json()
                                      .object()
                                      .value("summary"_L1)
                                      .toObject()
                                      .value("contentLibraryItems"_L1)
                                      .toObject();
        QCOMPARE(tally.value("created"_L1).toInt(), 1);
        QCOMPARE(tally.value("skipped"_L1).toInt(), 2);
        QCOMPARE(libraryItem(u"Disclaimer"_s).value("binary"_L1), disclaimer.value("binary"_L1));
        auto *history = send("GET", "contentlibrary/" + disclaimerId + "/history");
        QCOMPARE(history->httpStatus(), 200);
        QVERIFY2(history->body().contains("Imported from a sync package"),
                 history->body().left(300).constData());

        // A pack without connection strings, applied with Always, leaves the target's alone.
        const QJsonObject source = m_sim->server->store().documents(u"datasources"_s).front();
        QVERIFY(!source.value("connectionString"_L1).toString().isEmpty());
        auto *bare = send(
            "POST", "projects/sync/export",
            QJsonDocument(QJsonObject{{"projects"_L1, QJsonArray()},
                                      {"options"_L1, QJsonObject{{"connectionStrings"_L1, false},
                                                                 {"defaultData"_L1, false}}}})
                .toJson());
        QJsonObject barePack = bare->json().object();
        QVERIFY(!barePack.value("dataSources"_L1).toArray().isEmpty());
        barePack.insert("options"_L1, QJsonObject{{"dataSources"_L1, u"Always"_s}});
        QCOMPARE(
            send("POST", "projects/sync/import", QJsonDocument(barePack).toJson())->httpStatus(),
            200);
        const QJsonObject after = m_sim->server->store().documents(u"datasources"_s).front();
        QCOMPARE(after.value("connectionString"_L1), source.value("connectionString"_L1));
        QCOMPARE(after.value("defaultData"_L1), source.value("defaultData"_L1));
    }

    void vendorSyncBodiesAreAccepted()
    {
        auto *exported = send("POST", "projects/sync/export",
                              example("admin-projects-sync-export-post.request.json"));
        QVERIFY2(exported->httpStatus() == 200 || exported->httpStatus() == 400,
                 exported->body().left(200).constData());
        // The vendor's export names its own project ids, which this server does not have.
        if (exported->httpStatus() == 400)
            QVERIFY(exported->error().serverMessage().contains(u"No project"_s));
        auto *imported = send("POST", "projects/sync/import",
                              example("admin-projects-sync-import-post.request.json"));
        QCOMPARE(imported->httpStatus(), 200);
        const QJsonObject summary = imported->json().object().value("summary"_L1).toObject();
        // The seed has the vendor's sample project (its examples name it), so one is an update.
        QCOMPARE(summary.value("projects"_L1).toObject().value("created"_L1).toInt() +
                     summary.value("projects"_L1).toObject().value("updated"_L1).toInt(),
                 2);
        QVERIFY(projectNamed(u"Generate-AnswerLabels (NamedValuePairs)"_s).contains("id"_L1));
        // Our own export feeds an import: same definition back.
        const QString id = projectNamed(u"Travel Claim"_s).value("id"_L1).toString();
        auto *ours = send(
            "POST", "projects/sync/export",
            QJsonDocument(QJsonObject{{"projects"_L1, QJsonArray{QJsonObject{{"id"_L1, id}}}},
                                      {"options"_L1, QJsonObject{{"users"_L1, false},
                                                                 {"connectionStrings"_L1, false}}}})
                .toJson());
        QCOMPARE(ours->httpStatus(), 200);
        const QJsonObject pack = ours->json().object();
        QCOMPARE(pack.value("projects"_L1).toArray().size(), 1);
        QCOMPARE(pack.value("users"_L1).toArray().size(), 0);
        for (const auto &s : pack.value("dataSources"_L1).toArray())
            QVERIFY(s.toObject().value("connectionString"_L1).toString().isEmpty());
        auto *back = send("POST", "projects/sync/import", QJsonDocument(pack).toJson());
        QCOMPARE(back->httpStatus(), 200);
        QCOMPARE(back->json()
                     .object()
                     .value("summary"_L1)
                     .toObject()
                     .value("projects"_L1)
                     .toObject()
                     .value("updated"_L1)
                     .toInt(),
                 1);
        QCOMPARE(send("POST", "projects/sync/import", "{\"options\":{\"projects\":\"Sometimes\"}}")
                     ->httpStatus(),
                 400);
    }

    void permissions()
    {
        auto user = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
        QCOMPARE(send("GET", "projects", {}, user.get())->httpStatus(), 403);
        QCOMPARE(send("GET", "publishedprojects", {}, user.get())->httpStatus(), 403);
    }
};

QTEST_GUILESS_MAIN(SimProjectsTest)
#include "tst_sim_projects.moc"
