// The license dialog: a license near its limits (days left highlighted, seat bar), an expired
// one, a refused key that leaves the old license shown, an accepted key.
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "sim/SimFaults.h"
#include "sim/SimLicense.h"
#include "SimFixture.h"
#include "ui/settings/LicenseDialog.h"
#include "ui/settings/LicenseNotice.h"
#include "ui/shell/Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class LicenseTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

    static QString text(QWidget *d, const char *name)
    {
        return d->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

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
        QCOMPARE(text(&dialog, "licensedTo"), u"Example Insurance Ltd"_s);
        QCOMPARE(text(&dialog, "edition"), u"Enterprise"_s);
        QVERIFY(text(&dialog, "licenseKey").startsWith(u"XXXX-"_s));
        QVERIFY2(text(&dialog, "expiry").contains(u"20 day"_s) ||
                     text(&dialog, "expiry").contains(u"21 day"_s),
                 qPrintable(text(&dialog, "expiry")));
        QVERIFY(dialog.findChild<QLabel *>(u"expiry"_s)->property("warning").toBool());
        auto *users = dialog.findChild<QProgressBar *>(u"users"_s);
        QCOMPARE(users->value(), m_sim->server->store().userCount());
        QCOMPARE(users->maximum(), dialog.license().maxUsers);
        QVERIFY(users->maximum() - users->value() <= users->maximum() / 20); // near the edge
        auto *modules = dialog.findChild<QTableWidget *>(u"modules"_s);
        QCOMPARE(modules->rowCount(), 5);
        // The Workflow module runs out in a week: it stands out; the others (three weeks, or
        // not licensed) do not.
        for (int r = 0; r < modules->rowCount(); ++r) {
            const bool soon = modules->item(r, 2)->data(Qt::UserRole).toBool();
            QCOMPARE(soon, modules->item(r, 0)->text() == "Workflow"_L1);
            if (soon) {
                QVERIFY2(modules->item(r, 2)->text().contains(u"7 day(s) left"_s),
                         qPrintable(modules->item(r, 2)->text()));
                QCOMPARE(modules->item(r, 2)->foreground().color(), Theme::errorColor());
                QVERIFY(modules->item(r, 0)->font().bold());
            }
        }
        // Walk 28: rows as the lists have them, and the last column reaching the right edge.
        QVERIFY(modules->horizontalHeader()->stretchLastSection());
        QCOMPARE(modules->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(modules->verticalHeader()->defaultSectionSize(),
                 modules->fontMetrics().height() + 8);
        dialog.show();
        QTRY_VERIFY(dialog.isVisible());
        QCOMPARE(modules->horizontalHeader()->sectionViewportPosition(2) +
                     modules->horizontalHeader()->sectionSize(2),
                 modules->viewport()->width());
        QTRY_VERIFY(dialog.findChild<QLineEdit *>(u"tenancyKey"_s)->text().startsWith(u"TK-"_s));
    }

    void theHeaderAndTheModulesSayOneExpiryAlike()
    {
        // Expiring at 00:00 UTC three weeks from now (the Produce module with it): what the day
        // count says must not depend on the time of day it is read.
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        const QDateTime expiry = dialog.license().expiry;
        QVERIFY(expiry.isValid());
        const qint64 days = QDate::currentDate().daysTo(expiry.toLocalTime().date());
        const QString expected = QLocale().toString(expiry.toLocalTime().date(),
                                                    QLocale::LongFormat) +
                                 u" — %1 day(s) left"_s.arg(days); // (no English catalogue here)
        QCOMPARE(text(&dialog, "expiry"), expected);
        auto *modules = dialog.findChild<QTableWidget *>(u"modules"_s);
        int produce = -1;
        for (int r = 0; r < modules->rowCount(); ++r) {
            if (modules->item(r, 0)->text() == "Produce"_L1)
                produce = r;
        }
        QVERIFY(produce >= 0);
        QCOMPARE(modules->item(produce, 2)->text(), expected);
    }

    void whatTheServerDidNotSendIsNotStatedAsFact()
    {
        // The license object is ours (contract 9.2): a server naming its members otherwise
        // must not read as "Not valid" and "does not expire" (our emulator always sends both).
        QByteArray answer = "{\"licensedTo\":\"Example Ltd\",\"maxUsers\":10}";
        test::RawHttpResponder server([&answer](const test::RawHttpResponder::Request &) {
            return test::RawHttpResponder::answer(200, answer);
        });
        Session session(test::profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        LicenseDialog dialog(&session);
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        QCOMPARE(text(&dialog, "valid"), u"not given by the server"_s);
        QCOMPARE(text(&dialog, "expiry"), u"not given by the server"_s);
        // Given as null, the expiry is none.
        answer = "{\"licensedTo\":\"Example Ltd\",\"valid\":true,\"expiryUtc\":null}";
        LicenseDialog again(&session);
        QSignalSpy shownAgain(&again, &LicenseDialog::licenseShown);
        QVERIFY(shownAgain.wait(5000));
        QCOMPARE(text(&again, "valid"), u"Valid"_s);
        QCOMPARE(text(&again, "expiry"), u"does not expire"_s);
    }

    // The status bar's reminder: the seeded license runs out in 21 days and its Workflow
    // module in 7 — the module first, the license in the tooltip; a click asks for the license.
    void theStatusBarRemindsOfWhatRunsOutSoon()
    {
        QWidget window;
        auto *notice = new LicenseNotice(m_session.get(), &window);
        window.show();
        const int before = m_sim->server->requestCount();
        notice->check(false); // an account that may not read the license: not asked, not shown
        QTest::qWait(200);
        QCOMPARE(m_sim->server->requestCount(), before);
        QVERIFY(!notice->isVisible());
        notice->check(true);
        QTRY_VERIFY(notice->isVisible());
        // (The English plurals come from the catalogue, which tests do not load: "day(s)".)
        QVERIFY2(notice->text().contains(u"The Workflow module expires in 7 day"_s) &&
                     notice->text().contains(u"(and 1 more)"_s),
                 qPrintable(notice->text()));
        QVERIFY2(notice->toolTip().contains(u"The license expires in 21 day"_s),
                 qPrintable(notice->toolTip()));
        QSignalSpy activated(notice, &LicenseNotice::activated);
        emit notice->linkActivated(u"license"_s);
        QCOMPARE(activated.count(), 1);

        // Far from any expiry, nothing; run out, said so.
        const QDate today(2026, 3, 1);
        License later;
        later.expiry = QDateTime(today.addDays(200), QTime(12, 0));
        later.modules = {{u"Workflow"_s, true, QDateTime(today.addDays(20), QTime(12, 0))},
                         {u"Analytics"_s, false, QDateTime(today.addDays(-5), QTime(12, 0))}};
        notice->display(later, today);
        QVERIFY(!notice->isVisible());
        License expired = later;
        expired.expiry = QDateTime(today.addDays(-3), QTime(12, 0));
        notice->display(expired, today);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"The license expired 3 day"_s),
                 qPrintable(notice->text()));
        QVERIFY(!notice->text().contains(u"more"_s)); // an unlicensed module does not count
    }

    void anExpiredLicenseSaysSo()
    {
        const QJsonObject saved = m_sim->server->store().license;
        m_sim->server->store().license.insert("expiryUtc"_L1, u"2020-01-31T00:00:00.000Z"_s);
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        QVERIFY2(text(&dialog, "expiry").contains(u"expired"_s),
                 qPrintable(text(&dialog, "expiry")));
        QCOMPARE(text(&dialog, "valid"), u"Not valid"_s);
        m_sim->server->store().license = saved;
    }

    void aRefusedKeyLeavesTheOldLicenseAndAGoodOneReplacesIt()
    {
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        const int oldMax = dialog.license().maxUsers;
        dialog.updateLicense(u"INF1-Enterprise-999-20301231-0000"_s);
        QTRY_VERIFY(text(&dialog, "status").contains(u"refused"_s));
        QVERIFY(text(&dialog, "status").contains(u"checksum"_s));
        QCOMPARE(dialog.license().maxUsers, oldMax);
        QCOMPARE(text(&dialog, "edition"), u"Enterprise"_s);

        sim::SimLicenseKey key;
        key.edition = u"Standard"_s;
        key.maxUsers = 1000;
        key.expiry = QDate::currentDate().addYears(2);
        dialog.updateLicense(key.toString());
        QTRY_COMPARE(text(&dialog, "status"), u"License updated."_s);
        QCOMPARE(dialog.license().maxUsers, 1000);
        QCOMPARE(text(&dialog, "edition"), u"Standard"_s);
        // Taken, but nothing changed (a server reading the key under another name: the body is
        // not documented) — said, not "updated".
        const auto ignored = sim::SimFaults::ruleFromText(u"POST /license$ 204x1"_s, nullptr);
        QVERIFY(ignored);
        m_sim->server->faults().add(*ignored);
        dialog.updateLicense(key.toString());
        QTRY_VERIFY2(text(&dialog, "status").contains(u"same as before"_s),
                     qPrintable(text(&dialog, "status")));
        QVERIFY(!dialog.findChild<QLabel *>(u"expiry"_s)->property("warning").toBool());
    }

    void theKeyBoxSendsOnlyAKeyAndKeepsARefusedOneWithTheReason()
    {
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        dialog.show();
        const int oldMax = dialog.license().maxUsers;
        dialog.findChild<QPushButton *>(u"update"_s)->click();
        QDialog *ask = nullptr;
        QTRY_VERIFY((ask = dialog.findChild<QDialog *>()) && ask->isVisible());
        QPointer<QDialog> box = ask;
        // Walk 28: wide enough for its title, and it says what to paste.
        QVERIFY2(ask->width() >= 480, qPrintable(QString::number(ask->width())));
        QVERIFY(ask->findChild<QLabel *>(u"keyHint"_s)->text().contains(u"license key"_s));
        auto *edit = ask->findChild<QPlainTextEdit *>(u"keyEdit"_s);
        QPushButton *update = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // No key, nothing to send: Update says so by being disabled, until a key is there.
        QVERIFY(!update->isEnabled());
        edit->setPlainText(u"   "_s);
        QVERIFY(!update->isEnabled());
        const QString wrong = u"INF1-Enterprise-999-20301231-0000"_s;
        edit->setPlainText(wrong);
        QVERIFY(update->isEnabled());
        // A wrong key: the box stays open with the key in it and says why, as an error.
        update->click();
        auto *status = ask->findChild<QLabel *>(u"keyStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(u"refused"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"checksum"_s));
        QVERIFY(status->isVisible());
        QCOMPARE(status->palette().color(QPalette::WindowText), Theme::errorColor());
        QVERIFY(box && box->isVisible());
        QCOMPARE(edit->toPlainText(), wrong);
        QVERIFY(update->isEnabled());                             // to be corrected and sent again
        QVERIFY(!text(&dialog, "status").contains(u"refused"_s)); // said where the key is
        QCOMPARE(dialog.license().maxUsers, oldMax);
        // A good key: accepted, the box closes and the sheet shows the new license.
        sim::SimLicenseKey key;
        key.edition = u"Standard"_s;
        key.maxUsers = 900;
        key.expiry = QDate::currentDate().addYears(2);
        edit->setPlainText(key.toString());
        update->click();
        QTRY_COMPARE(text(&dialog, "status"), u"License updated."_s);
        QTRY_VERIFY(!box || !box->isVisible());
        QCOMPARE(dialog.license().maxUsers, 900);
    }
};

QTEST_MAIN(LicenseTest)
#include "tst_license.moc"
