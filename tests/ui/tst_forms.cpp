// The fixed property sheets and dialogs (Designer forms in ui/), each opened on its own: every
// label with a shortcut letter leads to a field that takes the focus (no literal "&" on screen),
// the sheet opens with the cursor in its first editable field, and Tab visits the fields in the
// order they are read. With INFINITI_FORM_SHOTS=<folder> every sheet (each tab of it) is also
// saved as a PNG there, to look at before and after a change to a form.
#include "SimFixture.h"
#include "ui/design/LibraryUploadDialog.h"
#include "ui/design/ProjectImportDialog.h"
#include "ui/design/PublishDialog.h"
#include "ui/design/SyncExportDialog.h"
#include "ui/design/SyncImportDialog.h"
#include "ui/produce/PrepareFormDialog.h"
#include "ui/security/GroupDialog.h"
#include "ui/security/RoleDialog.h"
#include "ui/security/UserImportDialog.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/settings/LicenseDialog.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/workflow/ReassignDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class FormsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

    static User sampleUser()
    {
        return User::fromJson(QJsonDocument::fromJson(R"({
            "id": "4f1c2a9e-0000-4000-8000-00000000002a", "username": "jsmith", "prefix": "Ms",
            "firstName": "Jane", "lastName": "Smith", "jobTitle": "Underwriter", "organization": "Example Insurance",
            "email": "jane.smith@example.com", "phone": "+61 2 5550 1234", "lockedOut": true,
            "culture": "en-AU", "language": "en", "timezone": "AUS Eastern Standard Time",
            "streetAddress": {"line1": "1 George St", "city": "Sydney", "state": "NSW", "zipcode": "2000", "country": "Australia"},
            "groups": ["Infiniti Users"], "roles": ["Designer"], "customFields": {"CostCentre": "12"}
        })")
                                  .object());
    }

    // Every label whose text has a shortcut letter (a single "&") has a buddy that takes the
    // focus: otherwise the "&" shows as it is, or the shortcut leads nowhere.
    static void checkBuddies(QWidget *dialog)
    {
        for (auto *label : dialog->findChildren<QLabel *>()) {
            QString text = label->text();
            text.replace(u"&&"_s, QString()).replace(u"&amp;"_s, QString());
            if (!text.contains(QLatin1Char('&')))
                continue;
            QWidget *buddy = label->buddy();
            QVERIFY2(buddy, qPrintable(label->objectName() + u": "_s + label->text()));
            QWidget *target = buddy->focusProxy() ? buddy->focusProxy() : buddy;
            QVERIFY2(target->focusPolicy() & Qt::TabFocus,
                     qPrintable(label->objectName() + u" → "_s + target->objectName()));
        }
    }

    // From `names.first()`, Tab goes through the others in this order.
    static void checkTabOrder(QWidget *dialog, const QStringList &names)
    {
        auto *first = dialog->findChild<QWidget *>(names.first());
        QVERIFY2(first, qPrintable(names.first()));
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(dialog->focusWidget(), first);
        for (qsizetype i = 1; i < names.size(); ++i) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QVERIFY(dialog->focusWidget());
            QCOMPARE(dialog->focusWidget()->objectName(), names.at(i));
        }
    }

    // INFINITI_FORM_SHOTS=<folder>: the dialog (each tab of it) as <folder>/<name>[-<tab>].png.
    static void shoot(QWidget *dialog, const QString &name)
    {
        const QString folder = qEnvironmentVariable("INFINITI_FORM_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        auto *tabs = dialog->findChild<QTabWidget *>();
        if (!tabs) {
            QVERIFY(dialog->grab().save(folder + u'/' + name + u".png"_s));
            return;
        }
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(
                dialog->grab().save(folder + u'/' + name + u'-' + QString::number(i) + u".png"_s));
        }
        tabs->setCurrentIndex(current);
    }

    static void showAndWait(QWidget *dialog)
    {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(20);
        m_session = m_sim->signedInSession();
    }

    void userProperties()
    {
        UserPropertiesDialog dialog(sampleUser(), false);
        dialog.setAvailableGroups({u"Infiniti Users"_s, u"Auditors"_s, u"Designers"_s});
        dialog.setAvailableRoles({u"Designer"_s, u"Data Manager"_s, u"Workflow Manager"_s});
        showAndWait(&dialog);
        shoot(&dialog, u"user-properties"_s);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"username"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"username"_s, u"prefix"_s, u"firstName"_s, u"lastName"_s,
                                u"jobTitle"_s, u"organization"_s});
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(2); // addresses: down the street column, then the postal one
        checkTabOrder(&dialog,
                      {u"street.line1"_s, u"street.line2"_s, u"street.city"_s, u"street.state"_s,
                       u"street.zipcode"_s, u"street.country"_s, u"postal.line1"_s});
        tabs->setCurrentIndex(3);
        checkTabOrder(&dialog, {u"culture"_s, u"language"_s, u"timezone"_s, u"password"_s,
                                u"passwordAgain"_s});
    }
    void newUser()
    {
        UserPropertiesDialog dialog(User{}, true);
        showAndWait(&dialog);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"username"_s);
        // Save with nothing typed: the error is under the username, the cursor in it.
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
        buttons->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"usernameError"_s)->isVisible());
        QCOMPARE(dialog.focusWidget()->objectName(), u"username"_s);
        shoot(&dialog, u"user-new-error"_s);
    }
    void group()
    {
        Group g =
            Group::fromJson(QJsonDocument::fromJson(
                                R"({"id": "g1", "name": "Auditors", "email": "audit@example.com",
                                                              "roles": ["Data Manager"]})")
                                .object());
        GroupDialog dialog(g, false, m_session.get());
        dialog.setAvailableRoles({u"Designer"_s, u"Data Manager"_s, u"Workflow Manager"_s});
        showAndWait(&dialog);
        shoot(&dialog, u"group"_s);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"name"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"name"_s, u"email"_s});
        GroupDialog fresh(Group{}, true, nullptr);
        QVERIFY(!fresh.findChild<QLabel *>(u"groupKind"_s)); // a new group has no kind yet
        QVERIFY(!fresh.findChild<QWidget *>(u"members"_s));
        showAndWait(&fresh);
        shoot(&fresh, u"group-new"_s);
        QTRY_COMPARE(fresh.focusWidget()->objectName(), u"name"_s);
    }
    void role()
    {
        RoleDialog dialog(
            Role::fromJson(QJsonDocument::fromJson(
                               R"({"id": "r1", "name": "Auditor", "permissions": ["ManageUsers"]})")
                               .object()),
            false);
        showAndWait(&dialog);
        shoot(&dialog, u"role"_s);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"name"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"name"_s, u"permissions"_s});
    }
    void license()
    {
        LicenseDialog dialog(m_session.get());
        QSignalSpy shown(&dialog, &LicenseDialog::licenseShown);
        QVERIFY(shown.wait(5000));
        QTRY_VERIFY(!dialog.findChild<QLineEdit *>(u"tenancyKey"_s)->text().isEmpty());
        showAndWait(&dialog);
        shoot(&dialog, u"license"_s);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()
                    ->button(QDialogButtonBox::Close)
                    ->isDefault()); // Return closes
        QVERIFY(!dialog.findChild<QPushButton *>(u"update"_s)->isDefault());
        checkBuddies(&dialog);
        // Update license…: the key is asked for in a sheet of its own; an empty key sends nothing.
        dialog.findChild<QPushButton *>(u"update"_s)->click();
        QDialog *ask = nullptr;
        QTRY_VERIFY((ask = dialog.findChild<QDialog *>()) && ask->isVisible());
        shoot(ask, u"license-key"_s);
        checkBuddies(ask);
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(ask->isVisible());
        QCOMPARE(ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(),
                 u"&Update"_s);
        ask->reject();
    }
    void certificateTrust()
    {
        const auto certificates =
            QSslCertificate::fromPath(QStringLiteral(INFINITI_FIXTURES_DIR "/tls-test.crt"));
        QCOMPARE(certificates.size(), 1);
        CertificateTrustDialog first(u"server.example.com"_s, certificates.first());
        showAndWait(&first);
        shoot(&first, u"certificate-trust"_s);
        checkBuddies(&first);
        // "No" unless chosen: Return rejects.
        QTest::keyClick(&first, Qt::Key_Return);
        QCOMPARE(first.result(), int(QDialog::Rejected));
        QVERIFY(!first.findChild<QLabel *>(u"pinnedFingerprint"_s) ||
                !first.findChild<QLabel *>(u"pinnedFingerprint"_s)->isVisibleTo(&first));
        CertificateTrustDialog changed(u"server.example.com"_s, certificates.first(),
                                       {QByteArray(32, '\xab').toHex()});
        showAndWait(&changed);
        shoot(&changed, u"certificate-changed"_s);
        QCOMPARE(changed.findChild<QLabel *>(u"pinnedFingerprint"_s)->text(),
                 CertificateTrustDialog::formatFingerprint(QByteArray(32, '\xab').toHex()));
        QVERIFY(changed.findChild<QLabel *>(u"intro"_s)->text().contains(u"has changed"_s));
    }
    void publish()
    {
        const QJsonObject published =
            QJsonDocument::fromJson(R"({"id": "p1", "projectId": "pr1", "projectName": "Claims",
            "folderId": "f1", "folderName": "Insurance", "options": {"allowPreview": true, "troubleshootingMode": 2},
            "messages": {"helpText": "Call us"}, "outputFormats": {"document": [{"extension": "pdf"}]}})")
                .object();
        PublishDialog dialog(published, {{u"f1"_s, u"Insurance"_s}, {u"f2"_s, u"Finance"_s}});
        showAndWait(&dialog);
        shoot(&dialog, u"publish"_s);
        checkBuddies(&dialog);
        QVERIFY(dialog.findChild<QCheckBox *>(u"allowPreview"_s)->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"allowSave"_s)->isChecked());
        QVERIFY(dialog.findChild<QCheckBox *>(u"document/pdf"_s)->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"document/docx"_s)->isChecked());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"helpText"_s)->text(), u"Call us"_s);
        // What the form shows goes back under the same keys.
        const QJsonObject o = dialog.object();
        QCOMPARE(o.value("options"_L1).toObject().value("allowPreview"_L1), QJsonValue(true));
        QCOMPARE(o.value("options"_L1).toObject().value("troubleshootingMode"_L1), QJsonValue(2));
        QCOMPARE(o.value("options"_L1).toObject().size(),
                 14); // 13 options and the troubleshooting mode
        QCOMPARE(o.value("messages"_L1).toObject().value("helpText"_L1), QJsonValue(u"Call us"_s));
        QCOMPARE(o.value("messages"_L1).toObject().size(), 3);
        QCOMPARE(o.value("outputFormats"_L1).toObject().value("document"_L1).toArray().size(), 1);
        // Project and folder are fixed for a publication: the cursor starts at the first field
        // that can be edited.
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"troubleshootingMode"_s);
        checkTabOrder(&dialog,
                      {u"troubleshootingMode"_s, u"helpText"_s, u"wizardFinishPageMessage"_s,
                       u"completionPageMessage"_s, u"document/docx"_s, u"document/pdf"_s});
        // No output format: the error is under the formats.
        dialog.findChild<QCheckBox *>(u"document/pdf"_s)->setChecked(false);
        dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"outputFormatsError"_s)->isVisible());
        shoot(&dialog, u"publish-error"_s);
    }
    void libraryUpload()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(u"Letter.docx"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("PK not really a document");
        good.close();
        QFile empty(dir.filePath(u"Empty.docx"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        LibraryUploadDialog dialog({good.fileName(), empty.fileName()},
                                   {{u"Document"_s}, {u"Letters"_s}, {u"Templates"_s}, {}});
        showAndWait(&dialog);
        shoot(&dialog, u"library-upload"_s);
        QCOMPARE(dialog.table()->columnCount(), 6);
        QCOMPARE(dialog.uploads().size(), 1);
        QVERIFY(dialog.findChild<QLabel *>(u"uploadProblems"_s)->text().contains(u"left out"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"uploadButton"_s)->isEnabled());
    }
    void syncExport()
    {
        SyncExportDialog dialog(m_session.get(),
                                {QJsonObject{{"id"_L1, u"p1"_s}, {"name"_L1, u"Claims"_s}}});
        showAndWait(&dialog);
        shoot(&dialog, u"sync-export"_s);
        QVERIFY(
            !dialog.options().value("connectionStrings"_L1).toBool()); // secrets: off to begin with
        QVERIFY(dialog.options().value("users"_L1).toBool());
        // The cursor starts in the parts, and Tab goes through them before the buttons.
        const auto parts = dialog.findChildren<QCheckBox *>();
        QVERIFY(parts.size() > 3);
        QTRY_VERIFY(qobject_cast<QCheckBox *>(dialog.focusWidget()));
        QCOMPARE(dialog.focusWidget()->objectName(), parts.first()->objectName());
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog.focusWidget()->objectName(), parts.at(1)->objectName());
    }
    void syncImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pack.iqpkg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"projects": [{"name": "Claims", "version": "3.0"}], "users": [{"username": "a"}, {"username": "b"}]})");
        file.close();
        SyncImportDialog dialog(m_session.get(), path);
        showAndWait(&dialog);
        shoot(&dialog, u"sync-import"_s);
        QVERIFY(dialog.isReadable());
        QCOMPARE(dialog.table()->columnCount(), 7);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->horizontalHeaderItem(2)->text(), u"Apply"_s);
    }
    void reassign()
    {
        ReassignDialog dialog(nullptr, u"Reassign 2 workflows"_s, true);
        showAndWait(&dialog);
        shoot(&dialog, u"reassign"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"assignee"_s, u"comment"_s, u"notify"_s});
        QVERIFY(dialog.findChild<QCheckBox *>(u"notify"_s)->isChecked());
        ReassignDialog task(nullptr, u"Reassign a task"_s, false);
        QVERIFY(!task.findChild<QCheckBox *>(u"notify"_s)->isVisibleTo(&task));
        // Nobody chosen: Reassign does not close the dialog.
        showAndWait(&task);
        task.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(task.isVisible());
        task.assignee()->setEditText(u"someone"_s);
        task.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(task.result(), int(QDialog::Accepted));
        QCOMPARE(task.assigneeName(), u"someone"_s);
    }
    void projectImport()
    {
        const QString package = QStringLiteral(INFINITI_FIXTURES_DIR
                                               "/vendor-packages/DocuSign Baseline Project.ixpkg");
        ProjectImportDialog dialog(m_session.get(), {package}, {{u"f1"_s, u"Insurance"_s}},
                                   u"f1"_s);
        showAndWait(&dialog);
        QTRY_VERIFY(dialog.lookupsDone());
        shoot(&dialog, u"project-import"_s);
        checkBuddies(&dialog);
        QCOMPARE(dialog.table()->columnCount(), int(ProjectImportDialog::ColumnCount));
        QVERIFY(dialog.table()->rowCount() >= 1);
        QCOMPARE(dialog.folderChooser()->currentData().toString(), u"f1"_s);
        checkTabOrder(&dialog, {u"overwriteProjects"_s, u"overwriteContentItems"_s,
                                u"targetFolder"_s, u"importComment"_s});
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()
                     ->button(QDialogButtonBox::Close)
                     ->autoDefault()); // Return never closes it
    }
    void userImport()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"users.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("username,email,firstName\nnew.one,new.one@example.com,New\n,nobody@example.com,"
                  "No name\n");
        csv.close();
        UserImportDialog dialog(m_session.get());
        dialog.loadFile(csv.fileName());
        showAndWait(&dialog);
        QTRY_VERIFY(dialog.findChild<QTableWidget *>(u"rows"_s)->rowCount() == 2);
        shoot(&dialog, u"user-import"_s);
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisibleTo(&dialog));
        QCOMPARE(dialog.findChild<QTableWidget *>(u"rows"_s)->columnCount(), 5);
        QVERIFY2(dialog.findChild<QLabel *>(u"summary"_s)->text().contains(u"1 rows ready"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"summary"_s)->text()));
        QVERIFY(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    }
    void prepareForm()
    {
        PrepareFormDialog dialog(m_session.get(), u"motor-claim"_s);
        showAndWait(&dialog);
        shoot(&dialog, u"prepare-form"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"publishForm"_s, u"valuesTable"_s, u"addValue"_s});
        checkTabOrder(
            &dialog, {u"createInProgress"_s, u"saveDescription"_s, u"asUser"_s, u"preparedLink"_s});
        QVERIFY(
            dialog.findChild<QPushButton *>(u"prepareButton"_s)->isDefault()); // Return prepares
    }
};

QTEST_MAIN(FormsTest)
#include "tst_forms.moc"
