// The console's security and settings sheets against a server that follows the documentation
// and none of our emulator's habits (issue #13): it replaces an entity with the PATCH body,
// answers PascalCase, writes without answer bodies and caps its pages. A user's last role can
// be removed; nothing the sheet does not show is lost; bulk changes read each user fresh; pick
// lists hold every page; the list shows every user.
#include "api/endpoints/SettingsEndpoints.h"
#include "api/Session.h"
#include "DocumentServer.h"
#include "ui/lists/JsonFormDialog.h"
#include "ui/lists/SettingsPane.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/security/UsersPane.h"
#include "UiWait.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class ConformingConsoleTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<DocumentServer> m_server;
    std::unique_ptr<Session> m_session;
    QString m_janeId;

    static QJsonObject jane()
    {
        return {{"username"_L1, u"jane"_s},
                {"firstName"_L1, u"Jane"_s},
                {"email"_L1, u"jane@example.com"_s},
                {"roles"_L1, QJsonArray{u"Auditor"_s}},
                {"groups"_L1, QJsonArray{u"Group 07"_s}},
                {"customFields"_L1, QJsonObject{{"Department"_L1, u"Audit"_s}}},
                {"postalAddress"_L1, QJsonObject{{"city"_L1, u"Perth"_s}}},
                {"futureField"_L1, u"kept"_s}};
    }
    static void save(QWidget *dialog)
    {
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
    }
    static QListWidgetItem *item(QListWidget *list, const QString &name)
    {
        const auto items = list->findItems(name, Qt::MatchExactly);
        return items.isEmpty() ? nullptr : items.first();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<DocumentServer>();
        m_server->envelopes.insert(u"customFields"_s, u"customFields"_s);
        m_server->pageCap = 25;
        m_janeId = m_server->add(u"users"_s, jane());
        for (int i = 0; i < 229; ++i)
            m_server->add(u"users"_s, {{"username"_L1, u"user%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                                       {"roles"_L1, QJsonArray()},
                                       {"groups"_L1, QJsonArray()},
                                       {"email"_L1, u"u%1@example.com"_s.arg(i)}});
        for (int i = 0; i < 60; ++i)
            m_server->add(u"groups"_s, {{"name"_L1, u"Group %1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                                        {"roles"_L1, QJsonArray()}});
        m_server->add(u"roles"_s, {{"name"_L1, u"Auditor"_s}, {"permissions"_L1, QJsonArray()}});
        Profile p;
        p.name = u"conforming"_s;
        p.manageUrl = QUrl(m_server->origin());
        m_session = std::make_unique<Session>(p);
        m_session->setToken(u"tok"_s, u"admin"_s);
    }

    void theListShowsEveryUserThroughCappedPages()
    {
        UsersPane pane;
        pane.resize(900, 600);
        pane.show();
        QAbstractItemModelTester tester(pane.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.listModel()->rowCount() >= 25);
        QVERIFY(pane.listModel()->rowCount() > 25 ||
                pane.listModel()->canFetchMore()); // a short page is no end
        while (pane.listModel()->canFetchMore()) {
            pane.view()->scrollToBottom();
            QTest::qWait(20);
        }
        QTRY_COMPARE(pane.listModel()->rowCount(), 230);
    }

    void theLastRoleOfAUserCanBeRemovedAndNothingElseIsLost_data()
    {
        QTest::addColumn<bool>("replaces");
        QTest::newRow("a server that replaces") << true; // what the sheet left out was lost
        QTest::newRow("a server that merges") << false;  // an absent `roles` kept the role
    }

    void theLastRoleOfAUserCanBeRemovedAndNothingElseIsLost()
    {
        QFETCH(bool, replaces);
        m_server->replaceOnPatch = replaces;
        UsersPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.listModel()->rowCount() >= 1);
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<UserPropertiesDialog>(&pane);
        QVERIFY(dialog);
        auto *roles = dialog->findChild<QListWidget *>(u"roles"_s);
        QTRY_VERIFY(item(roles, u"Auditor"_s) &&
                    item(roles, u"Auditor"_s)->checkState() == Qt::Checked);
        auto *groups = dialog->findChild<QListWidget *>(u"groups"_s);
        QTRY_COMPARE(groups->count(), 60); // every group, through three capped pages
        item(roles, u"Auditor"_s)->setCheckState(Qt::Unchecked);
        save(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        const QJsonObject stored = *m_server->find(u"users"_s, m_janeId);
        QCOMPARE(stored.value("roles"_L1).toArray(), QJsonArray());
        QCOMPARE(stored.value("groups"_L1).toArray(), QJsonArray{u"Group 07"_s});
        QCOMPARE(stored.value("customFields"_L1).toObject().value("Department"_L1).toString(),
                 u"Audit"_s);
        QCOMPARE(stored.value("postalAddress"_L1).toObject().value("city"_L1).toString(),
                 u"Perth"_s);
        QCOMPARE(stored.value("futureField"_L1).toString(), u"kept"_s);
        // Read fresh just before the PATCH, then read back (204 without a body).
        const auto &requests = m_server->requests;
        qsizetype patch = -1;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests.at(i).method == "PATCH")
                patch = i;
        }
        QVERIFY(patch > 0);
        QCOMPARE(requests.at(patch - 1).method, QByteArray("GET"));
        QVERIFY(requests.at(patch - 1).target.endsWith(m_janeId.toUtf8()));
        QCOMPARE(requests.at(patch + 1).method, QByteArray("GET"));
    }

    void anEditSinceOpeningIsNotUndone()
    {
        // Someone else changes the email while the sheet is open; we change the first name.
        UsersPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.listModel()->rowCount() >= 1);
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<UserPropertiesDialog>(&pane);
        QTRY_VERIFY(dialog->findChild<QLineEdit *>(u"email"_s)->text() == u"jane@example.com"_s);
        m_server->find(u"users"_s, m_janeId)->insert("email"_L1, u"new@example.com"_s);
        auto *first = dialog->findChild<QLineEdit *>(u"firstName"_s);
        first->clear();
        QTest::keyClicks(first, u"Janet"_s);
        save(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        const QJsonObject stored = *m_server->find(u"users"_s, m_janeId);
        QCOMPARE(stored.value("firstName"_L1).toString(), u"Janet"_s);
        QCOMPARE(stored.value("email"_L1).toString(), u"new@example.com"_s);
    }

    void bulkDisableReadsEachUserFresh()
    {
        UsersPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.listModel()->rowCount() >= 3);
        // The list's copies lack what the server has since learnt.
        m_server->find(u"users"_s, m_janeId)->insert("phone"_L1, u"555"_s);
        pane.view()->selectRow(0);
        pane.changeSelected(UsersPane::Change::Disable);
        QTRY_VERIFY(m_server->find(u"users"_s, m_janeId)->value("disabled"_L1).toBool());
        const QJsonObject stored = *m_server->find(u"users"_s, m_janeId);
        QCOMPARE(stored.value("phone"_L1).toString(), u"555"_s);
        QCOMPARE(stored.value("roles"_L1).toArray(), QJsonArray{u"Auditor"_s});
        QCOMPARE(stored.value("futureField"_L1).toString(), u"kept"_s);
        QTRY_COMPARE(pane.view()->model()->index(0, UsersModel::Disabled).data().toString(),
                     tr("Yes"));
    }

    void aSettingsSheetKeepsWhatItDoesNotShow()
    {
        const QString id = m_server->add(u"customFields"_s, {{"name"_L1, u"Department"_s},
                                                             {"validationType"_L1, u"Text"_s},
                                                             {"location"_L1, u"UserProfile"_s},
                                                             {"maxLength"_L1, 40}});
        SettingsPane::Spec spec;
        for (const auto &s : SettingsPane::adminSettings()) {
            if (s.key == u"customFields"_s)
                spec = s;
        }
        SettingsPane pane(spec);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_COMPARE(pane.listModel()->rowCount(), 1);
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
        QCOMPARE(name->text(), u"Department"_s); // read from PascalCase
        name->clear();
        QTest::keyClicks(name, u"Division"_s);
        save(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        const QJsonObject stored = *m_server->find(u"customFields"_s, id);
        QCOMPARE(stored.value("name"_L1).toString(), u"Division"_s);
        QCOMPARE(stored.value("maxLength"_L1).toInt(), 40);
        QCOMPARE(stored.value("location"_L1).toString(), u"UserProfile"_s);
        QCOMPARE(pane.view()->model()->index(0, 0).data().toString(), u"Division"_s);
    }
};

QTEST_MAIN(ConformingConsoleTest)
#include "tst_conformingconsole.moc"
