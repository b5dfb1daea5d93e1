// Custom fields, connector settings, communication templates, content/publish folders and the
// license on the emulator: vendor bodies accepted, rules of each collection, persistence.
#include "api/EntityJob.h"
#include "api/ListPageJob.h"
#include "RunJob.h"
#include "sim/SimLicense.h"
#include "SimFixture.h"
#include "TestRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class SimSettingsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;

    ApiJob *send(QByteArray method, const QByteArray &path, QByteArray body = {},
                 Session *as = nullptr)
    {
        return sendRequest(as ? as : m_admin.get(), std::move(method), path, std::move(body), this);
    }
    static QByteArray example(const char *name) { return exampleBody(QString::fromLatin1(name)); }
    QByteArray firstId(const QString &collection)
    {
        return m_sim->server->store()
            .documents(collection)
            .front()
            .value("id"_L1)
            .toString()
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(40);
        m_admin = m_sim->signedInSession();
    }

    void vendorExampleBodiesAreAccepted()
    {
        QCOMPARE(send("POST", "contentfolders", example("admin-contentfolders-post.request.json"))
                     ->httpStatus(),
                 201);
        const QByteArray folder = send("POST", "contentfolders", "{\"name\":\"For patching\"}")
                                      ->json()
                                      .object()
                                      .value("id"_L1)
                                      .toString()
                                      .toUtf8();
        QCOMPARE(send("PATCH", "contentfolders/" + folder,
                      example("admin-contentfolders-patch.request.json"))
                     ->httpStatus(),
                 200);
        QCOMPARE(send("POST", "customFields", example("admin-customfields-post.request.json"))
                     ->httpStatus(),
                 201);
        QCOMPARE(send("PATCH", "customFields/" + firstId(u"customFields"_s),
                      example("admin-customfields-patch.request.json"))
                     ->httpStatus(),
                 200);
        QCOMPARE(send("PATCH", "connectorSettings/" + firstId(u"connectorSettings"_s),
                      example("admin-connectorsettings-patch.request.json"))
                     ->httpStatus(),
                 200);
        // As in the vendor's collection: the PATCH (same name) goes to the template just made.
        ApiJob *made = send("POST", "communicationTemplates",
                            example("admin-communicationtemplates-post.request.json"));
        QCOMPARE(made->httpStatus(), 201);
        const QByteArray templateId = made->json().object().value("id"_L1).toString().toUtf8();
        QCOMPARE(send("PATCH", "communicationTemplates/" + templateId,
                      example("admin-communicationtemplates-patch.request.json"))
                     ->httpStatus(),
                 200);
    }

    void foldersNestAndKeepTheirTreeSound()
    {
        const auto idOf = [](ApiJob *job) {
            return job->json().object().value("id"_L1).toString().toUtf8();
        };
        const QByteArray root =
            idOf(send("POST", "contentfolders", "{\"name\":\"Root A\",\"groups\":[\"Finance\"]}"));
        const QByteArray child = idOf(
            send("POST", "contentfolders", "{\"name\":\"Child\",\"parentId\":\"" + root + "\"}"));
        QVERIFY(!child.isEmpty());
        QCOMPARE(
            send("POST", "contentfolders", "{\"name\":\"child\",\"parentId\":\"" + root + "\"}")
                ->httpStatus(),
            409);
        QCOMPARE(send("POST", "contentfolders", "{\"name\":\"Child\"}")->httpStatus(),
                 201); // another parent: fine
        ApiJob *cycle = send("PATCH", "contentfolders/" + root, "{\"parentId\":\"" + child + "\"}");
        QCOMPARE(cycle->httpStatus(), 400);
        QVERIFY(cycle->error().fieldErrors().contains(u"parentId"_s));
        QCOMPARE(
            send("POST", "contentfolders", "{\"name\":\"Orphan\",\"parentId\":\"no-such-folder\"}")
                ->httpStatus(),
            400);
        ApiJob *busy = send("DELETE", "contentfolders/" + root);
        QCOMPARE(busy->httpStatus(), 400);
        QVERIFY(busy->error().serverMessage().contains(u"sub-folders"_s));
        QCOMPARE(send("DELETE", "contentfolders/" + child)->httpStatus(), 204);
        QCOMPARE(send("DELETE", "contentfolders/" + root)->httpStatus(), 204);
        QCOMPARE(send("POST", "publishfolders", "{\"name\":\"Customer Forms\"}")->httpStatus(),
                 409);
        QCOMPARE(send("POST", "contentfolders", "{\"groups\":[]}")->httpStatus(), 400);
    }

    void eachCollectionOffersOnlyItsVerbs()
    {
        QCOMPARE(send("DELETE", "customFields/" + firstId(u"customFields"_s))->httpStatus(), 405);
        QCOMPARE(send("POST", "connectorSettings", "{\"value\":\"x\"}")->httpStatus(), 405);
        QCOMPARE(
            send("PATCH", "connectorSettings/" + firstId(u"connectorSettings"_s), "{\"value\":42}")
                ->httpStatus(),
            400);
        QCOMPARE(send("POST", "communicationTemplates",
                      "{\"name\":\"T\",\"translations\":[{\"language\":1}]}")
                     ->httpStatus(),
                 400);
        ListPageJob page(
            m_admin.get(),
            [] {
                ApiRequest r;
                r.encodedPath = "customfields"; // routes are case-insensitive
                r.query = {{u"$top"_s, u"2"_s}};
                return r;
            }(),
            "customFields"_L1);
        QVERIFY(runJob(&page));
        QCOMPARE(page.items().size(), 2);
        QVERIFY(!page.nextLink().isEmpty());
    }

    void theLicenseIsReadUpdatedAndProtected()
    {
        ApiJob *get = send("GET", "license");
        const QJsonObject license = get->json().object();
        QVERIFY(license.value("licenseKey"_L1).toString().startsWith(u"XXXX-"_s));
        QCOMPARE(license.value("currentUsers"_L1).toInt(), m_sim->server->store().userCount());
        QVERIFY(license.value("maxUsers"_L1).toInt() >= license.value("currentUsers"_L1).toInt());
        QCOMPARE(license.value("modules"_L1).toArray().size(), 5);
        QVERIFY(license.value("valid"_L1).toBool());

        ApiJob *bad =
            send("POST", "license", "{\"licenseKey\":\"INF1-Enterprise-500-20301231-0000\"}");
        QCOMPARE(bad->httpStatus(), 400);
        QVERIFY(bad->error().fieldErrors().contains(u"licenseKey"_s));
        QCOMPARE(send("POST", "license", "{\"licenseKey\":\"not a key\"}")->httpStatus(), 400);
        sim::SimLicenseKey key;
        key.edition = u"Standard"_s;
        key.maxUsers = 5000;
        key.expiry = QDate(2031, 6, 30);
        ApiJob *good =
            send("POST", "license", "{\"licenseKey\":\"" + key.toString().toUtf8() + "\"}");
        QCOMPARE(good->httpStatus(), 200);
        QCOMPARE(good->json().object().value("maxUsers"_L1).toInt(), 5000);
        QCOMPARE(good->json().object().value("edition"_L1).toString(), u"Standard"_s);
        QVERIFY(good->json()
                    .object()
                    .value("licenseKey"_L1)
                    .toString()
                    .endsWith(key.toString().right(4)));
        QVERIFY(send("GET", "license/tenancyKey")
                    ->json()
                    .object()
                    .value("tenancyKey"_L1)
                    .toString()
                    .startsWith(u"TK-"_s));

        const auto endUser = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
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
            server.store()
                .documents(u"contentfolders"_s)
                .push_back({{"id"_L1, u"f-1"_s}, {"name"_L1, u"Saved"_s}});
            QVERIFY(server.save());
            folders = int(server.store().documents(u"contentfolders"_s).size());
            tenancy = server.store().license.value("tenancyKey"_L1).toString();
        }
        sim::SimServer again(options);
        QVERIFY(again.start());
        QCOMPARE(int(again.store().documents(u"contentfolders"_s).size()), folders);
        QCOMPARE(again.store().license.value("tenancyKey"_L1).toString(), tenancy);
    }
};

QTEST_GUILESS_MAIN(SimSettingsTest)
#include "tst_sim_settings.moc"
