// The content library and data sources in the console, against the emulator: model tester,
// previews from real files, filters, drag out, drop in (new items and new versions), bad
// files, history downloads (and a cancelled one), property sheets round-tripping every field,
// XML feedback that stops a save, data objects following their source.
#include "ui/design/DataSourcesPane.h"
#include "api/DownloadJob.h"
#include "api/EntityJob.h"
#include "ui/common/HistoryDialog.h"
#include "ui/lists/JsonFormDialog.h"
#include "models/LibraryModel.h"
#include "ui/design/LibraryPane.h"
#include "ui/design/LibraryPreview.h"
#include "ui/design/LibraryUploadDialog.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "SimFixture.h"
#include "UiWait.h"
#include "ui/common/XmlEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPointer>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

namespace {
using L = QLatin1StringView;

QByteArray storedBinary(sim::SimServer &server, const QString &name)
{
    for (const auto &o : server.store().documents(QStringLiteral("contentLibraryItems"))) {
        if (o.value(L("name")).toString() == name)
            return QByteArray::fromBase64(o.value(L("binary")).toString().toLatin1());
    }
    return {};
}


void dropFiles(QWidget *viewport, const QStringList &paths, QPoint at)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const auto &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

void clickSave(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
}
} // namespace

class LibraryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;

    void select(LibraryPane &pane, const QString &name)
    {
        const int row = rowNamed(pane.view()->model(), name);
        QVERIFY2(row >= 0, qPrintable(name));
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(10);
        m_session = m_sim->signedInSession();
    }

    void modelPassesTheTesterAndKeepsNoBinaryInRows()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), int(m_sim->server->store().documents(QStringLiteral("contentLibraryItems")).size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.itemAt(r).contains(L("binary")));
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("Size"));
        QVERIFY(model.index(0, 6).data(PagedListModel::SortRole).toLongLong() > 0);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled)); // nothing fetched yet
        QCOMPARE(model.mimeData({model.index(0, 0)}), nullptr);
    }

    void previewShowsImagesAndTextFromTheServer()
    {
        LibraryPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, QStringLiteral("Company logo"));
        QTRY_COMPARE(pane.preview()->mode(), QStringLiteral("image"));
        QCOMPARE(pane.preview()->shownImageSize(), QSize(200, 150)); // version 3 of the seeded logo
        pane.preview()->setZoom(200);
        QCOMPARE(pane.preview()->findChild<QLabel *>(QStringLiteral("previewImage"))->pixmap().size(), QSize(400, 300));
        select(pane, QStringLiteral("Privacy statement"));
        QTRY_COMPARE(pane.preview()->mode(), QStringLiteral("text"));
        QCOMPARE(pane.preview()->shownText().toUtf8(), storedBinary(*m_sim->server, QStringLiteral("Privacy statement")));
        select(pane, QStringLiteral("Welcome paragraph")); // UTF-8 with an em dash
        QTRY_VERIFY(pane.preview()->shownText().contains(QStringLiteral("—")));

        // A file that cannot be fetched says so in the preview; the next selection tries again.
        m_sim->server->faults().add(*sim::SimFaults::ruleFromText(QStringLiteral("GET contentlibrary/[0-9a-f-]+$ 500x1"), nullptr));
        select(pane, QStringLiteral("Disclaimer"));
        QTRY_VERIFY2(pane.preview()->shownText().contains(QStringLiteral("could not be loaded")), qPrintable(pane.preview()->shownText()));
        select(pane, QStringLiteral("Privacy statement"));
        select(pane, QStringLiteral("Disclaimer"));
        QTRY_COMPARE(pane.preview()->mode(), QStringLiteral("text"));
        QCOMPARE(pane.preview()->shownText().toUtf8(), storedBinary(*m_sim->server, QStringLiteral("Disclaimer")));
    }

    void typeAndCategoryFiltersNarrowTheList()
    {
        LibraryPane pane;
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const int all = pane.view()->model()->rowCount();
        pane.typeFilter()->setCurrentIndex(pane.typeFilter()->findData(QStringLiteral("Image")));
        QVERIFY(pane.view()->model()->rowCount() < all);
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            QCOMPARE(pane.view()->model()->index(r, 1).data().toString(), QStringLiteral("Image"));
        pane.categoryFilter()->setCurrentIndex(pane.categoryFilter()->findData(QStringLiteral("Signatures")));
        QCOMPARE(pane.view()->model()->rowCount(), 1);
        pane.typeFilter()->setCurrentIndex(0);
        pane.categoryFilter()->setCurrentIndex(0);
        QCOMPARE(pane.view()->model()->rowCount(), all);
    }

    void dragOutWritesTheFiles()
    {
        LibraryPane pane;
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        pane.view()->selectAll(); // the selection's files are fetched so a drag can start
        auto *model = pane.libraryModel();
        QTRY_VERIFY([&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (!(model->flags(model->index(r, 0)) & Qt::ItemIsDragEnabled))
                    return false;
            }
            return true;
        }());
        QModelIndexList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->index(r, 0) << model->index(r, 1);
        std::unique_ptr<QMimeData> mime(model->mimeData(rows));
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject item = model->itemAt(r);
            const QString path = mime->urls().at(r).toLocalFile();
            QCOMPARE(QFileInfo(path).fileName(), LibraryModel::fileName(item));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), storedBinary(*m_sim->server, item.value(L("name")).toString()));
        }
    }

    void droppedFilesBecomeItems()
    {
        LibraryPane pane;
        pane.resize(1000, 500);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const QString a = m_dir.filePath(QStringLiteral("Terms and conditions.txt"));
        const QString b = m_dir.filePath(QStringLiteral("stamp.png"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(writeTestFile(a, "These are the terms."));
        QVERIFY(writeTestFile(b, storedBinary(*m_sim->server, QStringLiteral("Company logo"))));
        QVERIFY(writeTestFile(empty, {}));
        // Below the rows: new items.
        dropFiles(pane.view()->viewport(), {a, b, empty}, QPoint(20, pane.view()->viewport()->height() - 5));
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->rowCount(), 3);
        QCOMPARE(dialog->uploads().size(), 2); // the empty file is shown, not sent
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("uploadProblems"))->text().contains(QStringLiteral("left out")));
        QCOMPARE(dialog->uploads().at(0).metadata.value(L("name")).toString(), QStringLiteral("Terms and conditions"));
        QCOMPARE(dialog->uploads().at(1).metadata.value(L("type")).toString(), QStringLiteral("Image"));
        dialog->table()->item(1, 1)->setText(QStringLiteral("Approved stamp")); // renamed before upload
        dialog->table()->item(1, 3)->setText(QStringLiteral("Stamps"));
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("uploadButton"))->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(storedBinary(*m_sim->server, QStringLiteral("Terms and conditions")), QByteArray("These are the terms."));
        QCOMPARE(storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"), QStringLiteral("Approved stamp"))
                     .value(L("category")).toString(),
                 QStringLiteral("Stamps"));
        QVERIFY(rowNamed(pane.view()->model(), QStringLiteral("Approved stamp")) >= 0); // shown at once

        // One file onto an item: a new version of it, after a confirmation.
        const QString v2 = m_dir.filePath(QStringLiteral("terms v2.txt"));
        QVERIFY(writeTestFile(v2, "These are the new terms."));
        const int row = rowNamed(pane.view()->model(), QStringLiteral("Terms and conditions"));
        const QRect rect = pane.view()->visualRect(pane.view()->model()->index(row, 0));
        dropFiles(pane.view()->viewport(), {v2}, rect.center());
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm && confirm->text().contains(QStringLiteral("new version")));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.size(), 2);
        const QJsonObject item = storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"),
                                        QStringLiteral("Terms and conditions"));
        QCOMPARE(item.value(L("version")).toString(), QStringLiteral("2"));
        QCOMPARE(storedBinary(*m_sim->server, QStringLiteral("Terms and conditions")), QByteArray("These are the new terms."));
        QTRY_COMPARE(pane.view()->model()->index(rowNamed(pane.view()->model(), QStringLiteral("Terms and conditions")), 7).data().toString(),
                     QStringLiteral("2"));
    }

    void theUploadOffersTheCategoriesAndFoldersInUse()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        // Filtered to one category: new files start in it.
        pane.categoryFilter()->setCurrentIndex(pane.categoryFilter()->findData(QStringLiteral("Signatures")));
        const QString path = m_dir.filePath(QStringLiteral("Initials.png"));
        QVERIFY(writeTestFile(path, storedBinary(*m_sim->server, QStringLiteral("Company logo"))));
        pane.addFiles({path});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->uploads().at(0).metadata.value(L("category")).toString(), QStringLiteral("Signatures"));
        // The category cell is edited with the library's categories on offer, and takes a new one.
        QTableWidget *table = dialog->table();
        table->setCurrentCell(0, 3);
        table->editItem(table->item(0, 3));
        auto *box = table->viewport()->findChild<QComboBox *>();
        QVERIFY(box);
        QStringList offered;
        for (int i = 0; i < box->count(); ++i)
            offered << box->itemText(i);
        for (const auto &c : {QStringLiteral("Signatures"), QStringLiteral("Branding")})
            QVERIFY2(offered.contains(c), qPrintable(offered.join(QLatin1Char(','))));
        QVERIFY(box->isEditable());
        box->setCurrentText(QStringLiteral("Initials"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(dialog->uploads().at(0).metadata.value(L("category")).toString(), QStringLiteral("Initials"));
        dialog->reject();
        pane.categoryFilter()->setCurrentIndex(0);
    }

    void aRefusedUploadSaysWhyAndAddsNothing()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const int before = pane.view()->model()->rowCount();
        const QString clash = m_dir.filePath(QStringLiteral("Disclaimer.txt")); // the name is taken
        QVERIFY(writeTestFile(clash, "dup"));
        pane.addFiles({clash});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("uploadButton"))->click();
        QTRY_COMPARE(done.size(), 1);
        auto *box = waitForVisible<QMessageBox>(&pane);
        QVERIFY(box && box->text().contains(QStringLiteral("already taken")));
        QCOMPARE(pane.view()->model()->rowCount(), before);
    }

    void aCancelledUploadAddsNothing()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const int before = pane.view()->model()->rowCount();
        const size_t stored = m_sim->server->store().documents(QStringLiteral("contentLibraryItems")).size();
        const QString path = m_dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeTestFile(path, QByteArray(3 * 1024 * 1024, 'x')));
        pane.addFiles({path});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        m_sim->server->faults().latencyMs = 1500;
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("uploadButton"))->click();
        EntityJob *job = nullptr;
        QTRY_VERIFY((job = pane.findChild<EntityJob *>()) && job->isRunning());
        job->abort();
        QTRY_COMPARE(done.size(), 1);
        m_sim->server->faults().latencyMs = 0;
        QTest::qWait(1700); // past the emulator's delay: the aborted request must not have landed
        QCOMPARE(m_sim->server->store().documents(QStringLiteral("contentLibraryItems")).size(), stored);
        QCOMPARE(pane.view()->model()->rowCount(), before);
        QVERIFY(!pane.findChild<QMessageBox *>()); // a cancel is not an error
    }

    void historySavesAVersionAndACancelLeavesNothing()
    {
        const QJsonObject logo = storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"), QStringLiteral("Company logo"));
        const QString id = logo.value(L("id")).toString();
        HistoryDialog dialog(m_session.get(),
                             {QStringLiteral("History"), LibraryEndpoints::history(id),
                              [id](const QString &v) { return LibraryEndpoints::exportVersion(id, v); },
                              [](const QString &v) { return QStringLiteral("logo v%1.png").arg(v); }});
        dialog.show();
        QTRY_COMPARE(dialog.versions().size(), 3);
        dialog.selectVersion(QStringLiteral("1"));
        const QString path = m_dir.filePath(QStringLiteral("logo-v1.png"));
        QSignalSpy saved(&dialog, &HistoryDialog::saved);
        dialog.saveSelectedTo(path);
        QTRY_COMPARE(saved.size(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\x89PNG"));
        QVERIFY(bytes != storedBinary(*m_sim->server, QStringLiteral("Company logo"))); // an older file than the current

        m_sim->server->faults().latencyMs = 1500;
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.png"));
        dialog.saveSelectedTo(cancelled);
        DownloadJob *job = nullptr;
        QTRY_VERIFY((job = dialog.findChild<DownloadJob *>()) && job->isRunning());
        job->abort();
        m_sim->server->faults().latencyMs = 0;
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("historyStatus"))->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(saved.size(), 1);
    }

    void propertiesRoundTrip()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, QStringLiteral("Disclaimer"));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Used in every letter"));
        dialog->findChild<QComboBox *>(QStringLiteral("category"))->setCurrentText(QStringLiteral("Compliance"));
        dialog->findChild<QComboBox *>(QStringLiteral("folderName"))->setCurrentText(QStringLiteral("Letters/Footers"));
        const QByteArray before = storedBinary(*m_sim->server, QStringLiteral("Disclaimer"));
        clickSave(dialog);
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        const QJsonObject item = storedDocument(*m_sim->server, QStringLiteral("contentLibraryItems"), QStringLiteral("name"), QStringLiteral("Disclaimer"));
        QCOMPARE(item.value(L("description")).toString(), QStringLiteral("Used in every letter"));
        QCOMPARE(item.value(L("category")).toString(), QStringLiteral("Compliance"));
        QCOMPARE(item.value(L("folderName")).toString(), QStringLiteral("Letters/Footers"));
        QCOMPARE(storedBinary(*m_sim->server, QStringLiteral("Disclaimer")), before); // the file stays
        QCOMPARE(item.value(L("version")).toString(), QStringLiteral("1"));
    }

    void dataSourceSheetRoundTripsEveryField()
    {
        DataSourcesPane pane;
        pane.resize(1000, 700);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 3);
        // Connection strings never show in the list.
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            QVERIFY(!pane.view()->model()->index(r, 3).data().toString().contains(QStringLiteral("Password")));

        pane.newAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        auto *connection = dialog->findChild<QLineEdit *>(QStringLiteral("connectionString"));
        QCOMPARE(connection->echoMode(), QLineEdit::Password);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Claims feed"));
        dialog->findChild<QComboBox *>(QStringLiteral("connectionType"))->setCurrentText(QStringLiteral("XML"));
        connection->setText(QStringLiteral("https://feeds.example.com/claims?token=abc"));
        dialog->findChild<QComboBox *>(QStringLiteral("credentials.method"))->setCurrentText(QStringLiteral("Basic"));
        dialog->findChild<QCheckBox *>(QStringLiteral("allowConnectionExport"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("exportDefaultData"))->setChecked(false);
        auto *schema = dialog->findChild<XmlEditor *>(QStringLiteral("schema"));
        auto *data = dialog->findChild<XmlEditor *>(QStringLiteral("defaultData"));
        schema->setText(QStringLiteral("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"claim\"/></xs:schema>"));
        data->setText(QStringLiteral("<claim><id>1</id>")); // not closed
        QVERIFY(!data->problem().isEmpty());
        const size_t before = m_sim->server->store().documents(QStringLiteral("datasources")).size();
        clickSave(dialog);
        QTest::qWait(100);
        QVERIFY(dialog->isVisible()); // nothing sent while malformed
        QCOMPARE(m_sim->server->store().documents(QStringLiteral("datasources")).size(), before);
        data->setText(QStringLiteral("<claim><id>1</id></claim>"));
        clickSave(dialog);
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        const QJsonObject made = storedDocument(*m_sim->server, QStringLiteral("datasources"), QStringLiteral("name"), QStringLiteral("Claims feed"));
        QCOMPARE(made.value(L("connectionType")).toString(), QStringLiteral("XML"));
        QCOMPARE(made.value(L("connectionString")).toString(), QStringLiteral("https://feeds.example.com/claims?token=abc"));
        QCOMPARE(made.value(L("credentials")).toObject().value(L("method")).toString(), QStringLiteral("Basic"));
        QCOMPARE(made.value(L("allowConnectionExport")).toBool(), true);
        QCOMPARE(made.value(L("exportDefaultData")).toBool(), false);
        QVERIFY(made.value(L("schema")).toString().contains(QStringLiteral("claim")));
        QCOMPARE(made.value(L("defaultData")).toString(), QStringLiteral("<claim><id>1</id></claim>"));

        // Reopened, the sheet shows what was saved; a second save changes nothing else.
        const int row = rowNamed(pane.view()->model(), QStringLiteral("Claims feed"));
        QVERIFY(row >= 0);
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QTRY_VERIFY((dialog = waitForVisible<JsonFormDialog>(&pane)) != nullptr);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("credentials.method"))->currentText(), QStringLiteral("Basic"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("allowConnectionExport"))->isChecked());
        QCOMPARE(dialog->object(), made);
        dialog->close();
    }

    void dataObjectsFollowTheSelectedSource()
    {
        DataSourcesPane pane;
        pane.resize(1000, 700);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 3);
        SettingsPane *objects = pane.objectsPane();
        QCOMPARE(objects->view()->model()->rowCount(), 0);
        QVERIFY(!objects->newAction()->isEnabled());
        const int row = rowNamed(pane.view()->model(), QStringLiteral("Policy Database"));
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTRY_COMPARE(objects->view()->model()->rowCount(), 3);
        QVERIFY(objects->newAction()->isEnabled());
        QAbstractItemModelTester tester(objects->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        objects->newAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(objects);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("Brokers"));
        dialog->findChild<QLineEdit *>(QStringLiteral("dataObjectName"))->setText(QStringLiteral("dbo.Broker"));
        auto *filters = dialog->findChild<QTableWidget *>(QStringLiteral("filters"));
        filters->insertRow(0);
        filters->setItem(0, 0, new QTableWidgetItem(QStringLiteral("brokerId")));
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Checked);
        filters->setItem(0, 1, check);
        clickSave(dialog);
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        QTRY_COMPARE(objects->view()->model()->rowCount(), 4);
        const QJsonObject made = storedDocument(*m_sim->server, QStringLiteral("dataObjects"), QStringLiteral("displayName"), QStringLiteral("Brokers"));
        QCOMPARE(made.value(L("dataSourceId")).toString(),
                 storedDocument(*m_sim->server, QStringLiteral("datasources"), QStringLiteral("name"), QStringLiteral("Policy Database")).value(L("id")).toString());
        const QJsonArray expected{QJsonObject{{L("name"), QStringLiteral("brokerId")}, {L("isFilter"), true}}};
        QCOMPARE(made.value(L("filters")).toArray(), expected);

        const int other = rowNamed(pane.view()->model(), QStringLiteral("Customer XML"));
        pane.view()->setCurrentIndex(pane.view()->model()->index(other, 0));
        QTRY_COMPARE(objects->view()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(LibraryTest)
#include "tst_library.moc"
