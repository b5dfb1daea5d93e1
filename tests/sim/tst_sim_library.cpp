// Content library and data sources on the emulator: vendor bodies, versions and history,
// version export bytes, bad input, nested data objects, permissions, persistence.
#include "api/DownloadJob.h"
#include "api/EntityJob.h"
#include "RunJob.h"
#include "sim/SimStore.h"
#include "SimFixture.h"
#include "TestRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class SimLibraryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;

    ApiJob *send(QByteArray method, QByteArray path, QByteArray body = {}, Session *as = nullptr)
    {
        return sendRequest(as ? as : m_admin.get(), std::move(method), path, std::move(body), this);
    }
    static QByteArray example(const char *name) { return exampleBody(QString::fromLatin1(name)); }
    static QByteArray idOf(ApiJob *job)
    {
        return job->json().object().value("id"_L1).toString().toUtf8();
    }
    static QByteArray itemBody(const QString &name, const QByteArray &bytes,
                               const QString &extension)
    {
        return QJsonDocument(QJsonObject{{"name"_L1, name},
                                         {"category"_L1, u"Tests"_s},
                                         {"extension"_L1, extension},
                                         {"binary"_L1, QString::fromLatin1(bytes.toBase64())}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(30);
        m_admin = m_sim->signedInSession();
    }

    void vendorBodiesAreAccepted()
    {
        QCOMPARE(send("POST", "datasources", example("admin-datasources-post.request.json"))
                     ->httpStatus(),
                 201);
        const QByteArray source = idOf(send("POST", "datasources", "{\"name\":\"To patch\"}"));
        QCOMPARE(
            send("PATCH", "datasources/" + source, example("admin-datasources-patch.request.json"))
                ->httpStatus(),
            200);
        const QByteArray item =
            idOf(send("POST", "contentlibrary", itemBody(u"To patch"_s, "x", u".txt"_s)));
        ApiJob *patched = send("PATCH", "contentlibrary/" + item,
                               example("admin-contentlibrary-patch.request.json"));
        QCOMPARE(patched->httpStatus(), 200);
        const QJsonObject o = patched->json().object();
        QCOMPARE(o.value("extension"_L1).toString(), u".jpg"_s);
        QCOMPARE(o.value("version"_L1).toString(), u"2"_s);
        // The JPEG in the vendor body decodes to its real bytes: FF D8 … FF D9.
        const QByteArray jpeg = QByteArray::fromBase64(o.value("binary"_L1).toString().toLatin1());
        QVERIFY(jpeg.startsWith("\xFF\xD8"));
        QCOMPARE(o.value("size"_L1).toInteger(), jpeg.size());
    }

    void versionsHistoryAndExport()
    {
        const QByteArray v1 = "first text", v2 = "second text, longer";
        ApiJob *made = send("POST", "contentlibrary", itemBody(u"Versioned"_s, v1, u"txt"_s));
        QCOMPARE(made->httpStatus(), 201);
        QVERIFY(made->rawHeader("Location")
                    .endsWith(QByteArray("/api/v1/admin/contentlibrary/" + idOf(made))));
        const QByteArray id = idOf(made);
        QCOMPARE(made->json().object().value("type"_L1).toString(), u"Text"_s);
        QCOMPARE(made->json().object().value("extension"_L1).toString(), u".txt"_s);
        // Metadata only: same version, binary kept.
        ApiJob *renamed = send("PATCH", "contentlibrary/" + id,
                               "{\"name\":\"Versioned\",\"category\":\"Legal\"}");
        QCOMPARE(renamed->json().object().value("version"_L1).toString(), u"1"_s);
        ApiJob *replaced =
            send("PATCH", "contentlibrary/" + id, itemBody(u"Versioned"_s, v2, u".txt"_s));
        QCOMPARE(replaced->json().object().value("version"_L1).toString(), u"2"_s);
        QCOMPARE(replaced->json().object().value("modifiedBy"_L1).toString(), u"admin"_s);

        const QJsonArray versions = send("GET", "contentlibrary/" + id + "/history")
                                        ->json()
                                        .object()
                                        .value("versions"_L1)
                                        .toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value("version"_L1).toString(), u"2"_s); // newest first
        QCOMPARE(versions.at(1).toObject().value("size"_L1).toInt(), v1.size());
        QVERIFY(!versions.at(0).toObject().contains("binary"_L1));

        auto *first =
            static_cast<DownloadJob *>(send("GET", "contentlibrary/" + id + "/history/1/export"));
        QCOMPARE(first->body(), v1);
        QCOMPARE(first->suggestedFileName(), u"Versioned v1.txt"_s);
        QVERIFY(first->rawHeader("Content-Type").startsWith("text/plain"));
        QCOMPARE(send("GET", "contentlibrary/" + id + "/history/2/export")->body(), v2);
        QCOMPARE(send("GET", "contentlibrary/" + id + "/history/7/export")->httpStatus(), 404);

        // Lists leave the binary out; GET-one carries it unless asked not to.
        const QJsonArray listed = send("GET", "contentlibrary?$top=1000")
                                      ->json()
                                      .object()
                                      .value("contentLibraryItems"_L1)
                                      .toArray();
        QVERIFY(!listed.isEmpty());
        for (const auto &v : listed)
            QVERIFY(!v.toObject().contains("binary"_L1));
        QVERIFY(send("GET", "contentlibrary/" + id)->json().object().contains("binary"_L1));
        QVERIFY(!send("GET", "contentlibrary/" + id + "?includeBinary=false")
                     ->json()
                     .object()
                     .contains("binary"_L1));

        QCOMPARE(send("DELETE", "contentlibrary/" + id)->httpStatus(), 204);
        QCOMPARE(send("GET", "contentlibrary/" + id + "/history")->httpStatus(), 404);
    }

    void badInputIsRefusedAndNothingChanges()
    {
        const size_t before = m_sim->server->store().documents(u"contentLibraryItems"_s).size();
        ApiJob *noFile =
            send("POST", "contentlibrary", "{\"name\":\"No file\",\"extension\":\".txt\"}");
        QCOMPARE(noFile->httpStatus(), 400);
        QVERIFY(noFile->error().fieldErrors().contains(u"binary"_s));
        ApiJob *badBase64 = send("POST", "contentlibrary",
                                 "{\"name\":\"Bad\",\"extension\":\".txt\",\"binary\":\"***\"}");
        QCOMPARE(badBase64->httpStatus(), 400);
        QCOMPARE(send("POST", "contentlibrary", "{\"name\":\"No ext\",\"binary\":\"eHg=\"}")
                     ->httpStatus(),
                 400);
        QCOMPARE(send("POST", "contentlibrary",
                      "{\"name\":5,\"binary\":\"eHg=\",\"extension\":\".txt\"}")
                     ->httpStatus(),
                 400);
        QCOMPARE(send("POST", "contentlibrary", "[1,2]")->httpStatus(), 400);
        QCOMPARE(m_sim->server->store().documents(u"contentLibraryItems"_s).size(), before);
        ApiJob *schema =
            send("POST", "datasources", "{\"name\":\"Broken\",\"schema\":\"<xs:schema>\"}");
        QCOMPARE(schema->httpStatus(), 400);
        QVERIFY(schema->error().fieldErrors().contains(u"schema"_s));
        QCOMPARE(send("POST", "datasources",
                      "{\"name\":\"Creds\",\"credentials\":{\"method\":\"Telepathy\"}}")
                     ->httpStatus(),
                 400);
    }

    void dataObjectsLiveUnderTheirSource()
    {
        const QByteArray source =
            idOf(send("POST", "datasources",
                      "{\"name\":\"With objects\",\"connectionType\":\"SQL Server\"}"));
        const QByteArray other = idOf(send("POST", "datasources", "{\"name\":\"Other\"}"));
        const QByteArray base = "datasources/" + source + "/dataobjects";
        ApiJob *made = send("POST", base,
                            "{\"displayName\":\"Customers\",\"dataObjectName\":\"dbo.Customer\","
                            "\"filters\":[{\"name\":\"id\",\"isFilter\":true}],\"displayFields\":[{"
                            "\"name\":\"name\"}]}");
        QCOMPARE(made->httpStatus(), 201);
        QCOMPARE(made->json().object().value("dataSourceId"_L1).toString().toUtf8(), source);
        QVERIFY(made->rawHeader("Location").endsWith(QByteArray(base + '/' + idOf(made))));
        QCOMPARE(send("POST", base, "{\"displayName\":\"customers\"}")->httpStatus(), 409);
        QCOMPARE(
            send("POST", "datasources/" + other + "/dataobjects", "{\"displayName\":\"Customers\"}")
                ->httpStatus(),
            201);
        QCOMPARE(send("POST", base, "{\"displayName\":\"Bad\",\"filters\":[\"id\"]}")->httpStatus(),
                 400);
        // Another source's path does not reach it.
        QCOMPARE(send("GET", "datasources/" + other + "/dataobjects/" + idOf(made))->httpStatus(),
                 404);
        QCOMPARE(send("GET", "datasources/no-such/dataobjects")->httpStatus(), 404);
        QCOMPARE(send("GET", base)->json().object().value("dataObjects"_L1).toArray().size(), 1);
        QCOMPARE(send("PATCH", base + '/' + idOf(made), "{\"displayName\":\"All customers\"}")
                     ->httpStatus(),
                 200);
        // Deleting the source takes its objects with it.
        QCOMPARE(send("DELETE", "datasources/" + source)->httpStatus(), 204);
        for (const auto &o : m_sim->server->store().documents(u"dataObjects"_s))
            QVERIFY(o.value("dataSourceId"_L1).toString().toUtf8() != source);
    }

    void permissionsAreChecked()
    {
        auto user = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
        QCOMPARE(send("GET", "contentlibrary", {}, user.get())->httpStatus(), 403);
        QCOMPARE(send("GET", "datasources", {}, user.get())->httpStatus(), 403);
    }

    void seededDataIsRealFiles()
    {
        bool png = false, text = false;
        for (const auto &item : m_sim->server->store().documents(u"contentLibraryItems"_s)) {
            const QByteArray bytes =
                QByteArray::fromBase64(item.value("binary"_L1).toString().toLatin1());
            png = png || bytes.startsWith("\x89PNG\r\n\x1a\n");
            text = text || item.value("extension"_L1).toString() == ".txt"_L1;
        }
        QVERIFY(png);
        QVERIFY(text);
        QVERIFY(m_sim->server->store().documents(u"dataObjects"_s).size() >= 4);
    }

    void libraryPersistsAcrossARestart()
    {
        QTemporaryDir dir;
        sim::SimOptions options;
        options.seed.users = 5;
        options.dataDir = dir.path();
        QByteArray id;
        {
            sim::SimServer server(options);
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            Profile p;
            p.manageUrl = server.baseUrl();
            auto session = signedInSession(p);
            ApiJob *made = send("POST", "contentlibrary",
                                itemBody(u"Kept"_s, "kept bytes", u".txt"_s), session.get());
            id = idOf(made);
            QCOMPARE(made->httpStatus(), 201);
        }
        sim::SimServer again(options);
        QString error;
        QVERIFY2(again.start(&error), qPrintable(error));
        Profile p;
        p.manageUrl = again.baseUrl();
        auto session = signedInSession(p);
        QCOMPARE(
            send("GET", "contentlibrary/" + id + "/history/1/export", {}, session.get())->body(),
            QByteArray("kept bytes"));
    }
};

QTEST_GUILESS_MAIN(SimLibraryTest)
#include "tst_sim_library.moc"
