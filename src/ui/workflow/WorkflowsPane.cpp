#include "ui/workflow/WorkflowsPane.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/WorkflowEndpoints.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "models/JsonListModel.h"
#include "ui/common/DetailsSheet.h"
#include "ui/common/Transfers.h"
#include "ui/workflow/ReassignDialog.h"

#include <optional>
#include <QComboBox>
#include <QJsonArray>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
// Whether a workflow is in progress: our `status` (contract 9.2), else a boolean `inProgress`
// (the vendor's dashboard word); unknown when the server says neither — then the actions are
// offered and the server decides, and no filter hides it.
std::optional<bool> inProgressOf(const QJsonObject &w)
{
    const QString status = Json::string(w, "status"_L1);
    if (!status.isEmpty())
        return status.compare("InProgress"_L1, Qt::CaseInsensitive) == 0;
    if (const QJsonValue flag = Json::value(w, "inProgress"_L1); flag.isBool())
        return flag.toBool();
    return std::nullopt;
}
} // namespace

WorkflowsPane::WorkflowsPane(QWidget *parent)
    : ListPane(new JsonListModel(
                   WorkflowEndpoints::workflows(),
                   {{tr("Project"), u"projectName"_s},
                    {tr("State"), u"stateName"_s},
                    {tr("Status"), u"status"_s, false, false, JsonListModel::Format::Enum},
                    {tr("Assigned to"), u"assignedTo"_s},
                    {tr("Type"), u"assignedType"_s, false, false, JsonListModel::Format::Enum},
                    {tr("Assigned"), u"assignedDateTime"_s, false, false,
                     JsonListModel::Format::DateTime},
                    {tr("Started"), u"startedUtc"_s, false, false, JsonListModel::Format::DateTime},
                    {tr("Locked by"), u"lockedBy"_s},
                    {tr("Comment"), u"comment"_s}}),
               {u"workflows"_s, tr("Filter by project, state or assignee (Ctrl+F)"),
                tr("No workflows.")},
               parent)
    , m_workflows(static_cast<JsonListModel *>(listModel()))
    , m_status(new QComboBox(this))
{
    setInitialColumnWidths({200, 90, 90, 140, 60, 130, 130, 100});
    // The project says what a workflow is. On a narrow view Locked by (mostly empty) goes
    // first, then the Comment, and Started (beside Assigned) last.
    setColumnRoles(0, {7, 8, 6});
    m_status->setObjectName(u"workflowStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("In progress"), u"InProgress"_s);
    m_status->addItem(tr("Completed"), u"Completed"_s);
    m_status->addItem(tr("Aborted"), u"Aborted"_s);
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        // `status` is our emulator's filter: a server may ignore it, so the rows are picked again.
        m_workflows->setQuery(status.isEmpty()
                                  ? QList<std::pair<QString, QString>>{}
                                  : QList<std::pair<QString, QString>>{{u"status"_s, status}});
        if (status.isEmpty())
            m_workflows->setRowFilter({});
        else
            m_workflows->setRowFilter([status](const QJsonObject &w) {
                const QString own = Json::string(w, "status"_L1);
                if (!own.isEmpty())
                    return own.compare(status, Qt::CaseInsensitive) == 0;
                // Only a flag (completed and aborted alike), or nothing: not hidden on a guess.
                const auto flag = inProgressOf(w);
                return !flag ||
                       *flag == (status.compare("InProgress"_L1, Qt::CaseInsensitive) == 0);
            });
    });
    // A server whose workflows say nothing of their state cannot be filtered by it: said, and
    // the choice put back to all (it would otherwise keep showing what it cannot pick).
    connect(m_workflows, &QAbstractItemModel::rowsInserted, this, [this] {
        for (int r = 0; r < m_workflows->rowCount(); ++r) {
            if (inProgressOf(m_workflows->itemAt(r)))
                return;
        }
        m_status->setCurrentIndex(0);
        m_status->setEnabled(false);
        m_status->setToolTip(tr("This server does not say which workflows are in progress, so "
                                "they cannot be filtered by status."));
    });
    const auto inProgress = [this] {
        const QList<QJsonObject> items = selectedItems();
        return std::any_of(items.cbegin(), items.cend(),
                           [](const QJsonObject &w) { return inProgressOf(w).value_or(true); });
    };
    // The workflow's actions are its main ones: on the toolbar too.
    addPaneAction(
        u"abortAction"_s, tr("&Abort…"), [this] { abortSelected(); }, inProgress, {}, true)
        ->setToolTip(abortTip());
    addPaneAction(
        u"reassignAction"_s, tr("&Reassign…"), [this] { reassignSelected(); }, inProgress, {},
        true);
    addPaneAction(
        u"revertAction"_s, tr("Re&vert…"), [this] { revertSelected(); }, inProgress, {}, true)
        ->setToolTip(revertTip());
}

QString WorkflowsPane::abortTip()
{
    // Not My tasks' Cancel the task (contract 4.10 against 3.2): the administrator's request,
    // for any workflow, whoever has it.
    return tr("End the workflow and all its remaining stages, whoever it is assigned to (an "
              "administrator's action; it cannot be undone). Not My tasks' Cancel the task.");
}

QString WorkflowsPane::revertTip()
{
    return tr("Return the workflow to its previous state");
}

QString WorkflowsPane::countText(int n) const
{
    return tr("%Ln workflow(s)", nullptr, n);
}

QString WorkflowsPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2, %3)")
        .arg(Json::string(item, "projectName"_L1), Json::string(item, "stateName"_L1),
             Json::string(item, "assignedTo"_L1));
}

void WorkflowsPane::openItem(const QJsonObject &item)
{
    openSheet(item);
}

DetailsSheet *WorkflowsPane::openSheet(const QJsonObject &item)
{
    using F = DetailsSheet::Format;
    auto *sheet =
        new DetailsSheet(tr("Properties of %1").arg(itemLabel(item)),
                         {{tr("Project:"), u"projectName"_s},
                          {tr("State:"), u"stateName"_s},
                          {tr("Status:"), u"status"_s, F::Enum},
                          {tr("Assigned to:"), u"assignedTo"_s, F::Text,
                           [](const QJsonObject &w) {
                               return DisplayText::assignee(Json::string(w, "assignedTo"_L1),
                                                            Json::string(w, "assignedType"_L1));
                           }},
                          {tr("Assigned by:"), u"assignedBy"_s},
                          {tr("Assigned:"), u"assignedDateTime"_s, F::DateTime},
                          {tr("Started:"), u"startedUtc"_s, F::DateTime},
                          {tr("Due:"), u"dueUtc"_s, F::DateTime},
                          {tr("Locked by:"), u"lockedBy"_s},
                          {tr("Comment:"), u"comment"_s}},
                         this);
    sheet->setObjectName(u"workflowSheet"_s);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    const auto inProgress = [](const QJsonObject &w) {
        return inProgressOf(w).value_or(true);
    };
    sheet
        ->addAction(
            u"abort"_s, tr("&Abort…"), [this, sheet] { abort({sheet->item()}); }, inProgress)
        ->setToolTip(abortTip());
    sheet->addAction(
        u"reassign"_s, tr("&Reassign…"), [this, sheet] { reassign({sheet->item()}); }, inProgress);
    sheet
        ->addAction(
            u"revert"_s, tr("Re&vert…"), [this, sheet] { revert({sheet->item()}); }, inProgress)
        ->setToolTip(revertTip());
    showInSheet(sheet, item);
    // The list's copy first; the whole workflow (with its states) as soon as it is read.
    const QString id = Json::idOf(item);
    if (session()) {
        session()
            ->call(WorkflowEndpoints::get(id))
            .then(
                sheet, [this, sheet](const QJsonObject &workflow) { showInSheet(sheet, workflow); },
                [sheet](const ApiError &error) {
                    sheet->setStatus(tr("Showing the list's copy. %1").arg(error.message()));
                });
    }
    // Actions taken from the sheet or the list: the sheet shows the workflow as it is now.
    connect(listModel(), &QAbstractItemModel::dataChanged, sheet, [this, sheet, id] {
        const int row = listModel()->rowOfId(id);
        if (row >= 0)
            showInSheet(sheet, listModel()->itemAt(row));
    });
    sheet->show();
    return sheet;
}

void WorkflowsPane::showInSheet(DetailsSheet *sheet, const QJsonObject &workflow)
{
    QJsonObject shown = workflow;
    if (!shown.contains("states"_L1) && sheet->item().contains("states"_L1))
        shown.insert("states"_L1, sheet->item().value("states"_L1)); // a list row has none
    sheet->setItem(shown);
    // Where the workflow stands among its states: those before the current one are done.
    const QJsonArray states = Json::value(shown, "states"_L1).toArray();
    const QString current = Json::string(shown, "stateName"_L1);
    const QString status = Json::string(shown, "status"_L1);
    int at = -1;
    for (int i = 0; i < states.size(); ++i) {
        if (states.at(i).toString() == current)
            at = i;
    }
    QList<std::pair<QString, QString>> steps;
    for (int i = 0; i < states.size(); ++i) {
        QString where;
        if (status == "Completed"_L1 || i < at)
            where = tr("Done");
        else if (i == at)
            where =
                status == "InProgress"_L1
                    ? tr("Current — with %1 since %2")
                          .arg(Json::string(shown, "assignedTo"_L1),
                               DisplayText::dateTime(Json::string(shown, "assignedDateTime"_L1)))
                    : tr("Stopped here (%1)").arg(DisplayText::enumText(status));
        else
            where = status == "InProgress"_L1 ? tr("To come") : tr("Not reached");
        steps.append({u"%1. %2"_s.arg(i + 1).arg(states.at(i).toString()), where});
    }
    sheet->setHistory(tr("States:"), steps, at);
}

void WorkflowsPane::runAndReload(const QString &progress, const QString &done,
                                 const QList<BulkOperation::Item> &work, bool sayState)
{
    // The actions answer 204: each changed row is read back from the server.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        this, &ListPane::bulkFinished, this, [this, work, connection, sayState](int succeeded) {
            disconnect(*connection);
            for (const auto &w : work) {
                const bool say = sayState && work.size() == 1 && succeeded == 1;
                session()
                    ->call(WorkflowEndpoints::get(w.id))
                    .then(
                        this,
                        [this, say](const QJsonObject &workflow) {
                            listModel()->updateItem(workflow);
                            if (say)
                                showNotice(tr("“%1” is now at “%2”.")
                                               .arg(Json::string(workflow, "projectName"_L1),
                                                    Json::string(workflow, "stateName"_L1)));
                        },
                        [this](const ApiError &error) {
                            showNotice(tr("The list may be out of date: %1").arg(error.message()));
                        });
            }
        });
    runBulk(progress, done, work, BulkRows::NotShown, // each row read back above
            [](int n) { return tr("%Ln workflow(s)", nullptr, n); });
}

void WorkflowsPane::abortSelected()
{
    abort(selectedItems());
}

void WorkflowsPane::reassignSelected()
{
    reassign(selectedItems());
}

void WorkflowsPane::revertSelected()
{
    revert(selectedItems());
}

void WorkflowsPane::abort(const QList<QJsonObject> &items)
{
    if (items.isEmpty())
        return;
    confirmThen(
        tr("Abort %1? This ends the remaining stages of the workflow(s); it cannot be undone.",
           nullptr, int(items.size()))
            .arg(whichItems(labelsOf(items))),
        tr("Abort"), [this, items] {
            QList<BulkOperation::Item> work;
            for (const auto &w : items)
                work.append({Json::idOf(w), itemLabel(w), WorkflowEndpoints::abort(Json::idOf(w))});
            runAndReload(tr("Aborting…"), tr("aborted"), work);
        });
}

void WorkflowsPane::reassign(const QList<QJsonObject> &items)
{
    if (items.isEmpty())
        return;
    auto *dialog = new ReassignDialog(
        session(), tr("Reassign %n workflow(s)", nullptr, int(items.size())), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append(
                {Json::idOf(w), itemLabel(w),
                 WorkflowEndpoints::reassign(Json::idOf(w), dialog->comment(), dialog->assigneeId(),
                                             dialog->assigneeName(), dialog->sendNotification())});
        runAndReload(tr("Reassigning…"), tr("reassigned"), work);
    });
    dialog->open();
}

void WorkflowsPane::revert(const QList<QJsonObject> &items)
{
    if (items.isEmpty())
        return;
    // The vendor's revert "returns to the previous state" (contract 4.10) and names it nowhere
    // beforehand: a workflow's states are no part of the contract's item, and the one it came
    // from need not be the one before it in any list. So the question says so rather than guess.
    const QString question =
        items.size() == 1
            ? tr("Revert %1? It leaves “%2” and goes back to the state it was in before. Which "
                 "state that is cannot be shown here: the server does not say before the revert "
                 "(the list shows it afterwards).")
                  .arg(whichItems(labelsOf(items)), Json::string(items.first(), "stateName"_L1))
            : tr("Revert %1? Each leaves its state (named first in brackets) and goes back "
                 "to the state it was in before. Which states those are cannot be shown here: "
                 "the server does not say before the revert (the list shows them afterwards).")
                  .arg(whichItems(labelsOf(items)));
    confirmThen(question, tr("Revert"), [this, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append({Json::idOf(w), itemLabel(w), WorkflowEndpoints::revert(Json::idOf(w))});
        runAndReload(tr("Reverting…"), tr("reverted"), work, true);
    });
}

} // namespace infiniti
