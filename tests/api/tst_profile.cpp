#include "api/Profile.h"
#include "api/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace infiniti;

class ProfileTest : public QObject
{
    Q_OBJECT
private slots:
    void produceUrlIsDerivedFromManage_data()
    {
        QTest::addColumn<QString>("manage");
        QTest::addColumn<QString>("produce");
        QTest::newRow("vendor layout") << "https://server/Manage" << "https://server/Produce";
        QTest::newRow("trailing slash") << "https://server/Manage/" << "https://server/Produce";
        QTest::newRow("lower case") << "http://h:8080/infiniti/manage" << "http://h:8080/infiniti/Produce";
        QTest::newRow("emulator") << "http://127.0.0.1:5000" << "http://127.0.0.1:5000";
        QTest::newRow("other path") << "https://server/Admin" << "https://server/Admin";
    }
    void produceUrlIsDerivedFromManage()
    {
        QFETCH(QString, manage);
        QFETCH(QString, produce);
        QCOMPARE(Profile::deriveProduceUrl(QUrl(manage)).toString(), produce);
    }

    void apiBasesAndOrigins()
    {
        Profile p;
        p.manageUrl = QUrl(QStringLiteral("https://server/Manage"));
        QCOMPARE(p.apiBase(ApiModule::Admin).toString(), QStringLiteral("https://server/Manage/api/v1/admin/"));
        QCOMPARE(p.apiBase(ApiModule::Client).toString(), QStringLiteral("https://server/Produce/api/v1/client/"));
        QVERIFY(p.isOwnOrigin(QUrl(QStringLiteral("https://SERVER:443/anything"))));
        QVERIFY(!p.isOwnOrigin(QUrl(QStringLiteral("http://server/Manage"))));
        QVERIFY(!p.isOwnOrigin(QUrl(QStringLiteral("https://server:8443/Manage"))));
        QVERIFY(!p.isOwnOrigin(QUrl(QStringLiteral("https://evil.example/Manage"))));
        p.produceUrl = QUrl(QStringLiteral("https://produce.example/P"));
        QVERIFY(p.isOwnOrigin(QUrl(QStringLiteral("https://produce.example/x"))));
    }

    void typedServerUrlsAreNormalised()
    {
        QCOMPARE(Profile::normaliseServerUrl(QStringLiteral(" server.example/Manage/ ")).toString(),
                 QStringLiteral("https://server.example/Manage"));
        QCOMPARE(Profile::normaliseServerUrl(QStringLiteral("http://h:1")).toString(), QStringLiteral("http://h:1"));
    }

    void secretKeysArePerProfileAndUser()
    {
        Profile a;
        a.name = QStringLiteral("Prod");
        Profile b;
        b.manageUrl = QUrl(QStringLiteral("https://x/Manage"));
        QCOMPARE(a.secretKey(QStringLiteral("admin")), QStringLiteral("Prod|admin"));
        QCOMPARE(b.secretKey(QStringLiteral("admin")), QStringLiteral("https://x/Manage|admin"));
        QVERIFY(a.secretKey(QStringLiteral("admin")) != a.secretKey(QStringLiteral("bob")));
    }

    void profilesRoundTripThroughSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.ini"));
        {
            ProfileStore store(file);
            Profile p;
            p.name = QStringLiteral("Prod");
            p.manageUrl = QUrl(QStringLiteral("https://x/Manage"));
            p.lastUser = QStringLiteral("admin");
            p.rememberSignIn = true;
            p.pinnedCertificates = {"ab12"};
            store.save(p);
            p.lastUser = QStringLiteral("bob");
            store.save(p); // replaces by name
            store.setLastUsed(QStringLiteral("Prod"));
        }
        ProfileStore store(file);
        QCOMPARE(store.profiles().size(), 1);
        const auto p = store.find(QStringLiteral("Prod"));
        QVERIFY(p);
        QCOMPARE(p->lastUser, QStringLiteral("bob"));
        QCOMPARE(p->pinnedCertificates, QByteArrayList{"ab12"});
        QCOMPARE(store.lastUsed(), QStringLiteral("Prod"));
        store.remove(QStringLiteral("Prod"));
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"
