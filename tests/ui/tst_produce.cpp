// Workflows and the Produce side in the console against the emulator: models under the
// tester, admin bulk actions, task actions only where allowed (and the server's refusal when
// forced), generation end to end to a .docx with the values, a failing and a cancelled one,
// outputs looked up by operation id, answer XML that stops a save while malformed, prepare form.
#include "api/endpoints/ClientEndpoints.h"
#include "api/EntityJob.h"
#include "formats/Docx.h"
#include "formats/Json.h"
#include "LoadRows.h"
#include "models/FileListModel.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "ui/common/DetailsSheet.h"
#include "ui/common/XmlEditor.h"
#include "ui/lists/JsonFormDialog.h"
#include "ui/produce/AnswerFilesPane.h"
#include "ui/produce/DataFilesTable.h"
#include "ui/produce/FormsPane.h"
#include "ui/produce/GenerateDialog.h"
#include "ui/produce/OutputFilesView.h"
#include "ui/produce/OutputsLookupDialog.h"
#include "ui/produce/PrepareFormDialog.h"
#include "ui/produce/TasksPane.h"
#include "ui/produce/ValuesTable.h"
#include "ui/workflow/ReassignDialog.h"
#include "ui/workflow/WorkflowsPane.h"
#include "UiWait.h"
#include <QRegularExpression>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {
QString motorClaim(sim::SimServer &server)
{
    for (const auto &p : server.store().documents(u"publishedprojects"_s)) {
        for (const auto &project : server.store().documents(u"projects"_s)) {
            if (project.value("id"_L1) == p.value("projectId"_L1) &&
                Json::string(project, "name"_L1) == "Motor Claim"_L1)
                return Json::string(p, "id"_L1);
        }
    }
    return {};
}
} // namespace

namespace {
// A sheet's value by its field's key, or a word saying there is no such field.
QString valueOf(QWidget *sheet, const QString &key)
{
    auto *label = sheet->findChild<QLabel *>(key);
    return label ? label->text() : u"(no field %1)"_s.arg(key);
}
} // namespace

// A server holding the generated files of one output as the vendor documents them (each its
// `filename` and `resourceLocation` only, no id: contract 3.7), and a session on it.
struct GeneratedFiles
{
    struct File
    {
        QString name;
        QByteArray bytes;
        QByteArray contentType;
    };
    const QString outputId;
    const QList<File> files;
    test::RawHttpResponder server;
    Session session;

    GeneratedFiles(QString id, QList<File> held)
        : outputId(std::move(id))
        , files(std::move(held))
        , server([this](const test::RawHttpResponder::Request &r) { return answer(r); })
        , session(test::profileFor(server.origin()))
    {
        session.setToken(u"tok"_s, u"enduser"_s);
    }

private:
    QByteArray answer(const test::RawHttpResponder::Request &r) const
    {
        const QByteArray listing = "/generatedoutput/" + outputId.toUtf8();
        if (r.target.contains(listing)) {
            QJsonArray listed;
            for (qsizetype i = 0; i < files.size(); ++i)
                listed.append(QJsonObject{{u"filename"_s, files.at(i).name},
                                          {u"resourceLocation"_s, u"/docs/%1"_s.arg(i)}});
            return test::RawHttpResponder::answer(
                200, QJsonDocument(QJsonObject{{u"files"_s, listed}}).toJson());
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (r.target == "/docs/" + QByteArray::number(i))
                return test::RawHttpResponder::answer(200, files.at(i).bytes, {},
                                                      files.at(i).contentType);
        }
        return test::RawHttpResponder::answer(404, "{}");
    }
};

// Catches what QDesktopServices::openUrl() would open (a handler for the scheme).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class ProduceTest : public QObject
{
    Q_OBJECT

    // A.docx ("first") and B.pdf ("second").
    static QList<GeneratedFiles::File> twoDocuments()
    {
        return {{u"A.docx"_s, "first", "application/octet-stream"},
                {u"B.pdf"_s, "second", "application/pdf"}};
    }

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_user;

    QJsonObject workflow(const QString &id)
    {
        return storedDocument(*m_sim->server, u"workflows"_s, u"id"_s, id);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(30);
        m_sim->server->store().generationMs = 600;
        m_admin = m_sim->signedInSession();
        m_user = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
    }

    // Forms has a filter as every list has: by name, version or folder; Escape clears it.
    void formsAreFilteredByNameVersionOrFolder()
    {
        FormsPane pane;
        pane.setSession(m_user.get());
        pane.show();
        QTreeWidget *tree = pane.tree();
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        const auto shownForms = [tree] {
            QStringList names;
            for (int t = 0; t < tree->topLevelItemCount(); ++t) {
                for (int c = 0; c < tree->topLevelItem(t)->childCount(); ++c) {
                    if (!tree->topLevelItem(t)->isHidden() &&
                        !tree->topLevelItem(t)->child(c)->isHidden())
                        names << tree->topLevelItem(t)->child(c)->text(0);
                }
            }
            return names;
        };
        const QStringList all = shownForms();
        QVERIFY(all.size() >= 3);
        const QString one = all.at(1);
        pane.filter()->setText(one.toUpper().left(qMin<qsizetype>(one.size(), 12)));
        QVERIFY(shownForms().contains(one));
        QVERIFY(shownForms().size() < all.size());
        pane.filter()->setText(u"no form is called this"_s);
        QVERIFY(shownForms().isEmpty());
        bool says = false;
        for (QLabel *label : pane.findChildren<QLabel *>())
            says = says || label->text().startsWith(u"No form matches the filter"_s);
        QVERIFY(says);
        // A folder's name shows its forms.
        const QString folder = tree->topLevelItem(0)->text(0);
        pane.filter()->setText(folder);
        QCOMPARE(shownForms().mid(0, tree->topLevelItem(0)->childCount()).size(),
                 tree->topLevelItem(0)->childCount());
        QTest::keyClick(pane.filter(), Qt::Key_Escape);
        QVERIFY(pane.filter()->text().isEmpty());
        QCOMPARE(shownForms(), all);
    }

    // Generate… and Prepare… act on the selected form, never on one the focus only made current.
    void formsActOnTheSelectedFormOnly()
    {
        FormsPane pane;
        pane.setSession(m_user.get());
        pane.show();
        QTreeWidget *tree = pane.tree();
        QTRY_VERIFY(tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0);
        QTreeWidgetItem *form = tree->topLevelItem(0)->child(0);
        tree->clearSelection();
        tree->setCurrentItem(form, 0, QItemSelectionModel::NoUpdate);
        QCOMPARE(tree->currentItem(), form);
        QVERIFY(tree->selectedItems().isEmpty());
        auto *generate = pane.findChild<QAction *>(u"generateAction"_s);
        auto *prepare = pane.findChild<QAction *>(u"prepareAction"_s);
        QVERIFY(!generate->isEnabled() && !prepare->isEnabled());
        QCOMPARE(generate->toolTip(), u"No form is selected: select one first."_s);
        generate->trigger();
        QVERIFY(!pane.findChild<GenerateDialog *>());
        form->setSelected(true);
        QVERIFY(generate->isEnabled() && prepare->isEnabled());
        QCOMPARE(pane.selectedPublishId(), form->data(0, Qt::UserRole + 1).toString());
    }

    // Refreshing Forms rebuilt its tree and forgot the selected form (Generate… went grey).
    // The selected form stays selected by its id while it is still there.
    void formsKeepTheSelectedFormAcrossARefresh()
    {
        FormsPane pane;
        pane.setSession(m_user.get());
        pane.show();
        QTreeWidget *tree = pane.tree();
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        QTreeWidgetItem *folder = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QVERIFY(folder->childCount() > 0);
        QTreeWidgetItem *form = folder->child(folder->childCount() - 1); // not the first one
        const QString id = form->data(0, Qt::UserRole + 1).toString();
        QVERIFY(!id.isEmpty());
        tree->setCurrentItem(form);
        QCOMPARE(pane.selectedPublishId(), id);
        QSignalSpy rebuilt(tree->model(), &QAbstractItemModel::modelReset);
        pane.refresh();
        QTRY_COMPARE(rebuilt.size(), 1);
        QCOMPARE(pane.selectedPublishId(), id);
        QVERIFY(tree->currentItem() && tree->currentItem()->isSelected());
        QVERIFY(pane.findChild<QAction *>(u"generateAction"_s)->isEnabled());
        // Nothing selected stays so: a refresh selects nothing of its own.
        tree->clearSelection();
        pane.refresh();
        QTRY_COMPARE(rebuilt.size(), 2);
        QVERIFY(tree->selectedItems().isEmpty());
        QVERIFY(!pane.findChild<QAction *>(u"generateAction"_s)->isEnabled());
    }

    void adminAbortsReassignsAndRevertsInBulk()
    {
        WorkflowsPane pane;
        pane.resize(1200, 600);
        pane.show();
        pane.setSession(m_admin.get());
        QVERIFY(loadRows(pane.listModel(), 30)); // scrolled down: a strict server's pages hold 25
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 30);
        QAbstractItemModelTester tester(pane.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(u"InProgress"_s));
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r) // the server's word, readable
            QCOMPARE(pane.view()->model()->index(r, 2).data().toString(), u"In progress"_s);
        // Abort two: one confirmation saying it ends the remaining stages.
        pane.view()->selectRow(0);
        pane.view()->selectionModel()->select(pane.view()->model()->index(1, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        const QList<QJsonObject> chosen = pane.selectedItems();
        QCOMPARE(chosen.size(), 2);
        QSignalSpy bulk(&pane, &ListPane::bulkFinished);
        pane.abortSelected();
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm && confirm->text().contains(u"remaining stages"_s));
        for (const auto &w : chosen) // named, as the list names them
            QVERIFY2(confirm->text().contains(Json::string(w, "projectName"_L1) + u" ("_s +
                                              Json::string(w, "stateName"_L1)),
                     qPrintable(confirm->text()));
        QVERIFY2(confirm->text().startsWith(u"Abort 2 workflow(s): "_s),
                 qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(bulk.size(), 1);
        QCOMPARE(bulk.at(0).at(0).toInt(), 2);
        for (const auto &w : chosen)
            QCOMPARE(Json::string(workflow(Json::string(w, "id"_L1)), "status"_L1), u"Aborted"_s);
        // The rows follow the server (they now say Aborted, and the filter hides them).
        QTRY_VERIFY(Json::string(pane.listModel()->itemAt(pane.listModel()->rowOfId(
                                     Json::string(chosen.at(0), "id"_L1))),
                                 "status"_L1) == "Aborted"_L1);

        // Reassign one to a group; aborted ones are refused, and the summary says so.
        pane.statusFilter()->setCurrentIndex(0);
        QVERIFY(loadRows(pane.listModel(), 30)); // scrolled down: a strict server's pages hold 25
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 30);
        const int aborted = pane.listModel()->rowOfId(Json::string(chosen.at(0), "id"_L1));
        QString live;
        int liveRow = -1;
        for (int r = 0; r < pane.listModel()->rowCount() && live.isEmpty(); ++r) {
            if (Json::string(pane.listModel()->itemAt(r), "status"_L1) == "InProgress"_L1) {
                live = Json::string(pane.listModel()->itemAt(r), "id"_L1);
                liveRow = r;
            }
        }
        pane.view()->clearSelection();
        auto *proxy = pane.view()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QString id = Json::string(
                proxy->index(r, 0).data(PagedListModel::JsonRole).toJsonObject(), "id"_L1);
            if (id == live || id == Json::string(chosen.at(0), "id"_L1))
                pane.view()->selectionModel()->select(
                    proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        Q_UNUSED(aborted);
        Q_UNUSED(liveRow);
        pane.reassignSelected();
        auto *dialog = waitForVisible<ReassignDialog>(&pane);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->assignee()->count() > 10); // groups and users arrived
        dialog->assignee()->setCurrentIndex(dialog->assignee()->findText(u"Finance (group)"_s));
        dialog->commentEdit()->setText(u"Needs a budget check"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(bulk.size(), 2);
        QCOMPARE(bulk.at(1).at(0).toInt(), 1);
        QCOMPARE(bulk.at(1).at(1).toInt(), 1);
        auto *summary = waitForVisible<QMessageBox>(&pane);
        QVERIFY2(summary && summary->informativeText().contains(u"1 failed"_s),
                 summary ? qPrintable(summary->informativeText()) : "no summary");
        summary->close();
        QCOMPARE(Json::string(workflow(live), "assignedTo"_L1), u"Finance"_s);
        QCOMPARE(Json::string(workflow(live), "comment"_L1), u"Needs a budget check"_s);
    }

    void workflowsOfAServerWithoutOurStatus()
    {
        // `status` is ours (contract 9.2): a server without it showed "No workflows." for "In
        // progress" and never enabled Abort, Reassign or Revert.
        test::RawHttpResponder server([](const test::RawHttpResponder::Request &) {
            return test::RawHttpResponder::answer(
                200, "{\"workflows\":[{\"id\":\"w1\",\"projectName\":\"Home Claim\","
                     "\"stateName\":\"Review\"},{\"id\":\"w2\",\"projectName\":\"Life "
                     "Claim\",\"stateName\":\"Done\"}]}");
        });
        Session session(test::profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        WorkflowsPane pane;
        pane.resize(1200, 600);
        pane.show();
        pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(u"InProgress"_s));
        pane.setSession(&session);
        QTRY_COMPARE(pane.view()->model()->rowCount(), 2); // not hidden on a guess
        QTRY_VERIFY(!pane.statusFilter()->isEnabled());
        QCOMPARE(pane.statusFilter()->currentData().toString(), QString());
        QVERIFY(pane.statusFilter()->toolTip().contains(u"does not say"_s));
        pane.view()->selectRow(0);
        auto *abort = pane.findChild<QAction *>(u"abortAction"_s);
        QVERIFY(abort);
        QTRY_VERIFY(abort->isEnabled()); // the server decides
    }

    void tasksOfferOnlyWhatTheyAllow()
    {
        TasksPane pane;
        pane.resize(1100, 500);
        pane.show();
        pane.setSession(m_user.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 2);
        QAbstractItemModelTester tester(pane.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject refuses, allows;
        for (int r = 0; r < pane.listModel()->rowCount(); ++r) {
            const QJsonObject t = pane.listModel()->itemAt(r);
            if (Json::string(t, "assignedType"_L1) == "User"_L1 &&
                !Json::boolean(t, "allowCancellation"_L1))
                refuses = t;
            if (Json::boolean(t, "allowCancellation"_L1))
                allows = t;
        }
        QVERIFY(!refuses.isEmpty() && !allows.isEmpty());
        QVERIFY(!pane.offers(refuses, TasksPane::Action::Cancel));
        QVERIFY(pane.offers(allows, TasksPane::Action::Cancel));
        // Forced anyway, the server's refusal is shown and the task stays.
        QSignalSpy done(&pane, &TasksPane::actionFinished);
        pane.act(refuses, TasksPane::Action::Cancel);
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(done.at(0).at(1).toString().contains(u"does not allow cancellation"_s));
        QVERIFY(pane.listModel()->rowOfId(Json::string(refuses, "id"_L1)) >= 0);
        QTRY_VERIFY(waitForVisible<QMessageBox>(&pane) != nullptr);
        waitForVisible<QMessageBox>(&pane)->close();
        // Submit moves it on (the row shows the next state, or leaves when it completes).
        const QString before = Json::string(refuses, "stateName"_L1);
        pane.act(refuses, TasksPane::Action::Submit);
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done.at(1).at(0).toBool(), true);
        const int row = pane.listModel()->rowOfId(Json::string(refuses, "id"_L1));
        QVERIFY(row < 0 || Json::string(pane.listModel()->itemAt(row), "stateName"_L1) != before);
        // Cancel where allowed: the task leaves the list.
        pane.act(allows, TasksPane::Action::Cancel);
        confirm = waitForVisible<QMessageBox>(&pane);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.size(), 3);
        QTRY_COMPARE(pane.listModel()->rowOfId(Json::string(allows, "id"_L1)), -1);
    }

    // My tasks' actions act on the selected tasks, as every list's actions do (Workflows'):
    // not on the current row. A current row that is not selected offers nothing; two selected
    // are submitted together while the current row, not selected, stays as it was.
    // Walk 21: Workflows' Abort… and My tasks' Cancel the task… are different requests (the
    // administrator's DELETE admin/workflow, contract 4.10; the assignee's DELETE client/
    // workflow, 3.2, as the form allows): each says what it does and that it is not the other.
    void abortAndCancelTheTaskSayHowTheyDiffer()
    {
        TasksPane tasks;
        WorkflowsPane workflows;
        auto *cancel = tasks.findChild<QAction *>(u"cancelTaskAction"_s);
        auto *abort = workflows.findChild<QAction *>(u"abortAction"_s);
        QVERIFY(cancel && abort);
        QVERIFY2(cancel->toolTip().contains(u"Abort in Workflows"_s),
                 qPrintable(cancel->toolTip()));
        QVERIFY2(cancel->toolTip().contains(u"assigned to you directly"_s),
                 qPrintable(cancel->toolTip()));
        QVERIFY2(abort->toolTip().contains(u"Not My tasks' Cancel the task"_s),
                 qPrintable(abort->toolTip()));
    }

    // My tasks at a 1152 px window hid Locked by — who has the task open, what Unlock is for —
    // and kept To (a user's or a group's task) beside an empty Comment. To gives way first now,
    // Locked by after it; the comment, cut to its floor, stays. A window narrow from the start
    // showed no Comment at all (it sat behind the room of the columns left out).
    void myTasksGiveUpToBeforeLockedBy()
    {
        auto &workflows = m_sim->server->store().documents(u"workflows"_s);
        const auto saved = workflows;
        const auto restore = qScopeGuard([&workflows, saved] { workflows = saved; });
        for (auto &w : workflows)
            w.insert("comment"_L1, QString());
        constexpr int to = 5, lockedBy = 6, comment = 7;
        TasksPane pane;
        pane.resize(760, 500);
        pane.show();
        pane.setSession(m_admin.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 1);
        QHeaderView *header = pane.view()->horizontalHeader();
        const auto commentInView = [&pane, header] {
            return !header->isSectionHidden(comment) &&
                   header->sectionViewportPosition(comment) + header->sectionSize(comment) <=
                       pane.view()->viewport()->width();
        };
        QTRY_VERIFY(header->isSectionHidden(to));
        QVERIFY(commentInView());
        QSet<QString> seen;
        for (int width = 500; width <= 1400; width += 20) {
            pane.resize(width, 500);
            QTRY_COMPARE(pane.view()->viewport()->width(),
                         pane.view()->width() - 2 * pane.view()->frameWidth());
            // Laid out again: the columns shown fill the view, or (the optional ones left out)
            // the comment keeps its floor and the list scrolls sideways.
            const auto laidOut = [&pane, header] {
                int sum = 0;
                for (int c = 0; c < header->count(); ++c)
                    sum += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
                const int view = pane.view()->viewport()->width();
                return sum == view || (header->isSectionHidden(to) &&
                                       header->isSectionHidden(lockedBy) && sum > view);
            };
            QTRY_VERIFY2(laidOut(), qPrintable(QString::number(width)));
            QVERIFY2(!header->isSectionHidden(comment), qPrintable(QString::number(width)));
            const bool toShown = !header->isSectionHidden(to),
                       lockedShown = !header->isSectionHidden(lockedBy);
            QVERIFY2(!toShown || lockedShown, qPrintable(QString::number(width)));
            if (lockedShown)
                QVERIFY2(commentInView(), qPrintable(QString::number(width)));
            seen.insert(u"%1%2"_s.arg(int(toShown)).arg(int(lockedShown)));
        }
        QCOMPARE(seen, (QSet<QString>{u"00"_s, u"01"_s, u"11"_s})); // each step on the way
    }

    void taskActionsFollowTheSelectionNotTheCurrentRow()
    {
        TasksPane pane;
        pane.resize(1100, 500);
        pane.show();
        pane.setSession(m_user.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 3);
        QAbstractItemView *view = pane.view();
        QAbstractItemModel *model = view->model();
        auto *submit = pane.findChild<QAction *>(u"submitAction"_s);
        QVERIFY(submit);
        const auto taskAt = [model](int row) {
            return model->index(row, 0).data(PagedListModel::JsonRole).toJsonObject();
        };
        // Ctrl+click took the current row out of the selection: nothing is chosen.
        view->clearSelection();
        view->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(view->currentIndex().isValid() && !view->selectionModel()->hasSelection());
        QVERIFY(!submit->isEnabled());
        for (const QString &name :
             {u"revertAction"_s, u"unlockAction"_s, u"cancelTaskAction"_s, u"reassignAction"_s})
            QVERIFY2(!pane.findChild<QAction *>(name)->isEnabled(), qPrintable(name));

        // Rows 1 and 2 selected, row 0 current.
        for (int r : {1, 2})
            view->selectionModel()->select(model->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(submit->isEnabled());
        const QJsonObject current = taskAt(0);
        const QList<QJsonObject> chosen{taskAt(1), taskAt(2)};
        QCOMPARE(pane.selectedItems().size(), 2);
        QSignalSpy done(&pane, &TasksPane::actionFinished);
        submit->trigger();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        // (Each task is read back: the actions answer without a body.)
        PagedListModel *tasks = pane.listModel();
        QTRY_VERIFY(tasks->state() == PagedListModel::State::Loaded && !tasks->isFetching() &&
                    tasks->rowOfId(Json::idOf(current)) >= 0);
        for (const QJsonObject &t : chosen) {
            // Moved on, on the server and in the list (the next state, or gone when complete).
            const QJsonObject now = workflow(Json::idOf(t));
            QVERIFY2(Json::string(now, "stateName"_L1) != Json::string(t, "stateName"_L1) ||
                         Json::string(now, "status"_L1) != "InProgress"_L1,
                     qPrintable(Json::string(t, "projectName"_L1)));
            const auto movedOnInTheList = [tasks, &t] {
                const int at = tasks->rowOfId(Json::idOf(t));
                return at < 0 || Json::string(tasks->itemAt(at), "stateName"_L1) !=
                                     Json::string(t, "stateName"_L1);
            };
            QTRY_VERIFY2(movedOnInTheList(), qPrintable(Json::string(t, "projectName"_L1)));
        }
        // The current row, not selected, untouched.
        QCOMPARE(Json::string(workflow(Json::idOf(current)), "stateName"_L1),
                 Json::string(current, "stateName"_L1));
        QCOMPARE(tasks->itemAt(tasks->rowOfId(Json::idOf(current))), current);
    }

    void returnInTheGenerateDialogGeneratesAndNeverAddsAValue()
    {
        const QString form = motorClaim(*m_sim->server);
        QWidget parent;
        GenerateDialog dialog(m_user.get(), form, &parent);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *values = dialog.values()->table();
        QVERIFY(dialog.findChild<QPushButton *>(u"startGeneration"_s)->isDefault());
        QVERIFY(!dialog.findChild<QPushButton *>(u"addValue"_s)->isDefault());
        QVERIFY(!dialog.findChild<QPushButton *>(u"addValue"_s)->autoDefault());
        QSignalSpy finished(&dialog, &GenerateDialog::generationFinished);
        dialog.version()->setFocus();
        QTest::keyClick(dialog.version(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 10000);
        QCOMPARE(values->rowCount(), 0); // no empty rows appeared
        QCOMPARE(finished.at(0).at(0).toString(), u"succeeded"_s);
        // The operation's id is shown, to be copied into "Outputs of a submission…".
        const QString operation = dialog.findChild<QLineEdit *>(u"operationId"_s)->text();
        QVERIFY(!operation.isEmpty());
        EntityJob operationRead(m_user.get(), ClientEndpoints::operation(operation));
        QVERIFY(test::runJob(&operationRead));
        QVERIFY2(operationRead.succeeded(), qPrintable(operationRead.error().message()));
    }

    void tabLeavesAValuesTableAtItsLastCell()
    {
        QWidget window;
        auto *table = new ValuesTable(&window);
        auto *after = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(table);
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        table->setValue(u"a"_s, u"1"_s);
        table->setValue(u"b"_s, u"2"_s);
        QTableWidget *cells = table->table();
        cells->setFocus();
        cells->setCurrentCell(0, 0);
        QTest::keyClick(cells, Qt::Key_Tab); // still cell to cell inside
        QCOMPARE(cells->currentColumn(), 1);
        QVERIFY(cells->hasFocus());
        cells->setCurrentCell(1, 1);
        QTest::keyClick(cells, Qt::Key_Tab); // the last cell: out, not round to the first
        QVERIFY(!cells->hasFocus());
        QCOMPARE(cells->currentRow(), 1);
        // Ctrl+Tab leaves from anywhere.
        cells->setFocus();
        cells->setCurrentCell(0, 0);
        QTest::keyClick(cells, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(!cells->hasFocus());
        // While editing the last cell, Tab keeps the value and leaves.
        cells->setFocus();
        cells->setCurrentCell(1, 1);
        cells->editItem(cells->item(1, 1));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != cells);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, u"22"_s);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(!cells->isAncestorOf(QApplication::focusWidget()) &&
                    QApplication::focusWidget() != cells);
        QCOMPARE(table->values().value("b"_L1).toString(), u"22"_s);
    }

    // Issue 13: the Generate documents window once vanished after Tab in its values table. Keys
    // go where a user's go (the focus widget) through every Tab path of the table — round the
    // whole dialog, into and out of cells while editing, an empty row, an empty table, Escape in
    // an editor — and the dialog must stay open with the values typed (run under the sanitizers
    // by scripts/test-sanitize.sh, which would stop on any memory error here).
    void tabInTheGenerateDialogsValuesNeverClosesIt()
    {
        const QString form = motorClaim(*m_sim->server);
        QWidget parent;
        GenerateDialog dialog(m_user.get(), form, &parent);
        QSignalSpy closed(&dialog, &QDialog::finished);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *cells = dialog.values()->table();
        const auto press = [&dialog](Qt::Key key) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : &dialog, key);
        };
        const auto stillOpen = [&] {
            return dialog.isVisible() && closed.isEmpty();
        };
        // Round the whole dialog with the table empty, both ways.
        dialog.findChild<QComboBox *>(u"form"_s)->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 30; ++i) {
            press(i < 15 ? Qt::Key_Tab : Qt::Key_Backtab);
            QVERIFY2(stillOpen(), qPrintable(u"after key %1"_s.arg(i)));
        }
        // Add value: the label cell is edited; Tab goes to the value, Tab again leaves the table.
        dialog.findChild<QPushButton *>(u"addValue"_s)->click();
        QTRY_VERIFY(cells->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"name"_s);
        press(Qt::Key_Tab);
        QTRY_VERIFY(cells->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(cells->currentColumn(), 1);
        QTest::keyClicks(QApplication::focusWidget(), u"Ada"_s);
        press(Qt::Key_Tab);
        QVERIFY(stillOpen());
        QTRY_VERIFY(!cells->isAncestorOf(QApplication::focusWidget()) &&
                    QApplication::focusWidget() != cells);
        QCOMPARE(dialog.values()->values(), QJsonObject({{"name"_L1, u"Ada"_s}}));
        // Back in (Shift+Tab) and out again, cell to cell without editing.
        cells->setFocus(Qt::BacktabFocusReason);
        for (int i = 0; i < 4; ++i) {
            press(Qt::Key_Tab);
            QVERIFY2(stillOpen(), qPrintable(u"after Tab %1"_s.arg(i)));
        }
        // An empty row, Tab through its editors without typing, Shift+Tab out before the first
        // cell.
        dialog.findChild<QPushButton *>(u"addValue"_s)->click();
        QTRY_VERIFY(cells->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QVERIFY(stillOpen());
        cells->setFocus();
        cells->setCurrentCell(0, 0);
        cells->editItem(cells->item(0, 0));
        QTRY_VERIFY(cells->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_Backtab);
        QVERIFY(stillOpen());
        // Escape in an editor cancels the edit only.
        cells->setFocus();
        cells->setCurrentCell(0, 1);
        cells->editItem(cells->item(0, 1));
        QTRY_VERIFY(cells->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"Bob"_s);
        press(Qt::Key_Escape);
        QVERIFY(stillOpen());
        QCOMPARE(dialog.values()->values(), QJsonObject({{"name"_L1, u"Ada"_s}}));
        // Every row removed: Tab on the empty table moves on.
        while (cells->rowCount() > 0) {
            cells->setCurrentCell(0, 0);
            dialog.findChild<QPushButton *>(u"removeValue"_s)->click();
        }
        cells->setFocus();
        for (int i = 0; i < 6; ++i) {
            press(Qt::Key_Tab);
            QVERIFY2(stillOpen(), qPrintable(u"after Tab %1 on the empty table"_s.arg(i)));
        }
    }

    void aWorkflowsSheetShowsItsStatesAndItsActions()
    {
        WorkflowsPane pane;
        pane.resize(1200, 600);
        pane.show();
        pane.setSession(m_admin.get());
        QVERIFY(loadRows(pane.listModel(), 30)); // scrolled down: a strict server's pages hold 25
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 30);
        int row = -1;
        for (int r = 0; r < pane.listModel()->rowCount() && row < 0; ++r) {
            const QJsonObject w = pane.listModel()->itemAt(r);
            if (Json::string(w, "status"_L1) == "InProgress"_L1 &&
                !Json::string(w, "stateName"_L1).isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QJsonObject item = pane.listModel()->itemAt(row);
        const QString id = Json::string(item, "id"_L1);
        const QJsonArray states = workflow(id).value("states"_L1).toArray();
        QVERIFY(states.size() >= 2);
        pane.view()->setFocus();
        pane.view()->setCurrentIndex(
            pane.view()->model()->index(pane.view()->model()->rowCount() > row ? row : 0, 0));
        auto *sheet = pane.openSheet(item);
        QVERIFY(sheet->isVisible());
        QVERIFY(sheet->windowTitle().startsWith(u"Properties of "_s));
        // Readable: the status in words, dates local, labels in words.
        QCOMPARE(sheet->findChild<QLabel *>(u"status"_s)->text(), u"In progress"_s);
        QVERIFY(!sheet->findChild<QLabel *>(u"assignedDateTime"_s)->text().contains(u'Z'));
        QVERIFY(!sheet->findChild<QLabel *>(u"assignedDateTime"_s)->text().contains(u'T'));
        // Who has it: the name and its kind on one line.
        const QString kind =
            Json::string(item, "assignedType"_L1) == "Group"_L1 ? u"group"_s : u"user"_s;
        QCOMPARE(valueOf(sheet, u"assignedTo"_s),
                 u"%1 (%2)"_s.arg(Json::string(item, "assignedTo"_L1), kind));
        QVERIFY(!sheet->findChild<QLabel *>(u"assignedType"_s));
        // Revert names what it can: the state the workflow leaves, and that the server does
        // not say beforehand which one it returns to.
        sheet->findChild<QPushButton *>(u"revert"_s)->click();
        auto *question = waitForVisible<QMessageBox>(&pane);
        QVERIFY(question);
        QVERIFY2(question->text().contains(
                     u"It leaves “%1” and goes back"_s.arg(Json::string(item, "stateName"_L1))),
                 qPrintable(question->text()));
        QVERIFY2(question->text().contains(u"the server does not say before the revert"_s),
                 qPrintable(question->text()));
        const QPointer<QMessageBox> asked(question);
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!asked);
        // Several: each named with its state, and the same plain word about where they go.
        pane.view()->selectRow(0);
        pane.view()->selectionModel()->select(pane.view()->model()->index(1, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        pane.revertSelected();
        question = waitForVisible<QMessageBox>(&pane);
        QVERIFY(question);
        QVERIFY2(question->text().contains(u"Each leaves its state"_s) &&
                     question->text().contains(u"the server does not say before the revert"_s),
                 qPrintable(question->text()));
        const QPointer<QMessageBox> askedTwo(question);
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!askedTwo);
        // Reverted, the footer says where it went, as the server has it now.
        if (const auto at = states.toVariantList().indexOf(Json::string(item, "stateName"_L1));
            at > 0) {
            sheet->findChild<QPushButton *>(u"revert"_s)->click();
            question = waitForVisible<QMessageBox>(&pane);
            QVERIFY(question);
            const QPointer<QMessageBox> again(question);
            question->button(QMessageBox::Yes)->click();
            QTRY_VERIFY(!again);
            const QString back = states.at(at - 1).toString();
            QTRY_VERIFY2(pane.findChild<QLabel *>(u"workflowsFooter"_s)
                             ->text()
                             .contains(u"is now at “%1”"_s.arg(back)),
                         qPrintable(pane.findChild<QLabel *>(u"workflowsFooter"_s)->text()));
        }
        // Its states, where it stands among them.
        QTRY_COMPARE(sheet->history()->topLevelItemCount(), int(states.size()));
        bool current = false;
        for (int i = 0; i < sheet->history()->topLevelItemCount(); ++i)
            current =
                current || sheet->history()->topLevelItem(i)->text(1).startsWith(u"Current"_s);
        QVERIFY(current);
        // The raw JSON once, folded away until asked for.
        QCOMPARE(sheet->findChildren<QPlainTextEdit *>(u"rawJson"_s).size(), 1);
        QVERIFY(!sheet->findChild<QPlainTextEdit *>(u"rawJson"_s)->isVisible());
        sheet->findChild<QToolButton *>(u"rawJsonToggle"_s)->click();
        QVERIFY(sheet->findChild<QPlainTextEdit *>(u"rawJson"_s)->isVisible());
        // Actions on the sheet itself.
        auto *abort = sheet->findChild<QPushButton *>(u"abort"_s);
        QVERIFY(abort && abort->isEnabled());
        abort->click();
        auto *confirm = waitForVisible<QMessageBox>(&pane);
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(Json::string(workflow(id), "status"_L1), u"Aborted"_s);
        QTRY_COMPARE(sheet->findChild<QLabel *>(u"status"_s)->text(),
                     u"Aborted"_s); // the sheet follows
        QVERIFY(!abort->isEnabled());
        sheet->close();
    }

    // Answer files and in-progress forms name their date column alike: when it was saved.
    void answerFilesAndInProgressFormsCallTheirDateTheSame()
    {
        AnswerFilesPane answers(false), inProgress(true);
        const auto dateTitle = [](AnswerFilesPane &pane) {
            return pane.view()->model()->headerData(2, Qt::Horizontal).toString();
        };
        QCOMPARE(dateTitle(answers), u"Saved"_s);
        QCOMPARE(dateTitle(inProgress), dateTitle(answers));
    }

    void aTasksSheetOffersWhatTheTaskAllows()
    {
        // The seed decides which of enduser's own tasks may be reassigned: make sure one may.
        bool made = false;
        for (auto &w : m_sim->server->store().documents(u"workflows"_s)) {
            if (!made && Json::string(w, "assignedType"_L1) == "User"_L1 &&
                Json::string(w, "assignedTo"_L1) == "enduser"_L1 &&
                Json::string(w, "status"_L1) == "InProgress"_L1) {
                w.insert("allowReassign"_L1, true);
                made = true;
            }
        }
        QVERIFY(made);
        TasksPane pane;
        pane.resize(1100, 500);
        pane.show();
        pane.setSession(m_user.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() >= 1);
        QJsonObject task;
        for (int r = 0; r < pane.listModel()->rowCount() && task.isEmpty(); ++r) {
            if (Json::boolean(pane.listModel()->itemAt(r), "allowReassign"_L1))
                task = pane.listModel()->itemAt(r);
        }
        QVERIFY(!task.isEmpty());
        auto *sheet = pane.openSheet(task);
        QVERIFY(sheet->isVisible());
        QCOMPARE(sheet->findChild<QPushButton *>(u"reassign"_s)->isEnabled(), true);
        QCOMPARE(sheet->findChild<QPushButton *>(u"unlock"_s)->isEnabled(),
                 Json::boolean(task, "allowUnlock"_L1));
        QCOMPARE(sheet->findChild<QPushButton *>(u"cancelTask"_s)->isEnabled(),
                 Json::boolean(task, "allowCancellation"_L1));
        QVERIFY(sheet->findChild<QPushButton *>(u"submit"_s)->isEnabled());
        // Assigned to the user: "You" (a task names no assignee, contract 3.2), not the kind.
        QCOMPARE(Json::string(task, "assignedType"_L1), u"User"_s);
        QCOMPARE(valueOf(sheet, u"assignedTo"_s), u"You"_s);
        QJsonObject groupTask = task;
        groupTask.insert("assignedType"_L1, u"Group"_s);
        auto *groupSheet = pane.openSheet(groupTask);
        QVERIFY(valueOf(groupSheet, u"assignedTo"_s).startsWith(u"A group you belong to"_s));
        groupSheet->close();
        groupTask.insert("assignedTo"_L1, u"Claims"_s); // a server that names it
        groupSheet = pane.openSheet(groupTask);
        QCOMPARE(valueOf(groupSheet, u"assignedTo"_s), u"Claims (group)"_s);
        groupSheet->close();
        QCOMPARE(sheet->history()->topLevelItemCount(), 1);
        QVERIFY(sheet->history()->topLevelItem(0)->text(1).startsWith(u"Assigned"_s));
        // Submitting from the sheet moves the task on; the sheet says when it is no longer yours.
        sheet->findChild<QPushButton *>(u"submit"_s)->click();
        QTRY_VERIFY(
            sheet->findChild<QLabel *>(u"sheetStatus"_s)->text().contains(u"no longer yours"_s) ||
            sheet->findChild<QLabel *>(u"stateName"_s)->text() !=
                Json::string(task, "stateName"_L1));
        sheet->close();
    }

    void generationEndToEndThroughTheDialog()
    {
        const QString form = motorClaim(*m_sim->server);
        QWidget parent;
        GenerateDialog dialog(m_user.get(), form, &parent);
        dialog.show();
        dialog.values()->setValue(u"customerName"_s, u"Noah Williams"_s);
        dialog.values()->setValue(u"claimNumber"_s, u"C-2026-0042"_s);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data.xml"_s);
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<claim><vehicleRegistration>ABC-123</vehicleRegistration></claim>");
        f.close();
        dialog.addDataFile(data);
        // The body says which data source a file is for when one is given.
        dialog.findChild<QTableWidget *>(u"dataFiles"_s)
            ->item(0, 1)
            ->setText(u"11111111-2222-3333-4444-555555555555"_s);
        QString problem;
        const auto body = dialog.requestBody(&problem);
        QVERIFY(body);
        QCOMPARE(
            Json::string(body->value("data"_L1).toArray().at(0).toObject(), "dataServiceGuid"_L1),
            u"11111111-2222-3333-4444-555555555555"_s);
        m_sim->server->store().generationMs = 2500; // long enough to be seen running
        QSignalSpy finished(&dialog, &GenerateDialog::generationFinished);
        QSignalSpy states(&dialog, &GenerateDialog::statusChanged);
        QSignalSpy ready(dialog.outputs(), &OutputFilesView::filesReady);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 10000);
        m_sim->server->store().generationMs = 600;
        QCOMPARE(finished.at(0).at(0).toString(), u"succeeded"_s);
        QStringList seen;
        for (const auto &s : states)
            seen << s.at(0).toString();
        QCOMPARE(seen, (QStringList{u"notStarted"_s, u"running"_s, u"succeeded"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        FileListModel *files = dialog.outputs()->model();
        QAbstractItemModelTester tester(files,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(files->rowCount(), 2);
        int docx = -1;
        for (int r = 0; r < files->rowCount(); ++r) {
            if (Json::string(files->itemAt(r), "extension"_L1) == "docx"_L1)
                docx = r;
        }
        // A document's name on one line, whole; its size only as wide as it needs.
        QTableView *outputs = dialog.outputs()->view();
        QVERIFY(!outputs->wordWrap());
        const QString docxName = files->index(docx, 0).data().toString();
        QTRY_VERIFY(outputs->columnWidth(0) >=
                    outputs->fontMetrics().horizontalAdvance(docxName) + 8);
        QVERIFY(outputs->columnWidth(0) > outputs->columnWidth(1));
        const auto text = Docx::paragraphs(files->file(Json::string(files->itemAt(docx), "id"_L1)));
        QVERIFY(text);
        QVERIFY(text->contains(u"customerName: Noah Williams"_s));
        QVERIFY(text->contains(u"claimNumber: C-2026-0042"_s));
        QVERIFY(text->contains(u"vehicleRegistration: ABC-123"_s));
        // Drag out and Save all write the same bytes.
        std::unique_ptr<QMimeData> mime(files->mimeData({files->index(docx, 0)}));
        QVERIFY(mime && mime->urls().size() == 1);
        QCOMPARE(QFileInfo(mime->urls().at(0).toLocalFile()).fileName(), u"Motor Claim.docx"_s);
        QSignalSpy saved(dialog.outputs(), &OutputFilesView::saved);
        dialog.outputs()->saveAllTo(dir.path());
        QCOMPARE(saved.at(0).at(0).toInt(), 2);
        QVERIFY(QFile::exists(dir.filePath(u"Motor Claim.txt"_s)));
    }

    void anAnswerFileReadBackWithoutItsXmlGeneratesNothing()
    {
        // The vendor does not name the member holding an answer file's XML when it is read
        // back (contract 3.3); sent without it, the documents would be made without the answers.
        const QString form = motorClaim(*m_sim->server);
        auto &files = m_sim->server->store().documents(u"answerFiles"_s);
        files.push_back(QJsonObject{{"id"_L1, u"af-without-xml"_s},
                                    {"userId"_L1, m_user->userId()},
                                    {"publishId"_L1, form},
                                    {"description"_L1, u"Answers kept elsewhere"_s},
                                    {"answerDocument"_L1, u"<AnswerFile/>"_s}});
        const auto operationsBefore = m_sim->server->store().documents(u"operations"_s).size();
        QWidget parent;
        GenerateDialog dialog(m_user.get(), form, &parent);
        dialog.show();
        auto *chooser = dialog.findChild<QComboBox *>(u"answerFile"_s);
        QTRY_VERIFY(chooser->findData(u"af-without-xml"_s) >= 0);
        chooser->setCurrentIndex(chooser->findData(u"af-without-xml"_s));
        auto *status = dialog.findChild<QLabel *>(u"generationStatus"_s);
        QVERIFY(status);
        dialog.start();
        QTRY_VERIFY(status->text().contains(u"without its answers"_s));
        QTest::qWait(300);
        QCOMPARE(m_sim->server->store().documents(u"operations"_s).size(), operationsBefore);
        files.pop_back();
    }

    void generatedFilesWithoutIdsAreEachTheirOwn()
    {
        // The vendor documents only `filename` and `resourceLocation` for a generated file
        // (contract 3.7). Keyed by a missing id, every row was the first file: Save all wrote
        // the first document's bytes under every name.
        GeneratedFiles held(u"out-1"_s, twoDocuments());
        OutputFilesView view;
        QSignalSpy ready(&view, &OutputFilesView::filesReady);
        view.show(&held.session, {}, held.outputId);
        QTRY_VERIFY2_WITH_TIMEOUT(ready.size() == 1, qPrintable(view.findChild<QLabel *>()->text()),
                                  5000);
        QCOMPARE(ready.at(0).at(0).toInt(), 2);
        QTemporaryDir dir;
        view.saveAllTo(dir.path());
        for (const auto &[name, bytes] : {std::pair{u"A.docx"_s, QByteArray("first")},
                                          std::pair{u"B.pdf"_s, QByteArray("second")}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), bytes);
        }
    }

    // Open and Save… acted on the current row (the focus frame), not on the selection: with B
    // selected and A current, Save… wrote A. They follow the selection: disabled with none
    // (saying why), Save… with one only, Open on each selected.
    void openAndSaveActOnTheSelectedDocuments()
    {
        GeneratedFiles held(u"out-2"_s, twoDocuments());
        OutputFilesView view;
        QSignalSpy ready(&view, &OutputFilesView::filesReady);
        view.show(&held.session, {}, held.outputId);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QTableView *table = view.view();
        auto *open = view.findChild<QPushButton *>(u"openDocuments"_s);
        auto *save = view.findChild<QPushButton *>(u"saveDocument"_s);
        auto *saveAll = view.findChild<QPushButton *>(u"saveAllDocuments"_s);
        QVERIFY(open && save && saveAll);
        // The focus frame on A, nothing selected: nothing to act on, and the tooltips say why.
        table->selectionModel()->clear();
        table->selectionModel()->setCurrentIndex(view.model()->index(0, 0),
                                                 QItemSelectionModel::NoUpdate);
        QVERIFY(!open->isEnabled() && !save->isEnabled());
        QVERIFY(saveAll->isEnabled());
        QCOMPARE(save->toolTip(), u"Nothing is selected: select a document first."_s);
        QCOMPARE(open->toolTip(), u"Nothing is selected: select a document first."_s);
        // B selected, A still current: Save… writes B.
        table->selectionModel()->select(view.model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(open->isEnabled() && save->isEnabled());
        QTemporaryDir dir;
        view.saveSelectedTo(dir.filePath(u"chosen"_s));
        QFile chosen(dir.filePath(u"chosen"_s));
        QVERIFY(chosen.open(QIODevice::ReadOnly));
        QCOMPARE(chosen.readAll(), QByteArray("second"));
        // Both selected: Save… saves one only (and says so); Open opens each.
        table->selectionModel()->select(view.model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(u"select only it"_s));
        QVERIFY(open->isEnabled());
        UrlCatcher opened;
        QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
        open->click();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QStringList names;
        for (const QUrl &url : std::as_const(opened.urls))
            names << url.fileName();
        QCOMPARE(names, (QStringList{u"A.docx"_s, u"B.pdf"_s}));
    }

    // Open on many selected documents opened them all, a window each, with no limit. Up to
    // ten open at once; more only once asked ("Open 12 documents?", Cancel the default), and
    // Cancel opens none.
    void openingManyDocumentsAsksFirst()
    {
        constexpr int count = OutputFilesView::kOpenWithoutAsking + 2;
        QList<GeneratedFiles::File> letters;
        for (int i = 1; i <= count; ++i)
            letters.append({u"Letter %1.txt"_s.arg(i), "Dear reader", "text/plain"});
        GeneratedFiles held(u"out-many"_s, letters);
        OutputFilesView view;
        QSignalSpy ready(&view, &OutputFilesView::filesReady);
        view.show(&held.session, {}, held.outputId);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(view.model()->rowCount(), count);
        auto *open = view.findChild<QPushButton *>(u"openDocuments"_s);
        QVERIFY(open);
        UrlCatcher opened;
        QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"file"_s); });
        const auto select = [&view](int rows) {
            QItemSelectionModel *selection = view.view()->selectionModel();
            selection->clear();
            for (int r = 0; r < rows; ++r)
                selection->select(view.model()->index(r, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };

        // As many as may open at once: opened, nothing asked.
        select(OutputFilesView::kOpenWithoutAsking);
        open->click();
        QVERIFY(!view.findChild<QMessageBox *>(u"confirmOpen"_s));
        QCOMPARE(opened.urls.size(), OutputFilesView::kOpenWithoutAsking);
        opened.urls.clear();

        // One more than that: asked first, Cancel the default, and Cancel opens none.
        select(count);
        open->click();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = view.findChild<QMessageBox *>(u"confirmOpen"_s)) && ask->isVisible());
        QCOMPARE(ask->windowTitle(), u"Open documents"_s);
        QCOMPARE(ask->text(), u"Open %1 document(s)?"_s.arg(count)); // "documents" in the catalogue
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        QVERIFY(opened.urls.isEmpty());
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view.findChild<QMessageBox *>(u"confirmOpen"_s));
        QVERIFY(opened.urls.isEmpty());

        // Asked again, and agreed: every one opens.
        open->click();
        QTRY_VERIFY((ask = view.findChild<QMessageBox *>(u"confirmOpen"_s)) && ask->isVisible());
        ask->button(QMessageBox::Open)->click();
        QCOMPARE(opened.urls.size(), count);
        QStringList names;
        for (const QUrl &url : std::as_const(opened.urls))
            names << url.fileName();
        QVERIFY(names.contains(u"Letter %1.txt"_s.arg(count)));
    }

    void aFailingAndACancelledGeneration()
    {
        const QString form = motorClaim(*m_sim->server);
        QWidget parent;
        GenerateDialog failing(m_user.get(), form, &parent);
        failing.values()->setValue(u"failGeneration"_s, u"template missing a style"_s);
        QSignalSpy failed(&failing, &GenerateDialog::generationFinished);
        failing.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 10000);
        QCOMPARE(failed.at(0).at(0).toString(), u"failed"_s);
        QVERIFY(failing.statusLabel()->text().contains(u"template missing a style"_s));
        QCOMPARE(failing.outputs()->model()->rowCount(), 0);

        m_sim->server->store().generationMs = 6000;
        GenerateDialog cancelled(m_user.get(), form, &parent);
        QSignalSpy over(&cancelled, &GenerateDialog::generationFinished);
        cancelled.start();
        QTRY_COMPARE(cancelled.status(), u"notStarted"_s);
        cancelled.cancelGeneration();
        QTRY_COMPARE(over.size(), 1);
        QCOMPARE(over.at(0).at(0).toString(), u"cancelled"_s);
        QVERIFY(cancelled.statusLabel()->text().contains(u"nothing was generated"_s));
        m_sim->server->store().generationMs = 600;
    }

    void outputsByOperationId()
    {
        // A generation started elsewhere (e.g. infiniti-ctl); its operation id leads to the files.
        ApiRequest r;
        r.method = "POST";
        r.module = ApiModule::Client;
        r.encodedPath = "generate/" + motorClaim(*m_sim->server).toUtf8();
        r.body = "{\"values\":{\"customerName\":\"Ava\"}}";
        r.contentType = "application/json";
        ApiJob job(m_user.get(), r);
        job.setAutoDelete(false);
        runJob(&job);
        // The operation's id in the answer, or only in its Location (the strict profile's 202
        // without a body, as the vendor documents).
        QString opId = Json::idOf(job.json().object());
        if (opId.isEmpty())
            opId = QUrl::fromEncoded(job.rawHeader("Location"))
                       .path()
                       .section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        QVERIFY(!opId.isEmpty());
        QTest::qWait(700);
        FormsPane pane;
        pane.setSession(m_user.get());
        pane.show();
        pane.lookUpOutputs();
        auto *dialog = waitForVisible<QDialog>(&pane);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"submissionId"_s)->setText(opId);
        QSignalSpy ready(dialog->findChild<OutputFilesView *>(), &OutputFilesView::filesReady);
        dialog->findChild<QPushButton *>()->click(); // Look up
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(dialog->findChild<OutputFilesView *>()->model()->rowCount(), 2);

        // Its run id leads there too, the documented way (operations?runid=), on any server.
        ApiRequest get;
        get.module = ApiModule::Client;
        get.encodedPath = "operations/" + opId.toUtf8();
        ApiJob operation(m_user.get(), get);
        operation.setAutoDelete(false);
        runJob(&operation);
        const QString runId = Json::string(operation.json().object(), "runId"_L1);
        QVERIFY(!runId.isEmpty() && runId != opId);
        dialog->findChild<OutputFilesView *>()->clear({});
        dialog->findChild<QLineEdit *>(u"submissionId"_s)->setText(runId);
        dialog->findChild<QPushButton *>()->click();
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(dialog->findChild<OutputFilesView *>()->model()->rowCount(), 2);
    }

    // Walk 22: a data file's data source was a GUID typed by hand. The data sources are offered
    // by name (read in the background), the body carries the id; typing an id still works, also
    // where the list cannot be read (an end user without "Manage data sources").
    void dataFilesOfferTheDataSourcesByName()
    {
        const QJsonObject customer = m_sim->server->store().documents(u"datasources"_s).front();
        const QString customerId = Json::string(customer, "id"_L1);
        const QString customerName = Json::string(customer, "name"_L1);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data.xml"_s);
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<customer/>");
        f.close();

        DataFilesTable table;
        QSignalSpy read(&table, &DataFilesTable::dataSourcesRead);
        table.setSession(m_admin.get());
        QVERIFY(table.sourcesState()->text().contains(u"Reading"_s));
        table.addFile(data);
        QTRY_COMPARE(read.size(), 1);
        QVERIFY(table.dataSources().contains(std::pair{customerName, customerId}));
        QVERIFY(table.sourcesState()->isHidden());
        // Its editor offers the names; the one picked is sent by its id.
        table.show();
        QTableWidget *cells = table.table();
        cells->setCurrentCell(0, 1);
        cells->editItem(cells->item(0, 1));
        auto *box = cells->findChild<QComboBox *>();
        QVERIFY(box);
        QVERIFY(box->findText(customerName) > 0);
        box->setCurrentIndex(box->findText(customerName));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(cells->item(0, 1)->text(), customerName);
        QString problem;
        auto body = table.data(&problem);
        QVERIFY(body);
        QCOMPARE(Json::string(body->at(0).toObject(), "dataServiceGuid"_L1), customerId);
        // An id typed reads as its name; an id the list does not have is sent as typed.
        table.setDataSource(0, customerId.toUpper());
        QCOMPARE(cells->item(0, 1)->text(), customerName);
        table.setDataSource(0, u"99999999-0000-0000-0000-000000000001"_s);
        body = table.data(&problem);
        QCOMPARE(Json::string(body->at(0).toObject(), "dataServiceGuid"_L1),
                 u"99999999-0000-0000-0000-000000000001"_s);

        // Without the permission: said, and an id is typed instead.
        DataFilesTable refused;
        QSignalSpy failed(&refused, &DataFilesTable::dataSourcesRead);
        refused.setSession(m_user.get());
        refused.addFile(data);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(refused.dataSources().isEmpty());
        QVERIFY(!refused.sourcesState()->isHidden());
        QVERIFY2(refused.sourcesState()->text().contains(u"Type the data source's id instead"_s),
                 qPrintable(refused.sourcesState()->text()));
        refused.table()->item(0, 1)->setText(customerId);
        body = refused.data(&problem);
        QCOMPARE(Json::string(body->at(0).toObject(), "dataServiceGuid"_L1), customerId);
    }

    // Walk 22: the operation id was only inside a sentence, and Outputs of a submission wanted
    // it typed. It is now in a field of its own (copied whole), Show outputs… opens it, and the
    // generations of the session are offered there, most recent first, with form and time.
    void aGenerationsOutputsAreFoundAgainWithoutTypingTheId()
    {
        const QString form = motorClaim(*m_sim->server);
        QWidget parent;
        auto *dialog = new GenerateDialog(m_user.get(), form, &parent);
        dialog->show();
        QVERIFY(dialog->operationId().isEmpty());
        // The form named (its list read; until then the chooser shows the id it was given).
        auto *chooser = dialog->findChild<QComboBox *>(u"form"_s);
        QVERIFY(chooser);
        QTRY_VERIFY2(chooser->currentText().contains(u"Motor Claim"_s),
                     qPrintable(chooser->currentText()));
        QSignalSpy finished(dialog, &GenerateDialog::generationFinished);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 10000);
        const QString id = dialog->operationId();
        QVERIFY(!id.isEmpty());
        QVERIFY(!dialog->statusLabel()->text().contains(id)); // not buried in a sentence
        auto *field = dialog->findChild<QLineEdit *>(u"operationId"_s);
        QVERIFY(field && field->isVisible() && field->isReadOnly());
        QCOMPARE(field->text(), id);
        dialog->findChild<QPushButton *>(u"copyOperationId"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

        // Show outputs… opens Outputs of a submission beside it, looking that id up.
        dialog->findChild<QPushButton *>(u"showOutputs"_s)->click();
        auto *lookup = parent.findChild<OutputsLookupDialog *>();
        QVERIFY(lookup);
        QCOMPARE(lookup->idField()->text(), id);
        QSignalSpy ready(lookup->outputs(), &OutputFilesView::filesReady);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(lookup->outputs()->model()->rowCount(), 2);
        delete dialog; // the outputs stay
        QVERIFY(parent.findChild<OutputsLookupDialog *>());

        // The session's generations are listed, newest first; picking one fills the id.
        QTreeWidget *recent = lookup->recent();
        QVERIFY(recent->isVisibleTo(lookup));
        QVERIFY(recent->topLevelItemCount() >= 1);
        QCOMPARE(recent->topLevelItem(0)->text(3), id);
        QVERIFY(recent->topLevelItem(0)->text(0).contains(u"Motor Claim"_s));
        QVERIFY(!recent->topLevelItem(0)->text(1).isEmpty());
        lookup->idField()->clear();
        recent->setCurrentItem(recent->topLevelItem(0));
        QCOMPARE(lookup->idField()->text(), id);

        // An id no submission has is said so plainly.
        lookup->lookUp(u"00000000-0000-0000-0000-00000000dead"_s);
        QVERIFY(!recent->currentItem()); // the id typed is not the one picked
        auto *status = lookup->outputs()->findChild<QLabel *>(u"outputStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            status->text(), u"No submission has the id “00000000-0000-0000-0000-00000000dead”."_s,
            5000);
        delete lookup;

        // Another session's list is its own.
        FormsPane pane;
        pane.setSession(m_admin.get());
        pane.lookUpOutputs();
        auto *other = pane.findChild<OutputsLookupDialog *>();
        QVERIFY(other);
        QCOMPARE(other->recent()->topLevelItemCount(), 0);
        QVERIFY(!other->recent()->isVisibleTo(other));
        delete other;
    }

    void answerXmlMustBeWellFormedBeforeAnythingIsSent()
    {
        AnswerFilesPane pane(false);
        pane.resize(1000, 600);
        pane.show();
        pane.setSession(m_user.get());
        QTRY_VERIFY(pane.view()->model()->rowCount() > 0);
        QAbstractItemModelTester tester(pane.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const size_t before = m_sim->server->store().documents(u"answerFiles"_s).size();
        pane.newAction()->trigger();
        auto *dialog = waitForVisible<JsonFormDialog>(&pane);
        QVERIFY(dialog);
        auto *form = dialog->findChild<QComboBox *>(u"publishId"_s);
        QTRY_VERIFY(form->count() > 3);
        dialog->findChild<QLineEdit *>(u"description"_s)->setText(u"Test answers"_s);
        auto *xml = dialog->findChild<XmlEditor *>(u"answerXml"_s);
        xml->setText(u"<AnswerFile><customerName>Olivia</AnswerFile>"_s);
        QVERIFY(xml->problem().contains(u"Line 1"_s));
        QVERIFY(!xml->loadFile(u"/no/such/answers.xml"_s)); // said, and the text stays
        QVERIFY(xml->findChild<QLabel *>(u"xmlFeedback"_s)->text().contains(u"cannot be read"_s));
        QVERIFY(xml->text().contains(u"Olivia"_s));
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_sim->server->store().documents(u"answerFiles"_s).size(), before); // nothing sent
        // The field is marked, and the editor's line says where — once, not again under it.
        const QString fieldError = dialog->findChild<QLabel *>(u"answerXmlError"_s)->text();
        QVERIFY2(fieldError.contains(u"Not well-formed"_s), qPrintable(fieldError));
        QVERIFY2(!fieldError.contains(u"Line 1"_s), qPrintable(fieldError));
        QVERIFY(xml->findChild<QLabel *>(u"xmlFeedback"_s)->text().contains(u"Line 1"_s) ||
                xml->findChild<QLabel *>(u"xmlFeedback"_s)->text().contains(u"cannot be read"_s));
        QTemporaryDir dir;
        const QString fromFile = dir.filePath(u"answers.xml"_s);
        QVERIFY(writeTestFile(fromFile,
                              "<AnswerFile><customerName>Olivia</customerName></AnswerFile>"));
        QVERIFY(xml->loadFile(fromFile)); // the answer XML from a file
        QVERIFY(xml->problem().isEmpty());
        const QString chosenForm = form->currentData().toString();
        const QPointer<QWidget> gone(dialog);
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Save)
            ->click();
        QTRY_VERIFY(!gone || !gone->isVisible());
        QCOMPARE(m_sim->server->store().documents(u"answerFiles"_s).size(), before + 1);
        const QJsonObject made = m_sim->server->store().documents(u"answerFiles"_s).back();
        QCOMPARE(Json::string(made, "publishId"_L1), chosenForm);
        QVERIFY(pane.listModel()->rowOfId(Json::string(made, "id"_L1)) >= 0); // shown at once
        // Opening a listed one (the list leaves the XML out) loads it first.
        int listed = -1;
        for (int r = 0; r < pane.listModel()->rowCount() && listed < 0; ++r) {
            if (!pane.listModel()->itemAt(r).contains("answerXml"_L1))
                listed = r;
        }
        QVERIFY(listed >= 0);
        pane.view()->setCurrentIndex(pane.view()->model()->index(0, 0));
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r) {
            if (pane.view()->model()->index(r, 0).data(PagedListModel::JsonRole).toJsonObject() ==
                pane.listModel()->itemAt(listed))
                pane.view()->setCurrentIndex(pane.view()->model()->index(r, 0));
        }
        QTest::keyClick(pane.view(), Qt::Key_Return);
        JsonFormDialog *opened = nullptr;
        QTRY_VERIFY((opened = waitForVisible<JsonFormDialog>(&pane)) != nullptr);
        auto *answers = opened->findChild<XmlEditor *>(u"answerXml"_s);
        QTRY_VERIFY(answers->text().startsWith(u"<AnswerFile"_s));
        // Shown one element a line, read-only; kept, copied and saved exactly as it came.
        const QString original = answers->text();
        QVERIFY(!original.contains(u'\n'));
        QVERIFY(answers->isShowingIndented());
        QVERIFY(answers->editor()->isReadOnly());
        QVERIFY(answers->editor()->toPlainText().contains(u">\n  <"_s));
        QCOMPARE(Json::string(opened->object(), "answerXml"_L1), original);
        answers->findChild<QPushButton *>(u"copyXml"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), original);
        // The note says what saving does in an administrator's words.
        const QString note = opened->findChild<QLabel *>(u"sheetNote"_s)->text();
        QVERIFY(note.contains(u"new answer file"_s));
        QVERIFY(!note.contains(u"contract"_s));
        // Walk 23: Edit switched to the one long line ("Line 1, column 464"). The layout stays
        // to be edited; unchanged, the XML is still sent exactly as it came.
        const QString laidOut = answers->editor()->toPlainText();
        answers->findChild<QPushButton *>(u"editXml"_s)->click();
        QVERIFY(!answers->editor()->isReadOnly());
        QCOMPARE(answers->editor()->toPlainText(), laidOut);
        QCOMPARE(answers->text(), original);
        // A mistake is said on its own line.
        answers->editor()->setPlainText(laidOut + u"\n<extra>"_s);
        QVERIFY2(answers->problem().startsWith(u"Line %1,"_s.arg(laidOut.count(u'\n') + 2)),
                 qPrintable(answers->problem()));
        // What is edited is what is sent, as the user sees it.
        QString edited = laidOut;
        edited.insert(edited.indexOf(u'\n') + 1, u"  <!-- checked -->\n"_s);
        answers->editor()->setPlainText(edited);
        QVERIFY(answers->problem().isEmpty());
        QCOMPARE(answers->text(), edited);
        QCOMPARE(Json::string(opened->object(), "answerXml"_L1), edited); // what Save sends
        opened->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Cancel)
            ->click();
        auto *discard = waitForVisible<QMessageBox>(opened);
        QVERIFY(discard);
        for (QAbstractButton *b : discard->buttons()) {
            if (discard->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    }

    void prepareFormGivesALink()
    {
        QWidget parent;
        PrepareFormDialog dialog(m_user.get(), motorClaim(*m_sim->server), &parent);
        dialog.show();
        dialog.values()->setValue(u"customerName"_s, u"Mia"_s);
        dialog.createInProgress()->setChecked(true);
        dialog.description()->setText(u"For Mia"_s);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"policy.xml"_s);
        QVERIFY(writeTestFile(data, "<policy><policyNumber>P-778899</policyNumber></policy>"));
        dialog.dataFiles()->addFile(data);
        QSignalSpy prepared(&dialog, &PrepareFormDialog::prepared);
        dialog.prepare();
        QTRY_COMPARE(prepared.size(), 1);
        QVERIFY(dialog.link().contains(u"/Produce/wizard/"_s));
        bool found = false;
        for (const auto &o : m_sim->server->store().documents(u"inProgressAnswerFiles"_s))
            found = found || (Json::string(o, "description"_L1) == "For Mia"_L1 &&
                              Json::string(o, "answerXml"_L1).contains(u"Mia"_s) &&
                              Json::string(o, "answerXml"_L1).contains(u"P-778899"_s));
        QVERIFY(found);
        // As-User without the Impersonate permission: the server's reason, no link.
        PrepareFormDialog other(m_user.get(), motorClaim(*m_sim->server), &parent);
        other.asUser()->setText(u"admin"_s);
        other.prepare();
        QTRY_VERIFY(other.findChild<QLabel *>() && [&] {
            for (auto *l : other.findChildren<QLabel *>())
                if (l->text().contains(u"Impersonate"_s))
                    return true;
            return false;
        }());
        QVERIFY(other.link().isEmpty());
    }

    void controlsThatCannotActAreDisabledUntilTheyCan()
    {
        // Reassign: OK needs someone to give the work to.
        {
            ReassignDialog dialog(nullptr, u"Reassign 2 workflows"_s, true);
            dialog.show();
            QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog.assignee()->setEditText(u"  "_s);
            QVERIFY(!ok->isEnabled());
            dialog.assignee()->setEditText(u"Finance"_s);
            QVERIFY(ok->isEnabled());
            dialog.assignee()->setEditText({});
            QVERIFY(!ok->isEnabled());
        }
        // Outputs of a submission: Look up needs an id.
        {
            FormsPane pane;
            pane.setSession(m_user.get());
            pane.show();
            pane.lookUpOutputs();
            auto *dialog = waitForVisible<QDialog>(&pane);
            QVERIFY(dialog);
            auto *lookUp = dialog->findChild<QPushButton *>(u"lookUp"_s);
            auto *id = dialog->findChild<QLineEdit *>(u"submissionId"_s);
            QVERIFY(!lookUp->isEnabled());
            id->setText(u" "_s);
            QVERIFY(!lookUp->isEnabled());
            id->setText(u"abc"_s);
            QVERIFY(lookUp->isEnabled());
            id->clear();
            QVERIFY(!lookUp->isEnabled());
            dialog->close();
        }
        // Prepare form: Copy once there is a link; Remove while a row is there to remove.
        QWidget parent;
        PrepareFormDialog prepare(m_user.get(), motorClaim(*m_sim->server), &parent);
        prepare.show();
        auto *copy = prepare.findChild<QPushButton *>(u"copyLink"_s);
        QVERIFY(!copy->isEnabled());
        auto *removeValue = prepare.values()->findChild<QPushButton *>(u"removeValue"_s);
        auto *removeFile = prepare.dataFiles()->findChild<QPushButton *>(u"removeDataFile"_s);
        QVERIFY(!removeValue->isEnabled());
        QVERIFY(!removeFile->isEnabled());
        prepare.values()->findChild<QPushButton *>(u"addValue"_s)->click();
        QVERIFY(removeValue->isEnabled());
        removeValue->click();
        QCOMPARE(prepare.values()->table()->rowCount(), 0);
        QVERIFY(!removeValue->isEnabled());
        QTemporaryDir dir;
        const QString data = dir.filePath(u"policy.xml"_s);
        QVERIFY(writeTestFile(data, "<policy/>"));
        prepare.dataFiles()->addFile(data);
        QVERIFY(removeFile->isEnabled());
        removeFile->click();
        QCOMPARE(prepare.dataFiles()->table()->rowCount(), 0);
        QVERIFY(!removeFile->isEnabled());
        QSignalSpy prepared(&prepare, &PrepareFormDialog::prepared);
        prepare.prepare();
        QTRY_COMPARE(prepared.size(), 1);
        QVERIFY(copy->isEnabled());
        // Generate documents: the same tables, the same rule.
        GenerateDialog generate(m_user.get(), motorClaim(*m_sim->server), &parent);
        generate.show();
        QVERIFY(!generate.values()->findChild<QPushButton *>(u"removeValue"_s)->isEnabled());
        QVERIFY(!generate.findChild<DataFilesTable *>()
                     ->findChild<QPushButton *>(u"removeDataFile"_s)
                     ->isEnabled());
    }
};

QTEST_MAIN(ProduceTest)
#include "tst_produce.moc"
