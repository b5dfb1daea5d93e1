// Custom fields, connector settings, communication templates, content/publish folders and the
// license on the emulator: vendor bodies accepted, rules of each collection, persistence.
#include "api/EntityJob.h"
#include "api/ListPageJob.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "sim/SimLicense.h"
#include "TestRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

class SimSettingsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;

    ApiJob *send(QByteArray method, const QByteArray &path, QByteArray body = {}, Session *as = nullptr)
    {
        return sendRequest(as ? as : m_admin.get(), std::move(method), path, std::move(body), this);
    }
    static QByteArray example(const char *name) { return exampleBody(QString::fromLatin1(name)); }
    QByteArray firstId(const QString &collection)
    {
        return m_sim->server->store().documents(collection).front().value(QLatin1StringView("id")).toString().toUtf8();
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(40);
        m_admin = m_sim->signedInSession();
    }

    void vendorExampleBodiesAreAccepted()
    {
        QCOMPARE(send("POST", "contentfolders", example("admin-contentfolders-post.request.json"))->httpStatus(), 201);
        const QByteArray folder = send("POST", "contentfolders", "{\"name\":\"For patching\"}")->json().object().value(QLatin1StringView("id")).toString().toUtf8();
        QCOMPARE(send("PATCH", "contentfolders/" + folder, example("admin-contentfolders-patch.request.json"))->httpStatus(), 200);
        QCOMPARE(send("POST", "customFields", example("admin-customfields-post.request.json"))->httpStatus(), 201);
        QCOMPARE(send("PATCH", "customFields/" + firstId(QStringLiteral("customFields")), example("admin-customfields-patch.request.json"))->httpStatus(), 200);
        QCOMPARE(send("PATCH", "connectorSettings/" + firstId(QStringLiteral("connectorSettings")), example("admin-connectorsettings-patch.request.json"))->httpStatus(), 200);
        // As in the vendor's collection: the PATCH (same name) goes to the template just made.
        ApiJob *made = send("POST", "communicationTemplates", example("admin-communicationtemplates-post.request.json"));
        QCOMPARE(made->httpStatus(), 201);
        const QByteArray templateId = made->json().object().value(QLatin1StringView("id")).toString().toUtf8();
        QCOMPARE(send("PATCH", "communicationTemplates/" + templateId, example("admin-communicationtemplates-patch.request.json"))->httpStatus(), 200);
    }

    void foldersNestAndKeepTheirTreeSound()
    {
        const auto idOf = [](ApiJob *job) { return job->json().object().value(QLatin1StringView("id")).toString().toUtf8(); };
        const QByteArray root = idOf(send("POST", "contentfolders", "{\"name\":\"Root A\",\"groups\":[\"Finance\"]}"));
        const QByteArray child = idOf(send("POST", "contentfolders", "{\"name\":\"Child\",\"parentId\":\"" + root + "\"}"));
        QVERIFY(!child.isEmpty());
        QCOMPARE(send("POST", "contentfolders", "{\"name\":\"child\",\"parentId\":\"" + root + "\"}")->httpStatus(), 409);
        QCOMPARE(send("POST", "contentfolders", "{\"name\":\"Child\"}")->httpStatus(), 201); // another parent: fine
        ApiJob *cycle = send("PATCH", "contentfolders/" + root, "{\"parentId\":\"" + child + "\"}");
        QCOMPARE(cycle->httpStatus(), 400);
        QVERIFY(cycle->error().fieldErrors().contains(QStringLiteral("parentId")));
        QCOMPARE(send("POST", "contentfolders", "{\"name\":\"Orphan\",\"parentId\":\"no-such-folder\"}")->httpStatus(), 400);
        ApiJob *busy = send("DELETE", "contentfolders/" + root);
        QCOMPARE(busy->httpStatus(), 400);
        QVERIFY(busy->error().serverMessage().contains(QStringLiteral("sub-folders")));
        QCOMPARE(send("DELETE", "contentfolders/" + child)->httpStatus(), 204);
        QCOMPARE(send("DELETE", "contentfolders/" + root)->httpStatus(), 204);
        QCOMPARE(send("POST", "publishfolders", "{\"name\":\"Customer Forms\"}")->httpStatus(), 409);
        QCOMPARE(send("POST", "contentfolders", "{\"groups\":[]}")->httpStatus(), 400);
    }

    void eachCollectionOffersOnlyItsVerbs()
    {
        QCOMPARE(send("DELETE", "customFields/" + firstId(QStringLiteral("customFields")))->httpStatus(), 405);
        QCOMPARE(send("POST", "connectorSettings", "{\"value\":\"x\"}")->httpStatus(), 405);
        QCOMPARE(send("PATCH", "connectorSettings/" + firstId(QStringLiteral("connectorSettings")), "{\"value\":42}")->httpStatus(), 400);
        QCOMPARE(send("POST", "communicationTemplates", "{\"name\":\"T\",\"translations\":[{\"language\":1}]}")->httpStatus(), 400);
        ListPageJob page(m_admin.get(), [] {
            ApiRequest r;
            r.encodedPath = "customfields"; // routes are case-insensitive
            r.query = {{QStringLiteral("$top"), QStringLiteral("2")}};
            return r;
        }(), QLatin1StringView("customFields"));
        QVERIFY(runJob(&page));
        QCOMPARE(page.items().size(), 2);
        QVERIFY(!page.nextLink().isEmpty());
    }

    void theLicenseIsReadUpdatedAndProtected()
    {
        ApiJob *get = send("GET", "license");
        const QJsonObject license = get->json().object();
        QVERIFY(license.value(QLatin1StringView("licenseKey")).toString().startsWith(QStringLiteral("XXXX-")));
        QCOMPARE(license.value(QLatin1StringView("currentUsers")).toInt(), m_sim->server->store().userCount());
        QVERIFY(license.value(QLatin1StringView("maxUsers")).toInt() >= license.value(QLatin1StringView("currentUsers")).toInt());
        QCOMPARE(license.value(QLatin1StringView("modules")).toArray().size(), 5);
        QVERIFY(license.value(QLatin1StringView("valid")).toBool());

        ApiJob *bad = send("POST", "license", "{\"licenseKey\":\"INF1-Enterprise-500-20301231-0000\"}");
        QCOMPARE(bad->httpStatus(), 400);
        QVERIFY(bad->error().fieldErrors().contains(QStringLiteral("licenseKey")));
        QCOMPARE(send("POST", "license", "{\"licenseKey\":\"not a key\"}")->httpStatus(), 400);
        sim::SimLicenseKey key;
        key.edition = QStringLiteral("Standard");
        key.maxUsers = 5000;
        key.expiry = QDate(2031, 6, 30);
        ApiJob *good = send("POST", "license", "{\"licenseKey\":\"" + key.toString().toUtf8() + "\"}");
        QCOMPARE(good->httpStatus(), 200);
        QCOMPARE(good->json().object().value(QLatin1StringView("maxUsers")).toInt(), 5000);
        QCOMPARE(good->json().object().value(QLatin1StringView("edition")).toString(), QStringLiteral("Standard"));
        QVERIFY(good->json().object().value(QLatin1StringView("licenseKey")).toString().endsWith(key.toString().right(4)));
        QVERIFY(send("GET", "license/tenancyKey")->json().object().value(QLatin1StringView("tenancyKey")).toString().startsWith(QStringLiteral("TK-")));

        const auto endUser = m_sim->signedInSession(QStringLiteral("enduser"), QStringLiteral("enduser"));
        QCOMPARE(send("GET", "license", {}, endUser.get())->httpStatus(), 403);
        QCOMPARE(send("GET", "customFields", {}, endUser.get())->httpStatus(), 403);
    }

    void settingsSurviveARestart()
    {
        QTemporaryDir dir;
        sim::SimOptions options;
        options.seed.users = 5;
        options.dataDir = dir.path();
        int folders = 0;
        QString tenancy;
        {
            sim::SimServer server(options);
            QVERIFY(server.start());
            server.store().documents(QStringLiteral("contentfolders")).push_back({{QLatin1StringView("id"), QStringLiteral("f-1")},
                                                                                 {QLatin1StringView("name"), QStringLiteral("Saved")}});
            QVERIFY(server.save());
            folders = int(server.store().documents(QStringLiteral("contentfolders")).size());
            tenancy = server.store().license.value(QLatin1StringView("tenancyKey")).toString();
        }
        sim::SimServer again(options);
        QVERIFY(again.start());
        QCOMPARE(int(again.store().documents(QStringLiteral("contentfolders")).size()), folders);
        QCOMPARE(again.store().license.value(QLatin1StringView("tenancyKey")).toString(), tenancy);
    }
};

QTEST_GUILESS_MAIN(SimSettingsTest)
#include "tst_sim_settings.moc"
