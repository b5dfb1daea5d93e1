// The license dialog: a license near its limits (days left highlighted, seat bar), an expired
// one, a refused key that leaves the old license shown, an accepted key.
#include "ui/settings/LicenseDialog.h"
#include "SimFixture.h"
#include "sim/SimLicense.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

class LicenseTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

    static QString text(QWidget *d, const char *name) { return d->findChild<QLabel *>(QString::fromLatin1(name))->text(); }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(120);
        m_session = m_sim->signedInSession();
    }

    void aLicenseNearItsLimitsIsShownWithWarnings()
    {
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        QCOMPARE(text(&dialog, "licensedTo"), QStringLiteral("Example Insurance Ltd"));
        QCOMPARE(text(&dialog, "edition"), QStringLiteral("Enterprise"));
        QVERIFY(text(&dialog, "licenseKey").startsWith(QStringLiteral("XXXX-")));
        QVERIFY2(text(&dialog, "expiry").contains(QStringLiteral("20 day")) || text(&dialog, "expiry").contains(QStringLiteral("21 day")),
                 qPrintable(text(&dialog, "expiry")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expiry"))->property("warning").toBool());
        auto *users = dialog.findChild<QProgressBar *>(QStringLiteral("users"));
        QCOMPARE(users->value(), m_sim->server->store().userCount());
        QCOMPARE(users->maximum(), dialog.license().maxUsers);
        QVERIFY(users->maximum() - users->value() <= users->maximum() / 20); // near the edge
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("modules"))->rowCount(), 5);
        QTRY_VERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("tenancyKey"))->text().startsWith(QStringLiteral("TK-")));
    }

    void anExpiredLicenseSaysSo()
    {
        const QJsonObject saved = m_sim->server->store().license;
        m_sim->server->store().license.insert(QLatin1StringView("expiryUtc"), QStringLiteral("2020-01-31T00:00:00.000Z"));
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        QVERIFY2(text(&dialog, "expiry").contains(QStringLiteral("expired")), qPrintable(text(&dialog, "expiry")));
        QCOMPARE(text(&dialog, "valid"), QStringLiteral("Not valid"));
        m_sim->server->store().license = saved;
    }

    void aRefusedKeyLeavesTheOldLicenseAndAGoodOneReplacesIt()
    {
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        const int oldMax = dialog.license().maxUsers;
        dialog.updateLicense(QStringLiteral("INF1-Enterprise-999-20301231-0000"));
        QTRY_VERIFY(text(&dialog, "status").contains(QStringLiteral("refused")));
        QVERIFY(text(&dialog, "status").contains(QStringLiteral("checksum")));
        QCOMPARE(dialog.license().maxUsers, oldMax);
        QCOMPARE(text(&dialog, "edition"), QStringLiteral("Enterprise"));

        sim::SimLicenseKey key;
        key.edition = QStringLiteral("Standard");
        key.maxUsers = 1000;
        key.expiry = QDate::currentDate().addYears(2);
        dialog.updateLicense(key.toString());
        QTRY_COMPARE(text(&dialog, "status"), QStringLiteral("License updated."));
        QCOMPARE(dialog.license().maxUsers, 1000);
        QCOMPARE(text(&dialog, "edition"), QStringLiteral("Standard"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("expiry"))->property("warning").toBool());
    }
};

QTEST_MAIN(LicenseTest)
#include "tst_license.moc"
