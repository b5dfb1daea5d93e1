#include "api/Profile.h"
#include "api/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class ProfileTest : public QObject
{
    Q_OBJECT
private slots:
    void produceUrlIsDerivedFromManage_data()
    {
        QTest::addColumn<QString>("manage");
        QTest::addColumn<QString>("produce");
        QTest::newRow("vendor layout") << "https://server/Manage"
                                       << "https://server/Produce";
        QTest::newRow("trailing slash") << "https://server/Manage/"
                                        << "https://server/Produce";
        QTest::newRow("lower case") << "http://h:8080/infiniti/manage"
                                    << "http://h:8080/infiniti/Produce";
        QTest::newRow("emulator") << "http://127.0.0.1:5000"
                                  << "http://127.0.0.1:5000";
        QTest::newRow("other path") << "https://server/Admin"
                                    << "https://server/Admin";
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
        p.manageUrl = QUrl(u"https://server/Manage"_s);
        QCOMPARE(p.apiBase(ApiModule::Admin).toString(), u"https://server/Manage/api/v1/admin/"_s);
        QCOMPARE(p.apiBase(ApiModule::Client).toString(),
                 u"https://server/Produce/api/v1/client/"_s);
        QVERIFY(p.isOwnOrigin(QUrl(u"https://SERVER:443/anything"_s)));
        QVERIFY(!p.isOwnOrigin(QUrl(u"http://server/Manage"_s)));
        QVERIFY(!p.isOwnOrigin(QUrl(u"https://server:8443/Manage"_s)));
        QVERIFY(!p.isOwnOrigin(QUrl(u"https://evil.example/Manage"_s)));
        p.produceUrl = QUrl(u"https://produce.example/P"_s);
        QVERIFY(p.isOwnOrigin(QUrl(u"https://produce.example/x"_s)));
    }

    void typedServerUrlsAreNormalised()
    {
        QCOMPARE(Profile::normaliseServerUrl(u" server.example/Manage/ "_s).toString(),
                 u"https://server.example/Manage"_s);
        QCOMPARE(Profile::normaliseServerUrl(u"http://h:1"_s).toString(), u"http://h:1"_s);
    }

    void secretKeysArePerProfileAndUser()
    {
        Profile a;
        a.name = u"Prod"_s;
        Profile b;
        b.manageUrl = QUrl(u"https://x/Manage"_s);
        QCOMPARE(a.secretKey(u"admin"_s), u"Prod|admin"_s);
        QCOMPARE(b.secretKey(u"admin"_s), u"https://x/Manage|admin"_s);
        QVERIFY(a.secretKey(u"admin"_s) != a.secretKey(u"bob"_s));
    }

    void profilesRoundTripThroughSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"p.ini"_s);
        {
            ProfileStore store(file);
            Profile p;
            p.name = u"Prod"_s;
            p.manageUrl = QUrl(u"https://x/Manage"_s);
            p.lastUser = u"admin"_s;
            p.rememberSignIn = true;
            p.pinnedCertificates = {"ab12"};
            store.save(p);
            p.lastUser = u"bob"_s;
            store.save(p); // replaces by name
            store.setLastUsed(u"Prod"_s);
        }
        ProfileStore store(file);
        QCOMPARE(store.profiles().size(), 1);
        const auto p = store.find(u"Prod"_s);
        QVERIFY(p);
        QCOMPARE(p->lastUser, u"bob"_s);
        QCOMPARE(p->pinnedCertificates, QByteArrayList{"ab12"});
        QCOMPARE(store.lastUsed(), u"Prod"_s);
        store.remove(u"Prod"_s);
        QVERIFY(store.profiles().isEmpty());
    }

    // The users with a remembered token are the store's, noted beside their connection: a
    // save() of the connection (a Profile knows nothing of them) or the removal of another one
    // keeps them, its own removal takes them away. Settings from before the list read as none.
    void rememberedUsersAreKeptBesideTheirConnection()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"p.ini"_s);
        {
            QSettings old(file, QSettings::IniFormat); // written before the list existed
            old.beginWriteArray(u"profiles"_s, 1);
            old.setArrayIndex(0);
            old.setValue(u"name"_s, u"Old"_s);
            old.setValue(u"manageUrl"_s, u"https://old/Manage"_s);
            old.setValue(u"lastUser"_s, u"anna"_s);
            old.endArray();
        }
        ProfileStore store(file);
        QCOMPARE(store.find(u"Old"_s)->lastUser, u"anna"_s);
        QVERIFY(store.rememberedUsers(u"Old"_s).isEmpty());

        Profile prod;
        prod.name = u"Prod"_s;
        prod.manageUrl = QUrl(u"https://x/Manage"_s);
        store.save(prod);
        store.noteRemembered(u"Prod"_s, u"admin"_s);
        store.noteRemembered(u"Prod"_s, u"bob"_s);
        store.noteRemembered(u"Prod"_s, u"admin"_s); // once
        store.noteRemembered(u"Old"_s, u"anna"_s);
        store.noteRemembered(u"Nowhere"_s, u"carol"_s); // not saved: nothing to note it in
        QCOMPARE(store.rememberedUsers(u"Prod"_s), (QStringList{u"admin"_s, u"bob"_s}));
        prod.lastUser = u"bob"_s;
        store.save(prod);
        store.remove(u"Old"_s);
        QCOMPARE(ProfileStore(file).rememberedUsers(u"Prod"_s),
                 (QStringList{u"admin"_s, u"bob"_s}));
        QVERIFY(!store.find(u"Nowhere"_s));
        store.noteForgotten(u"Prod"_s, u"admin"_s);
        QCOMPARE(store.rememberedUsers(u"Prod"_s), QStringList{u"bob"_s});
        store.remove(u"Prod"_s);
        store.save(prod); // saved again under the same name: a new connection, nothing noted
        QVERIFY(store.rememberedUsers(u"Prod"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"
