// The fixed property sheets and dialogs (Designer forms in ui/), each opened on its own: every
// label with a shortcut letter leads to a field that takes the focus (no literal "&" on screen),
// the sheet opens with the cursor in its first editable field, and Tab visits the fields in the
// order they are read. With INFINITI_FORM_SHOTS=<folder> every sheet (each tab of it) is also
// saved as a PNG there, to look at before and after a change to a form.
#include "api/endpoints/LibraryEndpoints.h"
#include "compare/Comparison.h"
#include "formats/Json.h"
#include "SimFixture.h"
#include "ui/common/HistoryDialog.h"
#include "ui/compare/PromotionDialog.h"
#include "ui/compare/SideBySideDialog.h"
#include "ui/design/LibraryUploadDialog.h"
#include "ui/design/ProjectImportDialog.h"
#include "ui/design/PublishDialog.h"
#include "ui/design/SyncExportDialog.h"
#include "ui/design/SyncImportDialog.h"
#include "ui/produce/FormsPane.h"
#include "ui/produce/GenerateDialog.h"
#include "ui/produce/OutputFilesView.h"
#include "ui/produce/PrepareFormDialog.h"
#include "ui/produce/ValuesTable.h"
#include "ui/security/GroupDialog.h"
#include "ui/security/RoleDialog.h"
#include "ui/security/UserImportDialog.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/settings/LicenseDialog.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/GlobalFind.h"
#include "ui/workflow/ReassignDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
        // The id of a user that exists is shown; the culture and language by name, the codes
        // kept as the server sent them (and sent back unchanged).
        QVERIFY(!dialog.findChild<QLabel *>(u"id"_s)->isHidden());
        auto *culture = dialog.findChild<QComboBox *>(u"culture"_s);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QCOMPARE(culture->currentText(), u"English (Australia) — en-AU"_s);
        QCOMPARE(language->currentText(), u"English — en"_s);
        QCOMPARE(dialog.user().culture, u"en-AU"_s);
        QCOMPARE(dialog.user().language, u"en"_s);
        QCOMPARE(dialog.user().culture, dialog.shown().culture);
        // Another chosen by name is sent as its code; a code typed that is not listed as it is.
        language->setCurrentIndex(language->findData(u"de"_s));
        QCOMPARE(language->currentText(), u"German — de"_s);
        QCOMPARE(dialog.user().language, u"de"_s);
        culture->setEditText(u"xx-YY"_s);
        QCOMPARE(dialog.user().culture, u"xx-YY"_s);
    }
    void newUser()
    {
        UserPropertiesDialog dialog(User{}, true);
        showAndWait(&dialog);
        // No id row until the server gives the user one.
        QVERIFY(dialog.findChild<QLabel *>(u"id"_s)->isHidden());
        QVERIFY(dialog.findChild<QLabel *>(u"idLabel"_s)->isHidden());
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
        // The troubleshooting mode says what its default is and that the rest is the server's.
        auto *mode = dialog.findChild<QSpinBox *>(u"troubleshootingMode"_s);
        mode->setValue(0);
        QCOMPARE(mode->text(), u"0 (the default)"_s);
        QVERIFY(mode->toolTip().contains(u"only its default"_s));
        // An existing publication is saved; a new one is published, with no gap between the
        // folder and the options.
        QVERIFY(!dialog.findChild<QDialogButtonBox *>(u"buttons"_s)
                     ->button(QDialogButtonBox::Save)
                     ->text()
                     .contains(u"Publish"_s));
        PublishDialog fresh(QJsonObject{}, {{u"f1"_s, u"Insurance"_s}});
        showAndWait(&fresh);
        shoot(&fresh, u"publish-new"_s);
        QCOMPARE(fresh.findChild<QDialogButtonBox *>(u"buttons"_s)
                     ->button(QDialogButtonBox::Save)
                     ->text(),
                 u"&Publish"_s);
        auto *folder = fresh.findChild<QComboBox *>(u"folderId"_s);
        auto *options = fresh.findChild<QWidget *>(u"options"_s);
        const int gap = options->mapTo(&fresh, QPoint(0, 0)).y() -
                        folder->mapTo(&fresh, QPoint(0, folder->height())).y();
        QVERIFY2(gap < 40, qPrintable(QString::number(gap)));
    }
    void publishKeepsTheFormatsItDoesNotOffer()
    {
        // The set of output formats is not documented (contract 5.1 shows docx, pptx, xlsx):
        // toggling a box must not drop rtf, nor unlock a locked docx (it rebuilt the arrays).
        const QJsonObject published =
            QJsonDocument::fromJson("{\"id\":\"p1\",\"projectId\":\"pr1\",\"folderId\":\"f1\","
                                    "\"outputFormats\":{\"document\":[{\"extension\":\"docx\","
                                    "\"version\":\"2010\",\"lock\":true},{\"extension\":\"rtf\"}],"
                                    "\"spreadsheet\":[{\"extension\":\"xlsx\"}]}}")
                .object();
        PublishDialog dialog(published, {{u"f1"_s, u"Insurance"_s}});
        showAndWait(&dialog);
        auto *kept = dialog.findChild<QLabel *>(u"otherFormats"_s);
        QVERIFY(kept && kept->isVisible());
        QVERIFY2(kept->text().contains(u"rtf"_s), qPrintable(kept->text()));
        dialog.findChild<QCheckBox *>(u"document/pdf"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"spreadsheet/xlsx"_s)->setChecked(false);
        const QJsonObject formats = dialog.object().value("outputFormats"_L1).toObject();
        const QJsonArray document = formats.value("document"_L1).toArray();
        QCOMPARE(document.size(), 3);
        QCOMPARE(document.at(0).toObject(),
                 (QJsonObject{
                     {"extension"_L1, u"docx"_s}, {"version"_L1, u"2010"_s}, {"lock"_L1, true}}));
        QCOMPARE(document.at(1).toObject(), (QJsonObject{{"extension"_L1, u"rtf"_s}}));
        QCOMPARE(Json::string(document.at(2).toObject(), "extension"_L1), u"pdf"_s);
        QVERIFY(formats.value("spreadsheet"_L1).toArray().isEmpty());
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
        // What may be changed says so (the file itself may not), and typing changes it.
        QTableWidget *table = dialog.table();
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable));
        for (int c = 1; c < table->columnCount(); ++c)
            QVERIFY2(!table->item(0, c)->toolTip().isEmpty(), qPrintable(QString::number(c)));
        table->setFocus();
        table->setCurrentCell(0, 3); // Category
        QTest::keyClick(table, Qt::Key_L);
        QComboBox *chooser = nullptr; // of the values the library already uses
        QTRY_VERIFY((chooser = table->findChild<QComboBox *>()) && chooser->isVisible());
    }
    void syncExport()
    {
        SyncExportDialog dialog(m_session.get(),
                                {QJsonObject{{"id"_L1, u"p1"_s}, {"name"_L1, u"Claims"_s}}});
        showAndWait(&dialog);
        shoot(&dialog, u"sync-export"_s);
        // What goes in reads as a sentence (walk 30: "1 project: Claims — with what the parts
        // below add.").
        // (Without the English catalogue here: "project(s)".)
        const QString what = dialog.findChild<QLabel *>(u"what"_s)->text();
        QVERIFY2(what.startsWith(u"The package holds the project"_s) &&
                     what.endsWith(u" “Claims” and the parts ticked below."_s),
                 qPrintable(what));
        QVERIFY(
            !dialog.options().value("connectionStrings"_L1).toBool()); // secrets: off to begin with
        QVERIFY(!dialog.options().value("connectorSettings"_L1).toBool()); // secrets too
        QVERIFY(!dialog.options().value("users"_L1).toBool()); // the server's security: asked for
        QVERIFY(dialog.options().value("projects"_L1).toBool());
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
        // IfNewer only where the vendor documents it (projects, library items).
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            auto *mode = qobject_cast<QComboBox *>(dialog.table()->cellWidget(row, 2));
            QVERIFY(mode);
            const bool projects =
                dialog.table()->item(row, 0)->data(Qt::UserRole).toString() == "projects"_L1;
            QCOMPARE(mode->findData(u"IfNewer"_s) >= 0, projects);
        }
    }
    void reassign()
    {
        ReassignDialog dialog(nullptr, u"Reassign 2 workflows"_s, true);
        showAndWait(&dialog);
        shoot(&dialog, u"reassign"_s);
        checkBuddies(&dialog);
        checkTabOrder(&dialog, {u"assignee"_s, u"comment"_s, u"notify"_s});
        // Not promised by default: the vendor's API documents no notification (contract 9.2).
        QVERIFY(!dialog.findChild<QCheckBox *>(u"notify"_s)->isChecked());
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
        // The preview finds out which rows create and which update before it is ready.
        QTRY_VERIFY2(dialog.findChild<QLabel *>(u"summary"_s)->text().contains(u"1 rows ready"_s),
                     qPrintable(dialog.findChild<QLabel *>(u"summary"_s)->text()));
        shoot(&dialog, u"user-import"_s);
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisibleTo(&dialog));
        QCOMPARE(dialog.findChild<QTableWidget *>(u"rows"_s)->columnCount(), 5);
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

    void generate()
    {
        QString publishId;
        for (const auto &p : m_sim->server->store().documents(u"publishedprojects"_s)) {
            if (publishId.isEmpty())
                publishId = Json::string(p, "id"_L1);
        }
        QVERIFY(!publishId.isEmpty());
        QWidget window; // the window the dialog belongs to must stay too (issue #13)
        window.show();
        GenerateDialog dialog(m_session.get(), publishId, &window);
        showAndWait(&dialog);
        shoot(&dialog, u"generate"_s);
        for (const auto &name :
             {u"form"_s, u"valuesTable"_s, u"addValue"_s, u"dataFiles"_s, u"answerFile"_s,
              u"version"_s, u"logGeneration"_s, u"generationStatus"_s, u"startGeneration"_s,
              u"cancelGeneration"_s, u"outputFiles"_s})
            QVERIFY2(dialog.findChild<QWidget *>(name), qPrintable(name));
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"form"_s);
        checkBuddies(&dialog);
        QVERIFY(
            dialog.findChild<QPushButton *>(u"startGeneration"_s)->isDefault()); // Return generates
        QVERIFY(!dialog.findChild<QPushButton *>(u"cancelGeneration"_s)->isEnabled());
        QVERIFY(dialog.findChild<QCheckBox *>(u"logGeneration"_s)->isChecked());
        // Remove is enabled while a row is current (there is something to remove); it follows
        // Add value in the tab order.
        QVERIFY(!dialog.findChild<QPushButton *>(u"removeValue"_s)->isEnabled());
        dialog.values()->setValue(u"x"_s, u"1"_s);
        dialog.values()->table()->setCurrentCell(0, 1); // the last cell: Tab leaves the table
        checkTabOrder(&dialog, {u"form"_s, u"valuesTable"_s, u"addValue"_s, u"removeValue"_s});
        dialog.findChild<QPushButton *>(u"removeValue"_s)->click();
        QCOMPARE(dialog.values()->table()->rowCount(), 0);
        checkTabOrder(&dialog, {u"answerFile"_s, u"version"_s, u"logGeneration"_s});
        // Alt+N (Named values) goes into the values table itself.
        auto *valuesLabel = dialog.findChild<QLabel *>(u"valuesLabel"_s);
        QVERIFY(valuesLabel);
        QCOMPARE(valuesLabel->buddy(), dialog.values()->table());

        // Tab and Shift+Tab through the values table (issue #13: the window once vanished):
        // cell to cell, out after the last cell and back in, also while editing; the dialog and
        // its window stay, and the values typed are kept.
        QPointer<GenerateDialog> alive(&dialog);
        dialog.values()->setValue(u"a"_s, u"1"_s);
        dialog.values()->setValue(u"b"_s, u"2"_s);
        QTableWidget *cells = dialog.values()->table();
        dialog.findChild<QWidget *>(u"form"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog.focusWidget(), cells);
        cells->setCurrentCell(0, 0);
        for (int step = 1; step < 4; ++step) { // (0,1), (1,0), (1,1)
            QTest::keyClick(cells, Qt::Key_Tab);
            QCOMPARE(dialog.focusWidget(), cells);
            QCOMPARE(cells->currentRow() * 2 + cells->currentColumn(), step);
        }
        QTest::keyClick(cells, Qt::Key_Tab); // after the last cell: out to Add value
        QCOMPARE(dialog.focusWidget()->objectName(), u"addValue"_s);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab,
                        Qt::ShiftModifier); // back in, at the last cell
        QCOMPARE(dialog.focusWidget(), cells);
        for (int step = 2; step >= 0; --step) {
            QTest::keyClick(cells, Qt::Key_Backtab);
            QCOMPARE(dialog.focusWidget(), cells);
            QCOMPARE(cells->currentRow() * 2 + cells->currentColumn(), step);
        }
        QTest::keyClick(cells, Qt::Key_Backtab); // before the first cell: out to the form chooser
        QCOMPARE(dialog.focusWidget()->objectName(), u"form"_s);
        // Editing the last cell: Tab keeps the value and leaves; Shift+Tab in the first cell's
        // editor leaves backwards.
        cells->setFocus();
        cells->setCurrentCell(1, 1);
        cells->editItem(cells->item(1, 1));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != cells);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, u"22"_s);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"addValue"_s);
        cells->setFocus();
        cells->setCurrentCell(0, 0);
        cells->editItem(cells->item(0, 0));
        editor = QApplication::focusWidget();
        QVERIFY(editor && editor != cells);
        QTest::keyClick(editor, Qt::Key_Backtab);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"form"_s);
        QVERIFY(alive && dialog.isVisible() && window.isVisible());
        QCOMPARE(dialog.values()->values(), (QJsonObject{{"a"_L1, u"1"_s}, {"b"_L1, u"22"_s}}));
        // Add value from anywhere: the new label is edited, Tab goes on to its value (it went
        // from the cell that was current before, back into the new label, over what was typed).
        cells->setCurrentCell(0, 0);
        dialog.findChild<QPushButton *>(u"addValue"_s)->click();
        editor = QApplication::focusWidget();
        QVERIFY(editor && cells->isAncestorOf(editor));
        QTest::keyClicks(editor, u"claimNumber"_s);
        QTest::keyClick(editor, Qt::Key_Tab);
        editor = QApplication::focusWidget();
        QVERIFY(editor && cells->isAncestorOf(editor));
        QCOMPARE(cells->currentColumn(), 1);
        QTest::keyClicks(editor, u"C-1"_s);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"addValue"_s);
        QCOMPARE(dialog.values()->values(),
                 (QJsonObject{{"a"_L1, u"1"_s}, {"b"_L1, u"22"_s}, {"claimNumber"_L1, u"C-1"_s}}));
        // Escape closes it.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    void history()
    {
        const QJsonObject logo =
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Company logo"_s);
        const QString id = logo.value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        HistoryDialog dialog(
            m_session.get(),
            {u"History of Company logo"_s, LibraryEndpoints::history(id),
             [id](const QString &v) { return LibraryEndpoints::exportVersion(id, v); },
             [](const QString &v) {
                 return u"logo v%1.png"_s.arg(v);
             }});
        auto *extra = new QPushButton(u"&Restore"_s);
        extra->setObjectName(u"restoreVersion"_s);
        dialog.addButton(extra);
        showAndWait(&dialog);
        QTRY_COMPARE(dialog.versions().size(), 3);
        shoot(&dialog, u"history"_s);
        for (const auto &name : {u"historyTable"_s, u"historyStatus"_s, u"openVersion"_s,
                                 u"saveVersionAs"_s, u"buttons"_s})
            QVERIFY2(dialog.findChild<QWidget *>(name), qPrintable(name));
        QVERIFY(dialog.findChild<QLabel *>(u"historyStatus"_s)->text().contains(u"3 version"_s));
        auto *table = dialog.findChild<QTableWidget *>(u"historyTable"_s);
        QCOMPARE(table->columnCount(), 5);
        // Walk 28: the comment, last, reaches the right edge; rows as the lists have them.
        QCOMPARE(table->horizontalHeader()->sectionViewportPosition(4) +
                     table->horizontalHeader()->sectionSize(4),
                 table->viewport()->width());
        QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(table->verticalHeader()->defaultSectionSize(), table->fontMetrics().height() + 8);
        QCOMPARE(
            dialog.selectedVersion(),
            dialog.findChild<QTableWidget *>(u"historyTable"_s)->item(0, 0)->text()); // the newest
        QVERIFY(dialog.findChild<QPushButton *>(u"openVersion"_s)->isEnabled());
        QVERIFY(extra->isEnabled());
        checkBuddies(&dialog);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"historyTable"_s);
        checkTabOrder(&dialog, {u"historyTable"_s, u"openVersion"_s, u"saveVersionAs"_s,
                                u"restoreVersion"_s});
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    void sideBySide()
    {
        compare::Difference difference;
        difference.part = compare::Part::Roles;
        difference.key = u"roles:designer"_s;
        difference.name = u"Designer"_s;
        difference.change = compare::Change::Changed;
        difference.summary = u"Designer: permissions differ"_s;
        const QList<compare::SideBySideRow> rows = {
            {u"name"_s, u"Designer"_s, u"Designer"_s, false, false},
            {u"permissions"_s, u"Design projects"_s, u"Management console, Design projects"_s, true,
             false},
            {u"connectionString"_s, u"•••"_s, u"•••"_s, true, true}};
        SideBySideDialog dialog(difference, rows, u"Test"_s, u"Production"_s);
        showAndWait(&dialog);
        shoot(&dialog, u"side-by-side"_s);
        for (const auto &name : {u"summaryLabel"_s, u"explanationLabel"_s, u"sideBySideTable"_s,
                                 u"onlyChangedCheck"_s, u"buttons"_s})
            QVERIFY2(dialog.findChild<QWidget *>(name), qPrintable(name));
        QCOMPARE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text(), difference.summary);
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->horizontalHeaderItem(1)->text(), u"Test (source)"_s);
        QVERIFY(dialog.isMarkedChanged(1) && !dialog.isMarkedChanged(0));
        QVERIFY(dialog.findChild<QDialogButtonBox *>(u"buttons"_s)
                    ->button(QDialogButtonBox::Close)
                    ->isDefault());
        checkBuddies(&dialog);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"sideBySideTable"_s);
        checkTabOrder(&dialog, {u"sideBySideTable"_s,
                                u"onlyChangedCheck"_s}); // a table to read: Tab leaves it
        dialog.findChild<QCheckBox *>(u"onlyChangedCheck"_s)->setChecked(true);
        QVERIFY(dialog.table()->isRowHidden(0) && !dialog.table()->isRowHidden(1));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    void promotion()
    {
        // The target has five users more than the source: five "only there" to delete or not.
        SimFixture target(25);
        Profile production = target.profile();
        production.name = u"Production"_s;
        auto targetSession = test::signedInSession(production);
        compare::CompareOptions options;
        options.parts = {compare::Part::Users};
        compare::Comparison comparison(m_session.get(), targetSession.get(), options);
        QSignalSpy done(&comparison, &compare::Comparison::finished);
        comparison.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(comparison.succeeded(), qPrintable(comparison.errorText()));
        QVERIFY(!comparison.result().differences.isEmpty());
        PromotionDialog dialog(m_session.get(), targetSession.get(), &comparison,
                               comparison.result().differences);
        showAndWait(&dialog);
        shoot(&dialog, u"promotion"_s);
        for (const auto &name :
             {u"promotionIntro"_s, u"includeSecretsCheck"_s, u"allowDeletesCheck"_s,
              u"deleteConfirmEdit"_s, u"deleteConfirmHint"_s, u"planCounts"_s, u"planTable"_s,
              u"planWarnings"_s, u"promotionProgress"_s, u"promotionStatus"_s, u"remainingLabel"_s,
              u"remainingTable"_s, u"dryRunButton"_s, u"promoteButton"_s, u"closeButton"_s})
            QVERIFY2(dialog.findChild<QWidget *>(name), qPrintable(name));
        checkBuddies(&dialog);
        auto *confirmLabel = dialog.findChild<QLabel *>(u"deleteConfirmLabel"_s);
        QVERIFY(confirmLabel);
        QCOMPARE(confirmLabel->buddy(), dialog.findChild<QLineEdit *>(u"deleteConfirmEdit"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"promoteButton"_s)->isDefault());
        QVERIFY(dialog.findChild<QCheckBox *>(u"allowDeletesCheck"_s)->isEnabled()); // five removed
        QVERIFY(!dialog.findChild<QLineEdit *>(u"deleteConfirmEdit"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QWidget *>(u"remainingTable"_s)->isVisibleTo(&dialog));
        QVERIFY(dialog.planTable()->rowCount() > 0);
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"includeSecretsCheck"_s);
        // Allowing deletions: the confirmation field opens, takes the cursor, and says what to
        // type.
        dialog.findChild<QCheckBox *>(u"allowDeletesCheck"_s)->setChecked(true);
        QVERIFY(dialog.findChild<QLineEdit *>(u"deleteConfirmEdit"_s)->isEnabled());
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"deleteConfirmEdit"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"deleteConfirmHint"_s)->isVisibleTo(&dialog));
        shoot(&dialog, u"promotion-deletes"_s);
        checkTabOrder(&dialog, {u"includeSecretsCheck"_s, u"allowDeletesCheck"_s,
                                u"deleteConfirmEdit"_s, u"planTable"_s});
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void entityFrame()
    {
        // The frame every property sheet shares: its note, status line and Save / Cancel, under
        // the sheet's own fields; Escape with nothing changed closes it.
        RoleDialog dialog(Role{}, true);
        dialog.setNote(u"Roles are shared by every project."_s);
        showAndWait(&dialog);
        shoot(&dialog, u"entity-frame"_s);
        for (const auto &name : {u"sheetNote"_s, u"status"_s, u"buttons"_s})
            QVERIFY2(dialog.findChild<QWidget *>(name), qPrintable(name));
        QVERIFY(dialog.findChild<QLabel *>(u"sheetNote"_s)->isVisible());
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
        QVERIFY(buttons->button(QDialogButtonBox::Save) &&
                buttons->button(QDialogButtonBox::Cancel));
        // The fields come first, the frame under them.
        QVERIFY(dialog.findChild<QWidget *>(u"name"_s)->mapTo(&dialog, QPoint()).y() <
                buttons->mapTo(&dialog, QPoint()).y());
        QTRY_COMPARE(dialog.focusWidget()->objectName(), u"name"_s);
        buttons->button(QDialogButtonBox::Save)
            ->click(); // no name: the status says so, the cursor is in the name
        QTRY_VERIFY(!dialog.findChild<QLabel *>(u"status"_s)->text().isEmpty());
        QCOMPARE(dialog.focusWidget()->objectName(), u"name"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    void outputsLookup()
    {
        FormsPane pane;
        pane.setSession(m_session.get());
        pane.show();
        pane.lookUpOutputs();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<QDialog *>(u"outputsDialog"_s)) &&
                    dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        shoot(dialog, u"outputs-lookup"_s);
        QCOMPARE(dialog->windowTitle(), u"Outputs of a submission"_s);
        QVERIFY(dialog->findChild<OutputFilesView *>());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        checkBuddies(dialog);
        QTRY_COMPARE(dialog->focusWidget()->objectName(), u"submissionId"_s);
        // Look up is enabled once there is an id to look up; then Tab goes on to it.
        QVERIFY(!dialog->findChild<QPushButton *>(u"lookUp"_s)->isEnabled());
        QTest::keyClicks(dialog->focusWidget(), u"op-1"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QCOMPARE(qobject_cast<QPushButton *>(dialog->focusWidget())->text(), u"&Look up"_s);
        QPointer<QDialog> alive(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!alive);
    }
    void globalFind()
    {
        GlobalFind find(m_session.get(), {});
        showAndWait(&find);
        shoot(&find, u"global-find"_s);
        QCOMPARE(find.windowTitle(), u"Find"_s);
        QCOMPARE(find.field()->objectName(), u"findField"_s);
        QCOMPARE(find.results()->objectName(), u"findResults"_s);
        QCOMPARE(find.results()->columnCount(), 2);
        QVERIFY(find.results()->isHeaderHidden());
        QVERIFY(find.findChild<QLabel *>(u"findNote"_s));
        QCOMPARE(find.field()->accessibleName(), u"Find"_s);
        QTRY_COMPARE(find.focusWidget(), find.field());
        checkTabOrder(&find, {u"findField"_s, u"findResults"_s});
    }
};

QTEST_MAIN(FormsTest)
#include "tst_forms.moc"
