#include "ui/workflow/WorkflowsPane.h"

#include "api/Call.h"
#include "formats/Json.h"
#include "models/JsonListModel.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/endpoints/WorkflowEndpoints.h"
#include "ui/common/JsonDetails.h"
#include "ui/workflow/ReassignDialog.h"
#include <QComboBox>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace infiniti {

WorkflowsPane::WorkflowsPane(QWidget *parent)
    : ListPane(new JsonListModel(WorkflowEndpoints::workflows(),
                                 {{tr("Project"), u"projectName"_s},
                                  {tr("State"), u"stateName"_s},
                                  {tr("Status"), u"status"_s},
                                  {tr("Assigned to"), u"assignedTo"_s},
                                  {tr("Type"), u"assignedType"_s},
                                  {tr("Assigned"), u"assignedDateTime"_s, false, false, JsonListModel::Format::DateTime},
                                  {tr("Started"), u"startedUtc"_s, false, false, JsonListModel::Format::DateTime},
                                  {tr("Locked by"), u"lockedBy"_s},
                                  {tr("Comment"), u"comment"_s}}),
               {u"workflows"_s, tr("Filter by project, state or assignee (Ctrl+F)"), tr("No workflows.")}, parent)
    , m_workflows(static_cast<JsonListModel *>(listModel()))
    , m_status(new QComboBox(this))
{
    setInitialColumnWidths({200, 90, 90, 140, 60, 130, 130, 100});
    m_status->setObjectName(u"workflowStatus"_s);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("In progress"), u"InProgress"_s);
    m_status->addItem(tr("Completed"), u"Completed"_s);
    m_status->addItem(tr("Aborted"), u"Aborted"_s);
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        // `status` is our emulator's filter: a server may ignore it, so the rows are picked again.
        m_workflows->setQuery(status.isEmpty() ? QList<std::pair<QString, QString>>{}
                                               : QList<std::pair<QString, QString>>{{u"status"_s, status}});
        if (status.isEmpty())
            m_workflows->setRowFilter({});
        else
            m_workflows->setRowFilter([status](const QJsonObject &w) {
                return Json::string(w, "status"_L1).compare(status, Qt::CaseInsensitive) == 0;
            });
    });
}

QString WorkflowsPane::countText(int n) const
{
    return tr("%n workflow(s)", nullptr, n);
}

QString WorkflowsPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2, %3)").arg(Json::string(item, "projectName"_L1), Json::string(item, "stateName"_L1), Json::string(item, "assignedTo"_L1));
}

void WorkflowsPane::openItem(const QJsonObject &item)
{
    showJsonDetails(this, itemLabel(item), item);
}

void WorkflowsPane::extendContextMenu(QMenu *menu)
{
    const bool any = !selectedItems().isEmpty();
    menu->addSeparator();
    menu->addAction(tr("&Abort…"), this, &WorkflowsPane::abortSelected)->setEnabled(any);
    menu->addAction(tr("&Reassign…"), this, &WorkflowsPane::reassignSelected)->setEnabled(any);
    menu->addAction(tr("Re&vert to the previous state"), this, &WorkflowsPane::revertSelected)->setEnabled(any);
}

void WorkflowsPane::runAndReload(const QString &progress, const QString &done, const QList<BulkOperation::Item> &work)
{
    // The actions answer 204: each changed row is read back from the server.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ListPane::bulkFinished, this, [this, work, connection] {
        disconnect(*connection);
        for (const auto &w : work) {
            session()->call(WorkflowEndpoints::get(w.id)).then(this, [this](const QJsonObject &workflow) { listModel()->updateItem(workflow); },
                                                               [this](const ApiError &error) {
                                                                   showNotice(tr("The list may be out of date: %1").arg(error.message()));
                                                               });
        }
    });
    runBulk(progress, done, work, false, [](int n) { return tr("%n workflow(s)", nullptr, n); });
}

void WorkflowsPane::abortSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    confirmThen(tr("Abort %n workflow(s)? This ends all their remaining stages; it cannot be undone.", nullptr, int(items.size())),
                tr("Abort"), [this, items] {
                    QList<BulkOperation::Item> work;
                    for (const auto &w : items)
                        work.append({Json::idOf(w), itemLabel(w), WorkflowEndpoints::abort(Json::idOf(w))});
                    runAndReload(tr("Aborting…"), tr("aborted"), work);
                });
}

void WorkflowsPane::reassignSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    auto *dialog = new ReassignDialog(session(), tr("Reassign %n workflow(s)", nullptr, int(items.size())), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append({Json::idOf(w), itemLabel(w),
                         WorkflowEndpoints::reassign(Json::idOf(w), dialog->comment(), dialog->assigneeId(), dialog->assigneeName(),
                                                     dialog->sendNotification())});
        runAndReload(tr("Reassigning…"), tr("reassigned"), work);
    });
    dialog->open();
}

void WorkflowsPane::revertSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    confirmThen(tr("Return %n workflow(s) to their previous state?", nullptr, int(items.size())), tr("Revert"), [this, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append({Json::idOf(w), itemLabel(w), WorkflowEndpoints::revert(Json::idOf(w))});
        runAndReload(tr("Reverting…"), tr("reverted"), work);
    });
}

} // namespace infiniti
