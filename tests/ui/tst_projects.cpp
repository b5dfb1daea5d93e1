// Projects and content folders in the console against the emulator: the lazy folder tree
// under the model tester (with a failing node and its retry), drag-out producing .ixpkg files,
// a drop opening the import preview, the import round trip (export → import as overwrite →
// history shows the new version), bad packages in the preview, cancelled transfers leaving
// nothing behind, rename and delete.
#include "api/DownloadJob.h"
#include "models/FolderTreeModel.h"
#include "ui/design/FolderTreePanel.h"
#include "ui/common/HistoryDialog.h"
#include "ui/lists/JsonFormDialog.h"
#include "ui/design/ProjectImportDialog.h"
#include "formats/ProjectPackage.h"
#include "models/ProjectsModel.h"
#include "ui/design/ProjectsPane.h"
#include "ui/design/SyncExportDialog.h"
#include "ui/design/SyncImportDialog.h"
#include "ui/design/PublishDialog.h"
#include "ui/design/PublishedPane.h"
#include "SimFixture.h"
#include "UiWait.h"
#include "formats/Zip.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPointer>
#include <QTest>
#include <QTreeView>

using namespace infiniti;
using namespace infiniti::test;

namespace {
using L = QLatin1StringView;

QModelIndex childNamed(QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

} // namespace

class ProjectsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;

    QJsonObject stored(const QString &name)
    {
        return storedDocument(*m_sim->server, QStringLiteral("projects"), QStringLiteral("name"), name);
    }
    void select(ProjectsPane &pane, const QStringList &names)
    {
        pane.view()->clearSelection();
        for (const QString &name : names) {
            const int row = rowNamed(pane.view()->model(), name);
            QVERIFY2(row >= 0, qPrintable(name));
            pane.view()->selectionModel()->select(pane.view()->model()->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            pane.view()->selectionModel()->setCurrentIndex(pane.view()->model()->index(row, 0), QItemSelectionModel::NoUpdate);
        }
    }
    QByteArray exportOf(const QString &name)
    {
        ApiRequest r;
        r.encodedPath = "projects/" + stored(name).value(L("id")).toString().toUtf8() + "/export";
        DownloadJob job(m_session.get(), r);
        job.setAutoDelete(false);
        runJob(&job);
        return job.body();
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(10);
        m_session = m_sim->signedInSession();
    }

    void folderTreeKnowsItsExpandersBeforeLoading()
    {
        FolderTreeModel model("contentfolders", L("contentFolders"), QStringLiteral("All projects"));
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), 4); // "All projects" + Archive, Forms, Templates
        const QModelIndex archive = childNamed(&model, {}, QStringLiteral("Archive"));
        const QModelIndex forms = childNamed(&model, {}, QStringLiteral("Forms"));
        QVERIFY(!model.hasChildren(childNamed(&model, {}, QStringLiteral("All projects"))));
        QVERIFY(!model.hasChildren(archive)); // from childCount, before anything is fetched
        QVERIFY(model.hasChildren(forms));
        QCOMPARE(model.rowCount(forms), 0); // nothing fetched until asked
        QCOMPARE(model.stateOf(forms), FolderTreeModel::State::NotLoaded);
        model.fetchMore(forms);
        QTRY_COMPARE(model.rowCount(forms), 3);
        const QModelIndex motor = childNamed(&model, forms, QStringLiteral("Motor"));
        QVERIFY(model.hasChildren(motor));
        QVERIFY(!model.hasChildren(childNamed(&model, forms, QStringLiteral("Claims"))));
        model.fetchMore(motor);
        QTRY_COMPARE(model.rowCount(motor), 1);
        QVERIFY(childNamed(&model, motor, QStringLiteral("Fleet")).isValid());
    }

    void folderTreeUnderTheTesterWithAFailingNode()
    {
        // The first sub-folder fetch fails; the node says so and is retried on its own.
        m_sim->server->faults().add(*sim::SimFaults::ruleFromText(QStringLiteral("GET parentId=[0-9a-f] 500x1"), nullptr));
        FolderTreeModel model("contentfolders", L("contentFolders"), QStringLiteral("All projects"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &FolderTreeModel::loadFailed);
        model.setSession(m_session.get());
        QTRY_COMPARE(failed.size(), 1);
        const QModelIndex node = failed.at(0).at(0).toModelIndex();
        QVERIFY(node.isValid());
        QCOMPARE(model.stateOf(node), FolderTreeModel::State::Failed);
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Retry")));
        QVERIFY(model.hasChildren(node));
        QVERIFY(!model.canFetchMore(node));
        QCOMPARE(model.rowCount(node), 0);
        model.retry(node);
        QTRY_COMPARE(model.stateOf(node), FolderTreeModel::State::Loaded);
        QVERIFY(model.rowCount(node) > 0);
        QTRY_COMPARE(model.loadedFolders().size(), 9); // everything, once the tester has walked it
    }

    void folderCreateRenameDelete()
    {
        FolderTreePanel panel("contentfolders", L("contentFolders"), QStringLiteral("All"), QStringLiteral("content folder"));
        panel.show();
        panel.setSession(m_session.get());
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        panel.editFolder({}, {});
        auto *dialog = waitForVisible<JsonFormDialog>(&panel);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Quotes"));
        auto *groups = dialog->findChild<QListWidget *>(QStringLiteral("groups"));
        QTRY_VERIFY(groups->count() > 5); // the server's groups arrived
        for (int i = 0; i < groups->count(); ++i) {
            if (groups->item(i)->text() == QLatin1String("Sales"))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        QTRY_VERIFY(childNamed(panel.model(), {}, QStringLiteral("Quotes")).isValid());
        const QJsonObject made = childNamed(panel.model(), {}, QStringLiteral("Quotes")).data(FolderTreeModel::JsonRole).toJsonObject();
        QCOMPARE(made.value(L("groups")).toArray(), QJsonArray{QStringLiteral("Sales")});
        panel.deleteFolder(made);
        auto *confirm = waitForVisible<QMessageBox>(&panel);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!childNamed(panel.model(), {}, QStringLiteral("Quotes")).isValid());
    }

    void listFollowsTheSelectedFolder()
    {
        ProjectsPane pane;
        pane.resize(1200, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_COMPARE(pane.view()->model()->rowCount(), int(m_sim->server->store().documents(QStringLiteral("projects")).size()));
        QAbstractItemModelTester tester(pane.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        FolderTreeModel *tree = pane.folders()->model();
        QTRY_VERIFY(childNamed(tree, {}, QStringLiteral("Archive")).isValid());
        pane.folders()->view()->setCurrentIndex(childNamed(tree, {}, QStringLiteral("Archive")));
        QTRY_COMPARE(pane.view()->model()->rowCount(), 1);
        QCOMPARE(pane.view()->model()->index(0, 0).data().toString(), QStringLiteral("Legacy Claim Form 2019"));
        pane.folders()->view()->setCurrentIndex(childNamed(tree, {}, QStringLiteral("All projects")));
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
    }

    void dragOutWritesPackages()
    {
        ProjectsPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        select(pane, {QStringLiteral("Motor Claim"), QStringLiteral("Policy Schedule")});
        auto *model = pane.projectsModel();
        const int a = model->rowOfId(stored(QStringLiteral("Motor Claim")).value(L("id")).toString());
        const int b = model->rowOfId(stored(QStringLiteral("Policy Schedule")).value(L("id")).toString());
        QTRY_VERIFY((model->flags(model->index(a, 0)) & Qt::ItemIsDragEnabled) && (model->flags(model->index(b, 0)) & Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(a, 0), model->index(b, 0)}));
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), 2);
        const QString first = mime->urls().at(0).toLocalFile();
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("Motor Claim v%1.ixpkg").arg(stored(QStringLiteral("Motor Claim")).value(L("version")).toString()));
        QFile f(first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto contents = ProjectPackage::inspect(f.readAll());
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.projects.at(0).name, QStringLiteral("Motor Claim"));
    }

    void exportToAFolderAndACancelledExportLeavesNothing()
    {
        ProjectsPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        QTemporaryDir out;
        select(pane, {QStringLiteral("Travel Claim"), QStringLiteral("Home Claim"), QStringLiteral("Life Claim")});
        QSignalSpy done(&pane, &ProjectsPane::exportsFinished);
        pane.exportSelectedTo(out.path());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 3);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
        for (const QString &file : QDir(out.path()).entryList(QDir::Files))
            QVERIFY2(file.endsWith(QStringLiteral(".ixpkg")), qPrintable(file));

        QTemporaryDir empty;
        m_sim->server->faults().latencyMs = 1500;
        pane.exportSelectedTo(empty.path());
        DownloadJob *job = nullptr;
        QTRY_VERIFY((job = pane.findChild<DownloadJob *>()) && job->isRunning());
        job->abort();
        QTRY_COMPARE(done.size(), 2);
        m_sim->server->faults().latencyMs = 0;
        QCOMPARE(QDir(empty.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void dropOpensThePreviewAndImportMakesANewVersion()
    {
        ProjectsPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        const QJsonObject before = stored(QStringLiteral("Incident Report"));
        const QString good = m_dir.filePath(QStringLiteral("Incident Report.ixpkg"));
        QVERIFY(writeTestFile(good, exportOf(QStringLiteral("Incident Report"))));
        const QString text = m_dir.filePath(QStringLiteral("notes.ixpkg"));
        QVERIFY(writeTestFile(text, "these are notes, not a package"));
        Zip::Writer noList;
        noList.add(QStringLiteral("readme.txt"), "hello");
        const QString zip = m_dir.filePath(QStringLiteral("other.zip"));
        QVERIFY(writeTestFile(zip, noList.finish()));
        const QString missing = m_dir.filePath(QStringLiteral("gone.ixpkg"));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(text), QUrl::fromLocalFile(zip), QUrl::fromLocalFile(missing)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane.view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane.view()->viewport(), &drop);
        auto *dialog = waitForVisible<ProjectImportDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->packages().size(), 4);
        QVERIFY(dialog->packages().at(0).contents.ok());
        QVERIFY(dialog->packages().at(1).contents.error.contains(QStringLiteral("not a ZIP")));
        QVERIFY(dialog->packages().at(2).contents.error.contains(QStringLiteral("projects.xml")));
        QVERIFY(dialog->packages().at(3).contents.error.contains(QStringLiteral("cannot be read")));
        QTRY_VERIFY(dialog->lookupsDone());
        QCOMPARE(dialog->existingCount(), 1);
        QVERIFY(dialog->table()->item(0, 3)->text().contains(QStringLiteral("refused unless overwriting")));

        // Without overwriting: the server refuses (409) and the file says so; nothing imported.
        QSignalSpy finished(dialog, &ProjectImportDialog::finishedImporting);
        QSignalSpy imported(dialog, &ProjectImportDialog::imported);
        dialog->importButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(imported.size(), 0);
        QVERIFY(dialog->packages().at(0).result.contains(QStringLiteral("already exists")));
        QCOMPARE(stored(QStringLiteral("Incident Report")).value(L("version")), before.value(L("version")));
        dialog->close();

        pane.importFiles({good});
        QTRY_VERIFY((dialog = waitForVisible<ProjectImportDialog>(&pane)) && dialog != nullptr && dialog->lookupsDone());
        dialog->overwriteProjects()->setChecked(true);
        dialog->comment()->setText(QStringLiteral("Back from the export"));
        QSignalSpy finished2(dialog, &ProjectImportDialog::finishedImporting);
        dialog->importButton()->click();
        QTRY_COMPARE(finished2.size(), 1);
        QVERIFY2(dialog->packages().at(0).imported, qPrintable(dialog->packages().at(0).result));
        const QJsonObject after = stored(QStringLiteral("Incident Report"));
        QVERIFY(after.value(L("version")).toString() != before.value(L("version")).toString());
        // The list shows the new version at once; the history has it on top with the comment.
        const int row = rowNamed(pane.view()->model(), QStringLiteral("Incident Report"));
        QTRY_COMPARE(pane.view()->model()->index(row, 1).data().toString(), after.value(L("version")).toString());
        pane.showHistory(after);
        auto *history = waitForVisible<HistoryDialog>(&pane);
        QTRY_VERIFY(!history->versions().isEmpty());
        QCOMPARE(history->versions().at(0).value(L("version")).toString(), after.value(L("version")).toString());
        QCOMPARE(history->versions().at(0).value(L("comment")).toString(), QStringLiteral("Back from the export"));
        history->close();
    }

    void aCancelledUploadImportsNothing()
    {
        ProjectsPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        const QString path = m_dir.filePath(QStringLiteral("Life Claim.ixpkg"));
        QVERIFY(writeTestFile(path, exportOf(QStringLiteral("Life Claim"))));
        const QJsonObject before = stored(QStringLiteral("Life Claim"));
        pane.importFiles({path});
        ProjectImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = waitForVisible<ProjectImportDialog>(&pane)) && dialog->lookupsDone());
        dialog->overwriteProjects()->setChecked(true);
        m_sim->server->faults().latencyMs = 1500;
        QSignalSpy finished(dialog, &ProjectImportDialog::finishedImporting);
        dialog->importButton()->click();
        QTRY_VERIFY(dialog->isBusy());
        dialog->cancel();
        QTRY_COMPARE(finished.size(), 1);
        m_sim->server->faults().latencyMs = 0;
        QTest::qWait(1700);
        QVERIFY(!dialog->packages().at(0).imported);
        QVERIFY(dialog->packages().at(0).result.contains(QStringLiteral("cancelled")));
        QCOMPARE(stored(QStringLiteral("Life Claim")).value(L("version")), before.value(L("version")));
    }

    void aPackageOverTheServersLimitIsNamedAndNotImported()
    {
        sim::SimOptions options;
        options.seed.users = 3;
        options.maxBodyBytes = 64 * 1024;
        sim::SimServer small(options);
        QString error;
        QVERIFY2(small.start(&error), qPrintable(error));
        Profile p;
        p.manageUrl = small.baseUrl();
        auto session = signedInSession(p);
        // A package whose Base64 body is over 64 KiB: a document of incompressible bytes.
        QByteArray noise(80 * 1024, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + (i >> 3) * 104729) & 0xff);
        const QString path = m_dir.filePath(QStringLiteral("Big.ixpkg"));
        QVERIFY(writeTestFile(path, ProjectPackage::build({{{QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001"), QStringLiteral("Big one"),
                                                 QStringLiteral("Content"), QStringLiteral("1.0"), {}},
                                                QStringLiteral("<Intelledox_TemplateFile/>"),
                                                {{QStringLiteral("d1"), noise}}}})));
        QWidget parent;
        ProjectImportDialog dialog(session.get(), {path}, {}, {}, &parent);
        dialog.show();
        QTRY_VERIFY(dialog.lookupsDone());
        QSignalSpy finished(&dialog, &ProjectImportDialog::finishedImporting);
        dialog.importButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!dialog.packages().at(0).imported);
        QVERIFY2(dialog.packages().at(0).result.contains(QStringLiteral("limit"), Qt::CaseInsensitive)
                     || dialog.packages().at(0).result.contains(QStringLiteral("large"), Qt::CaseInsensitive),
                 qPrintable(dialog.packages().at(0).result));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("not imported")));
    }

    void syncPackagesOutAndBackIn()
    {
        ProjectsPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(rowNamed(pane.view()->model(), QStringLiteral("Settlement Letter")) >= 0);
        select(pane, {QStringLiteral("Settlement Letter")});
        pane.askSyncExport();
        QPointer<SyncExportDialog> out = waitForVisible<SyncExportDialog>(&pane);
        QVERIFY(out);
        QVERIFY(!out->findChild<QCheckBox *>(QStringLiteral("part_connectionStrings"))->isChecked()); // secrets stay out unless asked
        out->findChild<QCheckBox *>(QStringLiteral("part_users"))->setChecked(false);
        const QString path = m_dir.filePath(QStringLiteral("settlement.iqpkg"));
        out->exportTo(path);
        QTRY_VERIFY(out->findChild<QLabel *>(QStringLiteral("syncStatus"))->text().startsWith(QStringLiteral("Saved")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject pack = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(pack.value(L("projects")).toArray().size(), 1);
        QCOMPARE(pack.value(L("contentLibraryItems")).toArray().size(), 2); // its logo and signature
        QVERIFY(pack.value(L("users")).toArray().isEmpty());
        QVERIFY(!pack.value(L("dataSources")).toArray().isEmpty());
        for (const auto &source : pack.value(L("dataSources")).toArray())
            QVERIFY(source.toObject().value(L("connectionString")).toString().isEmpty());
        out->close();

        // The signature is deleted here; the package brings it back, and only it.
        auto &library = m_sim->server->store().documents(QStringLiteral("contentLibraryItems"));
        const auto signature = std::find_if(library.begin(), library.end(), [](const QJsonObject &o) {
            return o.value(L("name")).toString() == QLatin1String("Signature - Claims Manager");
        });
        QVERIFY(signature != library.end());
        const QJsonValue binary = signature->value(L("binary"));
        library.erase(signature);
        pane.importFiles({path}, {});
        QPointer<SyncImportDialog> in = waitForVisible<SyncImportDialog>(&pane);
        QVERIFY(in && in->isReadable());
        in->setMode(QStringLiteral("contentLibraryItems"), QStringLiteral("IfNotExists"));
        in->setMode(QStringLiteral("projects"), QStringLiteral("IfNotExists"));
        in->startImport();
        QTRY_COMPARE(in->findChild<QLabel *>(QStringLiteral("syncStatus"))->text(), QStringLiteral("Imported."));
        int libraryRow = -1;
        for (int r = 0; r < in->table()->rowCount(); ++r) {
            if (in->table()->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("contentLibraryItems"))
                libraryRow = r;
        }
        QVERIFY(libraryRow >= 0);
        QCOMPARE(in->table()->item(libraryRow, 3)->text(), QStringLiteral("1")); // created
        QCOMPARE(in->table()->item(libraryRow, 5)->text(), QStringLiteral("1")); // skipped: the logo was there
        QCOMPARE(storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"),
                                QStringLiteral("Signature - Claims Manager"))
                     .value(L("binary")),
                 binary);
        in->close();

        // A file that is not a package: said at once, nothing can be sent.
        const QString junk = m_dir.filePath(QStringLiteral("junk.iqpkg"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("PK\x03\x04 not json");
        j.close();
        pane.importFiles({junk}, {});
        QPointer<SyncImportDialog> bad = waitForVisible<SyncImportDialog>(&pane);
        QVERIFY(bad && !bad->isReadable());
        QVERIFY(!bad->findChild<QPushButton *>(QStringLiteral("syncImportButton"))->isEnabled());
        bad->close();
    }

    void restoreAnOldVersion()
    {
        ProjectsPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        const QJsonObject project = stored(QStringLiteral("Settlement Letter"));
        pane.showHistory(project);
        auto *history = waitForVisible<HistoryDialog>(&pane);
        QTRY_VERIFY(history->versions().size() >= 2);
        history->selectVersion(QStringLiteral("1.0"));
        history->findChild<QPushButton *>(QStringLiteral("restoreVersion"))->click();
        auto *ask = waitForVisible<JsonFormDialog>(history);
        QVERIFY(ask);
        ask->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(history->versions().size() >= 3 && history->versions().at(0).value(L("comment")).toString() == QStringLiteral("Restored version 1.0"));
        // The restored package is version 1.0's content.
        QString error;
        const auto latest = ProjectPackage::readAll(exportOf(QStringLiteral("Settlement Letter")), &error);
        QVERIFY(latest);
    }

    void publishEditAndUnpublish()
    {
        PublishedPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 5);
        QAbstractItemModelTester tester(pane.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        FolderTreeModel *tree = pane.folders()->model();
        QTRY_VERIFY(childNamed(tree, {}, QStringLiteral("Partners")).isValid());
        pane.folders()->view()->setCurrentIndex(childNamed(tree, {}, QStringLiteral("Partners")));
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            QCOMPARE(pane.view()->model()->index(r, 1).data().toString(), QStringLiteral("Partners"));
        const int before = pane.view()->model()->rowCount();

        pane.newAction()->trigger();
        auto *dialog = waitForVisible<PublishDialog>(&pane);
        QVERIFY(dialog);
        auto *project = dialog->findChild<QComboBox *>(QStringLiteral("projectId"));
        QTRY_VERIFY(project->count() > 20);
        project->setCurrentIndex(project->findText(QStringLiteral("Policy Schedule"), Qt::MatchStartsWith));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("folderId"))->currentText(), QStringLiteral("Partners"));
        dialog->findChild<QCheckBox *>(QStringLiteral("allowPreview"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("document/pdf"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("completionPageMessage"))->setText(QStringLiteral("Thanks!"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        QTRY_COMPARE(pane.view()->model()->rowCount(), before + 1);
        QJsonObject made;
        for (const auto &p : m_sim->server->store().documents(QStringLiteral("publishedprojects"))) {
            if (p.value(L("projectId")) == stored(QStringLiteral("Policy Schedule")).value(L("id")))
                made = p;
        }
        QCOMPARE(made.value(L("options")).toObject().value(L("allowPreview")).toBool(), true);
        QCOMPARE(made.value(L("messages")).toObject().value(L("completionPageMessage")).toString(), QStringLiteral("Thanks!"));
        const QJsonArray documents = made.value(L("outputFormats")).toObject().value(L("document")).toArray();
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).toObject().value(L("version")).toString(), QStringLiteral("2007"));
        QCOMPARE(documents.at(1).toObject().value(L("extension")).toString(), QStringLiteral("pdf"));

        // Un-publish it again.
        const int row = rowNamed(pane.view()->model(), QStringLiteral("Policy Schedule"));
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        pane.view()->selectRow(row);
        pane.deleteAction()->trigger();
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(pane.view()->model()->rowCount(), before);
    }

    void renameFromTheListAndDeleteNamesThePublications()
    {
        ProjectsPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 20);
        select(pane, {QStringLiteral("Claim Update Email")});
        QTest::keyClick(pane.view(), Qt::Key_F2);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name->hasFocus() || name->hasSelectedText());
        name->setText(QStringLiteral("Policy Schedule")); // taken: 409 shown, input kept
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Policy Schedule"));
        name->setText(QStringLiteral("Claim Status Email"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        QTRY_VERIFY(rowNamed(pane.view()->model(), QStringLiteral("Claim Status Email")) >= 0);
        QVERIFY(!stored(QStringLiteral("Claim Status Email")).isEmpty());

        // Delete: the confirmation names the publish folders; afterwards the project is gone.
        select(pane, {QStringLiteral("Motor Quote")});
        pane.deleteAction()->trigger(); // what Del does
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QStringLiteral("Internal")) && confirm->text().contains(QStringLiteral("Partners")),
                 qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(stored(QStringLiteral("Motor Quote")).isEmpty());
        QTRY_COMPARE(rowNamed(pane.view()->model(), QStringLiteral("Motor Quote")), -1);
    }
};

QTEST_MAIN(ProjectsTest)
#include "tst_projects.moc"
