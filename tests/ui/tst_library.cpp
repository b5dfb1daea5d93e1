// The content library and data sources in the console, against the emulator: model tester,
// previews from real files, filters, drag out, drop in (new items and new versions), bad
// files, history downloads (and a cancelled one), property sheets round-tripping every field,
// XML feedback that stops a save, data objects following their source.
#include "api/DownloadJob.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/EntityJob.h"
#include "formats/Json.h"
#include "JsonKeys.h"
#include "models/LibraryModel.h"
#include "RawHttpResponder.h"
#include "SimFixture.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/XmlEditor.h"
#include "ui/design/DataSourcesPane.h"
#include "ui/design/LibraryPane.h"
#include "ui/design/LibraryPreview.h"
#include "ui/design/LibraryUploadDialog.h"
#include "ui/lists/JsonFormDialog.h"
#include "UiWait.h"

#include <QAbstractItemModelTester>
#include <QAction>
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
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {
QByteArray storedBinary(sim::SimServer &server, const QString &name)
{
    for (const auto &o : server.store().documents(u"contentLibraryItems"_s)) {
        if (o.value("name"_L1).toString() == name)
            return QByteArray::fromBase64(o.value("binary"_L1).toString().toLatin1());
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
    dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save)->click();
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
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(),
                     int(m_sim->server->store().documents(u"contentLibraryItems"_s).size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.itemAt(r).contains("binary"_L1));
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), u"Size"_s);
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
        select(pane, u"Company logo"_s);
        QTRY_COMPARE(pane.preview()->mode(), u"image"_s);
        QCOMPARE(pane.preview()->shownImageSize(), QSize(200, 150)); // version 3 of the seeded logo
        pane.preview()->setZoom(200);
        QCOMPARE(pane.preview()->findChild<QLabel *>(u"previewImage"_s)->pixmap().size(),
                 QSize(400, 300));
        select(pane, u"Privacy statement"_s);
        QTRY_COMPARE(pane.preview()->mode(), u"text"_s);
        QCOMPARE(pane.preview()->shownText().toUtf8(),
                 storedBinary(*m_sim->server, u"Privacy statement"_s));
        select(pane, u"Welcome paragraph"_s); // UTF-8 with an em dash
        QTRY_VERIFY(pane.preview()->shownText().contains(u"—"_s));

        // A file that cannot be fetched says so in the preview; the next selection tries again.
        m_sim->server->faults().add(
            *sim::SimFaults::ruleFromText(u"GET contentlibrary/[0-9a-f-]+$ 500x1"_s, nullptr));
        select(pane, u"Disclaimer"_s);
        QTRY_VERIFY2(pane.preview()->shownText().contains(u"could not be loaded"_s),
                     qPrintable(pane.preview()->shownText()));
        select(pane, u"Privacy statement"_s);
        select(pane, u"Disclaimer"_s);
        QTRY_COMPARE(pane.preview()->mode(), u"text"_s);
        QCOMPARE(pane.preview()->shownText().toUtf8(),
                 storedBinary(*m_sim->server, u"Disclaimer"_s));
    }

    // The preview and the actions on one item follow the selection, never the current row the
    // focus frame marks (walk 13): nothing selected or several selected show nothing and offer
    // nothing, saying why; a save of the selected item's properties shows in the preview.
    void thePreviewAndItsActionsFollowTheSelectedItemOnly()
    {
        LibraryPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 2);
        QAbstractItemView *view = pane.view();
        const QList<QAction *> actions = {pane.findChild<QAction *>(u"saveAsAction"_s),
                                          pane.findChild<QAction *>(u"historyAction"_s),
                                          pane.findChild<QAction *>(u"replaceAction"_s)};
        const QList<QPushButton *> buttons = {
            pane.preview()->findChild<QPushButton *>(u"previewSaveAs"_s),
            pane.preview()->findChild<QPushButton *>(u"previewHistory"_s),
            pane.preview()->findChild<QPushButton *>(u"previewReplace"_s)};
        const auto offered = [&] {
            QStringList on;
            for (QAction *a : actions)
                if (a->isEnabled())
                    on << a->objectName();
            for (QPushButton *b : buttons)
                if (b->isEnabled())
                    on << b->objectName();
            return on.join(u", "_s);
        };
        // The row the focus makes current, none selected: as when the area is entered.
        const int logo = rowNamed(view->model(), u"Company logo"_s);
        view->selectionModel()->setCurrentIndex(view->model()->index(logo, 0),
                                                QItemSelectionModel::NoUpdate);
        QVERIFY(!view->selectionModel()->hasSelection());
        QVERIFY2(pane.preview()->item().isEmpty(),
                 qPrintable(Json::string(pane.preview()->item(), "name"_L1)));
        QCOMPARE(pane.preview()->shownText(), u"Select an item to preview it."_s);
        QVERIFY2(offered().isEmpty(), qPrintable(offered()));
        for (QAction *a : actions)
            QCOMPARE(a->toolTip(), u"Nothing is selected: select a row first."_s);

        // Two selected: nothing previewed, nothing of one item's offered, and why.
        const int disclaimer = rowNamed(view->model(), u"Disclaimer"_s);
        view->selectionModel()->select(view->model()->index(logo, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(disclaimer, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(pane.preview()->item().isEmpty());
        QCOMPARE(pane.preview()->shownText(), u"2 items selected: select one to preview it."_s);
        QVERIFY2(offered().isEmpty(), qPrintable(offered()));
        QCOMPARE(actions.at(1)->toolTip(), u"History acts on one row: select only it."_s);

        // One selected (the current row another): that one, and its actions act on it.
        view->selectionModel()->select(view->model()->index(disclaimer, 0),
                                       QItemSelectionModel::ClearAndSelect |
                                           QItemSelectionModel::Rows);
        QCOMPARE(view->currentIndex().row(), logo);
        QTRY_COMPARE(pane.preview()->mode(), u"text"_s);
        QCOMPARE(Json::string(pane.preview()->item(), "name"_L1), u"Disclaimer"_s);
        QVERIFY(actions.at(1)->isEnabled() && actions.at(2)->isEnabled() &&
                buttons.at(1)->isEnabled() && buttons.at(2)->isEnabled());
        QCOMPARE(actions.at(1)->toolTip(), u"History…"_s);
        actions.at(1)->trigger();
        auto *history = waitForVisible<HistoryDialog>(&pane);
        QVERIFY(history);
        QCOMPARE(history->windowTitle(), u"History of “Disclaimer”"_s);
        history->close();

        // Its properties saved: the preview says what the server now says.
        pane.propertiesAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Properties of Disclaimer"_s);
        dialog->findChild<QLineEdit *>(u"description"_s)->setText(u"Shown at once"_s);
        clickSave(dialog);
        auto *facts = pane.preview()->findChild<QLabel *>(u"previewFacts"_s);
        QTRY_VERIFY2(facts->text().contains(u"Shown at once"_s), qPrintable(facts->text()));
        QTRY_COMPARE(pane.preview()->mode(), u"text"_s); // the file still shown
        QVERIFY(buttons.at(0)->isEnabled());
    }

    // A bulk run the server answered without a body (204) has the list read again: the rows
    // that were selected are selected again, by id, the current one current (it was lost).
    void aListReadAgainAfterABulkRunKeepsTheSelection()
    {
        LibraryPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 2);
        QAbstractItemView *view = pane.view();
        const auto selectedNames = [view] {
            QStringList names;
            for (const QModelIndex &row : view->selectionModel()->selectedRows())
                names << row.data().toString();
            names.sort();
            return names;
        };
        view->selectionModel()->select(
            view->model()->index(rowNamed(view->model(), u"Company logo"_s), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(
            view->model()->index(rowNamed(view->model(), u"Disclaimer"_s), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(
            view->model()->index(rowNamed(view->model(), u"Disclaimer"_s), 0),
            QItemSelectionModel::NoUpdate);
        const QStringList before = {u"Company logo"_s, u"Disclaimer"_s};
        QCOMPARE(selectedNames(), before);

        const QString a = m_dir.filePath(u"quiet one.txt"_s);
        const QString b = m_dir.filePath(u"quiet two.txt"_s);
        QVERIFY(writeTestFile(a, "one") && writeTestFile(b, "two"));
        m_sim->server->faults().add(
            *sim::SimFaults::ruleFromText(u"POST contentlibrary 204x2"_s, nullptr));
        pane.addFiles({a, b});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        QSignalSpy readAgain(pane.listModel(), &QAbstractItemModel::modelReset);
        dialog->findChild<QPushButton *>(u"uploadButton"_s)->click();
        QTRY_COMPARE(done.size(), 1);
        QTRY_VERIFY(readAgain.size() >= 1 &&
                    pane.listModel()->state() == PagedListModel::State::Loaded &&
                    !pane.listModel()->isFetching());
        QCOMPARE(selectedNames(), before);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), u"Disclaimer"_s);
        QVERIFY(pane.deleteAction()->isEnabled()); // and the actions follow it
    }

    void typeAndCategoryFiltersNarrowTheList()
    {
        LibraryPane pane;
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const int all = pane.view()->model()->rowCount();
        pane.typeFilter()->setCurrentIndex(pane.typeFilter()->findData(u"Image"_s));
        QVERIFY(pane.view()->model()->rowCount() < all);
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            QCOMPARE(pane.view()->model()->index(r, 1).data().toString(), u"Image"_s);
        pane.categoryFilter()->setCurrentIndex(pane.categoryFilter()->findData(u"Signatures"_s));
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
            QCOMPARE(f.readAll(), storedBinary(*m_sim->server, Json::string(item, "name"_L1)));
        }
    }

    void droppedFilesBecomeItems()
    {
        LibraryPane pane;
        pane.resize(1000, 500);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const QString a = m_dir.filePath(u"Terms and conditions.txt"_s);
        const QString b = m_dir.filePath(u"stamp.png"_s);
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QVERIFY(writeTestFile(a, "These are the terms."));
        QVERIFY(writeTestFile(b, storedBinary(*m_sim->server, u"Company logo"_s)));
        QVERIFY(writeTestFile(empty, {}));
        // Below the rows: new items.
        dropFiles(pane.view()->viewport(), {a, b, empty},
                  QPoint(20, pane.view()->viewport()->height() - 5));
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->rowCount(), 3);
        QCOMPARE(dialog->uploads().size(), 2); // the empty file is shown, not sent
        QVERIFY(dialog->findChild<QLabel *>(u"uploadProblems"_s)->text().contains(u"left out"_s));
        QCOMPARE(dialog->uploads().at(0).metadata.value("name"_L1).toString(),
                 u"Terms and conditions"_s);
        QCOMPARE(dialog->uploads().at(1).metadata.value("type"_L1).toString(), u"Image"_s);
        dialog->table()->item(1, 1)->setText(u"Approved stamp"_s); // renamed before upload
        dialog->table()->item(1, 3)->setText(u"Stamps"_s);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(u"uploadButton"_s)->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(storedBinary(*m_sim->server, u"Terms and conditions"_s),
                 QByteArray("These are the terms."));
        QCOMPARE(
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Approved stamp"_s)
                .value("category"_L1)
                .toString(),
            u"Stamps"_s);
        QVERIFY(rowNamed(pane.view()->model(), u"Approved stamp"_s) >= 0); // shown at once

        // One file onto an item: a new version of it, after a confirmation.
        const QString v2 = m_dir.filePath(u"terms v2.txt"_s);
        QVERIFY(writeTestFile(v2, "These are the new terms."));
        const int row = rowNamed(pane.view()->model(), u"Terms and conditions"_s);
        const QRect rect = pane.view()->visualRect(pane.view()->model()->index(row, 0));
        dropFiles(pane.view()->viewport(), {v2}, rect.center());
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm && confirm->text().contains(u"new version"_s));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.size(), 2);
        const QJsonObject item = storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s,
                                                u"Terms and conditions"_s);
        QCOMPARE(item.value("version"_L1).toString(), u"2"_s);
        QCOMPARE(storedBinary(*m_sim->server, u"Terms and conditions"_s),
                 QByteArray("These are the new terms."));
        QTRY_COMPARE(pane.view()
                         ->model()
                         ->index(rowNamed(pane.view()->model(), u"Terms and conditions"_s), 7)
                         .data()
                         .toString(),
                     u"2"_s);
    }

    void theUploadOffersTheCategoriesAndFoldersInUse()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        // Filtered to one category: new files start in it.
        pane.categoryFilter()->setCurrentIndex(pane.categoryFilter()->findData(u"Signatures"_s));
        const QString path = m_dir.filePath(u"Initials.png"_s);
        QVERIFY(writeTestFile(path, storedBinary(*m_sim->server, u"Company logo"_s)));
        pane.addFiles({path});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QCOMPARE(dialog->uploads().at(0).metadata.value("category"_L1).toString(), u"Signatures"_s);
        // The category cell is edited with the library's categories on offer, and takes a new one.
        QTableWidget *table = dialog->table();
        table->setCurrentCell(0, 3);
        table->editItem(table->item(0, 3));
        auto *box = table->viewport()->findChild<QComboBox *>();
        QVERIFY(box);
        QStringList offered;
        for (int i = 0; i < box->count(); ++i)
            offered << box->itemText(i);
        for (const auto &c : {u"Signatures"_s, u"Branding"_s})
            QVERIFY2(offered.contains(c), qPrintable(offered.join(QLatin1Char(','))));
        QVERIFY(box->isEditable());
        box->setCurrentText(u"Initials"_s);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(dialog->uploads().at(0).metadata.value("category"_L1).toString(),
                     u"Initials"_s);
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
        const QString clash = m_dir.filePath(u"Disclaimer.txt"_s); // the name is taken
        QVERIFY(writeTestFile(clash, "dup"));
        pane.addFiles({clash});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(u"uploadButton"_s)->click();
        QTRY_COMPARE(done.size(), 1);
        auto *box = waitForVisible<QMessageBox>(&pane);
        QVERIFY(box && box->text().contains(u"already taken"_s));
        QCOMPARE(pane.view()->model()->rowCount(), before);
    }

    void aCancelledUploadAddsNothing()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const int before = pane.view()->model()->rowCount();
        const size_t stored = m_sim->server->store().documents(u"contentLibraryItems"_s).size();
        const QString path = m_dir.filePath(u"big.bin"_s);
        QVERIFY(writeTestFile(path, QByteArray(3 * 1024 * 1024, 'x')));
        pane.addFiles({path});
        auto *dialog = waitForVisible<LibraryUploadDialog>(&pane);
        QVERIFY(dialog);
        m_sim->server->faults().latencyMs = 1500;
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        dialog->findChild<QPushButton *>(u"uploadButton"_s)->click();
        EntityJob *job = nullptr;
        QTRY_VERIFY((job = pane.findChild<EntityJob *>()) && job->isRunning());
        // Sent from the disk, the answer asked without the file (it is here already).
        QVERIFY(job->request().upload);
        QCOMPARE(job->request().queryValue(u"includeBinary"_s), u"false"_s);
        job->abort();
        QTRY_COMPARE(done.size(), 1);
        m_sim->server->faults().latencyMs = 0;
        QTest::qWait(1700); // past the emulator's delay: the aborted request must not have landed
        QCOMPARE(m_sim->server->store().documents(u"contentLibraryItems"_s).size(), stored);
        QCOMPARE(pane.view()->model()->rowCount(), before);
        QVERIFY(!pane.findChild<QMessageBox *>()); // a cancel is not an error
    }

    void aReplacedFileIsShownNotTheOldOne()
    {
        LibraryPane pane;
        pane.resize(1100, 600);
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, u"Claims phone number"_s);
        QTRY_COMPARE(pane.preview()->mode(), u"text"_s);
        const QString before = pane.preview()->shownText();
        QVERIFY(!before.isEmpty());
        const QString path = m_dir.filePath(u"phone v3.txt"_s);
        QVERIFY(writeTestFile(path, "Call 13 24 80 at any hour."));
        const QJsonObject item = storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s,
                                                u"Claims phone number"_s);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        m_sim->server->faults().latencyMs = 300; // to see the request in flight
        pane.replaceFile(item, path);
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        // The file goes from the disk and does not come back in the answer.
        QTRY_VERIFY(!pane.findChildren<EntityJob *>().isEmpty() &&
                    pane.findChildren<EntityJob *>().constLast()->request().method == "PATCH");
        QCOMPARE(
            pane.findChildren<EntityJob *>().constLast()->request().queryValue(u"includeBinary"_s),
            u"false"_s);
        QVERIFY(pane.findChildren<EntityJob *>().constLast()->request().upload);
        QTRY_COMPARE(done.size(), 1);
        m_sim->server->faults().latencyMs = 0;
        QCOMPARE(storedBinary(*m_sim->server, u"Claims phone number"_s),
                 QByteArray("Call 13 24 80 at any hour."));
        // The preview shows the new file, fetched again (not the one cached before).
        QTRY_COMPARE(pane.preview()->shownText(), u"Call 13 24 80 at any hour."_s);
        for (const auto *box : pane.findChildren<QMessageBox *>())
            QVERIFY(!box->isVisible()); // no complaint
    }

    void aFileGoneBeforeItIsSentChangesNothing()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        const QString path = m_dir.filePath(u"vanishing.txt"_s);
        QVERIFY(writeTestFile(path, "soon gone"));
        const QJsonObject item = storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s,
                                                u"Privacy statement"_s);
        const QByteArray stored = storedBinary(*m_sim->server, u"Privacy statement"_s);
        QSignalSpy done(&pane, &LibraryPane::uploadsFinished);
        pane.replaceFile(item, path);
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm);
        QVERIFY(QFile::remove(path)); // after the question, before the file is read
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.size(), 1);
        auto *box = waitForVisible<QMessageBox>(&pane); // the question is gone: the complaint
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"vanishing.txt could not be read"_s),
                 qPrintable(box->text()));
        QCOMPARE(storedBinary(*m_sim->server, u"Privacy statement"_s), stored);
        QCOMPARE(storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s,
                                u"Privacy statement"_s)
                     .value("version"_L1),
                 item.value("version"_L1));
    }

    void historySavesAVersionAndACancelLeavesNothing()
    {
        const QJsonObject logo =
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Company logo"_s);
        const QString id = logo.value("id"_L1).toString();
        HistoryDialog dialog(m_session.get(), {u"History"_s, LibraryEndpoints::history(id),
                                               [id](const QString &v) {
                                                   return LibraryEndpoints::exportVersion(id, v);
                                               },
                                               [](const QString &v) {
                                                   return u"logo v%1.png"_s.arg(v);
                                               }});
        dialog.show();
        QTRY_COMPARE(dialog.versions().size(), 3);
        dialog.selectVersion(u"1"_s);
        const QString path = m_dir.filePath(u"logo-v1.png"_s);
        QSignalSpy saved(&dialog, &HistoryDialog::saved);
        dialog.saveSelectedTo(path);
        QTRY_COMPARE(saved.size(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\x89PNG"));
        QVERIFY(bytes !=
                storedBinary(*m_sim->server, u"Company logo"_s)); // an older file than the current

        m_sim->server->faults().latencyMs = 1500;
        const QString cancelled = m_dir.filePath(u"cancelled.png"_s);
        dialog.saveSelectedTo(cancelled);
        DownloadJob *job = nullptr;
        QTRY_VERIFY((job = dialog.findChild<DownloadJob *>()) && job->isRunning());
        job->abort();
        m_sim->server->faults().latencyMs = 0;
        QTRY_VERIFY(
            dialog.findChild<QLabel *>(u"historyStatus"_s)->text().contains(u"Cancelled"_s));
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(saved.size(), 1);
    }

    void propertiesRoundTrip()
    {
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, u"Disclaimer"_s);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"description"_s)->setText(u"Used in every letter"_s);
        dialog->findChild<QComboBox *>(u"category"_s)->setCurrentText(u"Compliance"_s);
        dialog->findChild<QComboBox *>(u"folderName"_s)->setCurrentText(u"Letters/Footers"_s);
        const QByteArray before = storedBinary(*m_sim->server, u"Disclaimer"_s);
        clickSave(dialog);
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        const QJsonObject item =
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Disclaimer"_s);
        QCOMPARE(item.value("description"_L1).toString(), u"Used in every letter"_s);
        QCOMPARE(item.value("category"_L1).toString(), u"Compliance"_s);
        QCOMPARE(item.value("folderName"_L1).toString(), u"Letters/Footers"_s);
        QCOMPARE(storedBinary(*m_sim->server, u"Disclaimer"_s), before); // the file stays
        QCOMPARE(item.value("version"_L1).toString(), u"1"_s);
    }

    void propertiesSavedWithNoChangeSendNothing()
    {
        // Walk 12: Save with nothing changed wrote the item again and moved its "Modified".
        LibraryPane pane;
        pane.show();
        pane.setSession(m_session.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, u"Company logo"_s);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        const QJsonObject before =
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Company logo"_s);
        auto *description = dialog->findChild<QLineEdit *>(u"description"_s);
        const QString was = description->text();
        QTest::keyClicks(description, u" and more"_s); // typed, then taken back
        description->setText(was);
        const int requests = m_sim->server->requestCount();
        clickSave(dialog);
        const QPointer<QWidget> gone(dialog);
        QTRY_VERIFY(!gone || !gone->isVisible()); // closed as after a save
        QCOMPARE(m_sim->server->requestCount(), requests);
        QCOMPARE(
            storedDocument(*m_sim->server, u"contentLibraryItems"_s, u"name"_s, u"Company logo"_s),
            before);
    }

    void propertiesAreNotSavedWithoutTheFile()
    {
        // A server whose item comes without its file even when asked with it: saving the sheet
        // would PATCH the item without the file, which a server that replaces the item clears
        // (contract 9.1). The sheet says so and nothing is sent.
        const QByteArray item = "{\"id\":\"lib-1\",\"name\":\"Logo\",\"extension\":\".png\","
                                "\"category\":\"Branding\",\"version\":\"3\",\"size\":9}";
        test::RawHttpResponder server([&](const test::RawHttpResponder::Request &r) -> QByteArray {
            const QByteArray path = r.target.split('?').first();
            if (r.method == "GET" && path == "/api/v1/admin/contentlibrary")
                return test::RawHttpResponder::answer(200,
                                                      "{\"contentLibraryItems\":[" + item + "]}");
            if (r.method == "GET" && path == "/api/v1/admin/contentlibrary/lib-1")
                return test::RawHttpResponder::answer(200, item);
            if (r.method == "PATCH")
                return test::RawHttpResponder::answer(200, item);
            return test::RawHttpResponder::answer(404, "{\"message\":\"no such route\"}");
        });
        Profile profile;
        profile.name = u"raw"_s;
        profile.manageUrl = QUrl(server.origin());
        Session session(profile);
        session.setToken(u"token"_s, u"admin"_s);
        LibraryPane pane;
        pane.show();
        pane.setSession(&session);
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        select(pane, u"Logo"_s);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"description"_s)->setText(u"Used in every letter"_s);
        clickSave(dialog);
        auto said = [dialog] {
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(u"without its file"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(said());
        QVERIFY(dialog->isVisible()); // the input kept
        for (const auto &r : std::as_const(server.requests))
            QVERIFY2(r.method != "PATCH", r.body.constData());
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
            QVERIFY(!pane.view()->model()->index(r, 3).data().toString().contains(u"Password"_s));

        pane.newAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        auto *connection = dialog->findChild<QLineEdit *>(u"connectionString"_s);
        QCOMPARE(connection->echoMode(), QLineEdit::Password);
        // The API holds only the kind of credentials: the sheet says where the rest is entered.
        auto *credentialsHint = dialog->findChild<QLabel *>(u"credentials.methodHint"_s);
        QVERIFY(credentialsHint && credentialsHint->isVisible());
        QVERIFY(credentialsHint->text().contains(u"not here"_s));
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Claims feed"_s);
        dialog->findChild<QComboBox *>(u"connectionType"_s)->setCurrentText(u"XML"_s);
        connection->setText(u"https://feeds.example.com/claims?token=abc"_s);
        dialog->findChild<QComboBox *>(u"credentials.method"_s)->setCurrentText(u"Basic"_s);
        dialog->findChild<QCheckBox *>(u"allowConnectionExport"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"exportDefaultData"_s)->setChecked(false);
        auto *schema = dialog->findChild<XmlEditor *>(u"schema"_s);
        auto *data = dialog->findChild<XmlEditor *>(u"defaultData"_s);
        schema->setText(
            u"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"claim\"/></xs:schema>"_s);
        data->setText(u"<claim><id>1</id>"_s); // not closed
        QVERIFY(!data->problem().isEmpty());
        const size_t before = m_sim->server->store().documents(u"datasources"_s).size();
        clickSave(dialog);
        QTest::qWait(100);
        QVERIFY(dialog->isVisible()); // nothing sent while malformed
        QCOMPARE(m_sim->server->store().documents(u"datasources"_s).size(), before);
        data->setText(u"<claim><id>1</id></claim>"_s);
        clickSave(dialog);
        {
            const QPointer<QWidget> gone(dialog);
            QTRY_VERIFY(!gone || !gone->isVisible());
        }
        const QJsonObject made =
            storedDocument(*m_sim->server, u"datasources"_s, u"name"_s, u"Claims feed"_s);
        QCOMPARE(made.value("connectionType"_L1).toString(), u"XML"_s);
        QCOMPARE(made.value("connectionString"_L1).toString(),
                 u"https://feeds.example.com/claims?token=abc"_s);
        QCOMPARE(made.value("credentials"_L1).toObject().value("method"_L1).toString(), u"Basic"_s);
        QCOMPARE(made.value("allowConnectionExport"_L1).toBool(), true);
        QCOMPARE(made.value("exportDefaultData"_L1).toBool(), false);
        QVERIFY(made.value("schema"_L1).toString().contains(u"claim"_s));
        QCOMPARE(made.value("defaultData"_L1).toString(), u"<claim><id>1</id></claim>"_s);

        // Reopened, the sheet shows what was saved; a second save changes nothing else.
        const int row = rowNamed(pane.view()->model(), u"Claims feed"_s);
        QVERIFY(row >= 0);
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QTRY_VERIFY((dialog = waitForVisible<JsonFormDialog>(&pane)) != nullptr);
        QCOMPARE(dialog->findChild<QComboBox *>(u"credentials.method"_s)->currentText(),
                 u"Basic"_s);
        QVERIFY(dialog->findChild<QCheckBox *>(u"allowConnectionExport"_s)->isChecked());
        // Key for key (the sheet holds the server's casing: PascalCase from a strict server).
        QCOMPARE(lowerCasedKeys(dialog->object()), lowerCasedKeys(made));
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
        // Two lists, each with its own filter words, heading and count under it.
        auto *sourcesFilter = pane.findChild<QLineEdit *>(u"datasourcesFilter"_s);
        auto *objectsFilter = objects->findChild<QLineEdit *>(u"dataobjectsFilter"_s);
        QVERIFY(sourcesFilter->placeholderText().contains(u"data sources"_s));
        QVERIFY(objectsFilter->placeholderText().contains(u"data objects"_s));
        auto *heading = pane.findChild<QLabel *>(u"dataObjectsHeading"_s);
        QVERIFY(heading && heading->isVisible());
        QCOMPARE(heading->text(), u"Data objects"_s);
        auto *sourcesFooter = pane.findChild<QLabel *>(u"datasourcesFooter"_s);
        QTRY_VERIFY(sourcesFooter->text().contains(u"data source"_s));
        const auto top = [&pane](QWidget *w) {
            return w->mapTo(&pane, QPoint(0, 0)).y();
        };
        QVERIFY(top(sourcesFooter) < top(heading)); // under its list, above the objects
        QVERIFY(top(heading) < top(objects->view()));
        QVERIFY(!objects->newAction()->isEnabled());
        const int row = rowNamed(pane.view()->model(), u"Policy Database"_s);
        pane.view()->setCurrentIndex(pane.view()->model()->index(row, 0));
        QTRY_COMPARE(objects->view()->model()->rowCount(), 3);
        QCOMPARE(heading->text(), u"Data objects of Policy Database"_s);
        auto *objectsFooter = objects->findChild<QLabel *>(u"dataobjectsFooter"_s);
        QTRY_VERIFY(objectsFooter->text().startsWith(u"3 data object"_s));
        QVERIFY(top(objectsFooter) > top(objects->view()));
        QVERIFY(objects->newAction()->isEnabled());
        QAbstractItemModelTester tester(objects->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        objects->newAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(objects);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"displayName"_s)->setText(u"Brokers"_s);
        dialog->findChild<QLineEdit *>(u"dataObjectName"_s)->setText(u"dbo.Broker"_s);
        auto *filters = dialog->findChild<QTableWidget *>(u"filters"_s);
        filters->insertRow(0);
        filters->setItem(0, 0, new QTableWidgetItem(u"brokerId"_s));
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
        const QJsonObject made =
            storedDocument(*m_sim->server, u"dataObjects"_s, u"displayName"_s, u"Brokers"_s);
        QCOMPARE(made.value("dataSourceId"_L1).toString(),
                 storedDocument(*m_sim->server, u"datasources"_s, u"name"_s, u"Policy Database"_s)
                     .value("id"_L1)
                     .toString());
        const QJsonArray expected{QJsonObject{{"name"_L1, u"brokerId"_s}, {"isFilter"_L1, true}}};
        QCOMPARE(made.value("filters"_L1).toArray(), expected);

        const int other = rowNamed(pane.view()->model(), u"Customer XML"_s);
        pane.view()->setCurrentIndex(pane.view()->model()->index(other, 0));
        QTRY_COMPARE(objects->view()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(LibraryTest)
#include "tst_library.moc"
