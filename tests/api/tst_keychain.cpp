// The real QtKeychain: a round trip through a private gnome-keyring (scripts/with-keyring.sh
// provides one and sets INFINITI_TEST_KEYRING=1), and the path with no Secret Service at all.
#include "api/KeychainSecretStore.h"

#include <optional>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class KeychainTest : public QObject
{
    Q_OBJECT

    template <typename Call> SecretStore::Result wait(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {SecretStore::Status::Failed, {}, u"timed out"_s};
        return *result;
    }

private slots:
    void realKeychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("INFINITI_TEST_KEYRING"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh");
        KeychainSecretStore store(u"infiniti-admin-test"_s);
        const QString key = u"Test profile|admin"_s;
        const QString secret = QStringLiteral(R"({"token":"5b7c…","userId":"ü"})");
        QVERIFY2(wait([&](auto done) { store.write(key, secret, this, done); }).ok(),
                 "write failed");
        const auto read = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QVERIFY(wait([&](auto done) { store.remove(key, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(key, this, done); }).status,
                 SecretStore::Status::NotFound);
    }

    void noSecretServiceReportsUnavailable()
    {
        if (qEnvironmentVariableIsEmpty("INFINITI_TEST_NO_SECRET_SERVICE"))
            QSKIP("run with DBUS_SESSION_BUS_ADDRESS pointing nowhere (ctest does)");
        KeychainSecretStore store(u"infiniti-admin-test"_s);
        const auto write = wait([&](auto done) { store.write(u"k"_s, u"s"_s, this, done); });
        QCOMPARE(write.status, SecretStore::Status::Unavailable);
        QVERIFY(!write.message.isEmpty());
        const auto read = wait([&](auto done) { store.read(u"k"_s, this, done); });
        QVERIFY(!read.ok());
        QVERIFY(read.secret.isEmpty());
    }

    void callbacksDoNotOutliveTheirContext()
    {
        if (qEnvironmentVariableIsEmpty("INFINITI_TEST_KEYRING") &&
            qEnvironmentVariableIsEmpty("INFINITI_TEST_NO_SECRET_SERVICE"))
            QSKIP("needs either keychain environment");
        KeychainSecretStore store(u"infiniti-admin-test"_s);
        bool called = false;
        auto *context = new QObject;
        store.read(u"k"_s, context, [&](const SecretStore::Result &) { called = true; });
        delete context;
        QTest::qWait(1000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
