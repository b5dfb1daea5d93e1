#include "ui/produce/TasksPane.h"

#include "api/Call.h"
#include "formats/Json.h"
#include "models/JsonListModel.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/ClientEndpoints.h"
#include "ui/common/JsonDetails.h"
#include "ui/workflow/ReassignDialog.h"
#include <QMenu>

using namespace Qt::StringLiterals;

namespace infiniti {

TasksPane::TasksPane(QWidget *parent)
    : ListPane(new JsonListModel(ClientEndpoints::tasks(),
                                 {{tr("Project"), u"projectName"_s},
                                  {tr("State"), u"stateName"_s},
                                  {tr("Assigned by"), u"assignedBy"_s},
                                  {tr("Assigned"), u"assignedDateTime"_s, false, false, JsonListModel::Format::DateTime},
                                  {tr("Due"), u"dueUtc"_s, false, false, JsonListModel::Format::DateTime},
                                  {tr("To"), u"assignedType"_s},
                                  {tr("Locked by"), u"lockedBy"_s},
                                  {tr("Comment"), u"comment"_s}}),
               {u"tasks"_s, tr("Filter your tasks (Ctrl+F)"), tr("No tasks for you. Enjoy the quiet.")}, parent)
{
    setInitialColumnWidths({200, 90, 110, 130, 130, 60, 100});
}

QString TasksPane::countText(int n) const
{
    return tr("%n task(s)", nullptr, n);
}

QString TasksPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2)").arg(Json::string(item, "projectName"_L1), Json::string(item, "stateName"_L1));
}

void TasksPane::openItem(const QJsonObject &item)
{
    showJsonDetails(this, itemLabel(item), item);
}

bool TasksPane::offers(const QJsonObject &task, Action action) const
{
    // The allow… flags are our emulator's (contract 9.2): a server without them gets every
    // action offered, and says itself what a task does not allow.
    const auto allowed = [&task](QLatin1StringView flag) {
        const QJsonValue v = Json::value(task, flag);
        return v.isUndefined() || v.isNull() ? !task.isEmpty() : Json::boolean(task, flag);
    };
    switch (action) {
    case Action::Unlock: return allowed("allowUnlock"_L1);
    case Action::Cancel: return allowed("allowCancellation"_L1);
    case Action::Reassign: return allowed("allowReassign"_L1);
    case Action::Revert:
    case Action::Submit: return !task.isEmpty();
    }
    return false;
}

void TasksPane::extendContextMenu(QMenu *menu)
{
    const QJsonObject task = currentItem();
    menu->addSeparator();
    const std::pair<Action, QString> actions[] = {{Action::Submit, tr("&Submit")},
                                                  {Action::Revert, tr("Re&vert")},
                                                  {Action::Reassign, tr("&Reassign…")},
                                                  {Action::Unlock, tr("&Unlock")},
                                                  {Action::Cancel, tr("&Cancel the task…")}};
    for (const auto &[action, text] : actions) {
        if (offers(task, action)) // only what this task allows
            menu->addAction(text, this, [this, task, action = action] { act(task, action); });
    }
}

void TasksPane::act(const QJsonObject &task, Action action)
{
    const QString id = Json::idOf(task);
    auto run = [this, id](const ApiRequest &request) {
        if (!session())
            return;
        session()->perform(request).then(this, [this, id] { reloadTask(id); }, [this](const ApiError &error) {
            const QString message = error.serverOrOwnMessage();
            Transfers::tell(this, title(), message);
            emit actionFinished(false, message);
        });
    };
    switch (action) {
    case Action::Unlock: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Unlock)); break;
    case Action::Revert: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Revert)); break;
    case Action::Submit: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Submit)); break;
    case Action::Cancel:
        confirmThen(tr("Cancel the task “%1”?").arg(itemLabel(task)), tr("Cancel the task"),
                    [run, id] { run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Cancel)); });
        break;
    case Action::Reassign: {
        auto *dialog = new ReassignDialog(session(), tr("Reassign “%1”").arg(itemLabel(task)), false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, run, id] {
            run(ClientEndpoints::reassignTask(id, dialog->comment(), dialog->assigneeId(), dialog->assigneeName()));
        });
        dialog->open();
        break;
    }
    }
}

void TasksPane::reloadTask(const QString &id)
{
    // The task as it is now, or gone (completed, cancelled, given to someone else: 404). Any
    // other failure leaves the row as it was and says why.
    session()->call(ClientEndpoints::task(id)).then(this, [this](const QJsonObject &task) {
        listModel()->updateItem(task);
        emit actionFinished(true, {});
    }, [this, id](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound)
            listModel()->removeId(id);
        else
            showNotice(tr("Done; the list may be out of date: %1").arg(error.message()));
        emit actionFinished(true, {});
    });
}

} // namespace infiniti
