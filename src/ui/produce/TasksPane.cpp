#include "ui/produce/TasksPane.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "models/JsonListModel.h"
#include "ui/common/DetailsSheet.h"
#include "ui/common/Transfers.h"
#include "ui/workflow/ReassignDialog.h"
#include <QMenu>

using namespace Qt::StringLiterals;

namespace infiniti {

TasksPane::TasksPane(QWidget *parent)
    : ListPane(
          new JsonListModel(
              ClientEndpoints::tasks(),
              {{tr("Project"), u"projectName"_s},
               {tr("State"), u"stateName"_s},
               {tr("Assigned by"), u"assignedBy"_s},
               {tr("Assigned"), u"assignedDateTime"_s, false, false,
                JsonListModel::Format::DateTime},
               {tr("Due"), u"dueUtc"_s, false, false, JsonListModel::Format::DateTime},
               {tr("To"), u"assignedType"_s, false, false, JsonListModel::Format::Enum},
               {tr("Locked by"), u"lockedBy"_s},
               {tr("Comment"), u"comment"_s}}),
          {u"tasks"_s, tr("Filter your tasks (Ctrl+F)"), tr("No tasks for you. Enjoy the quiet.")},
          parent)
{
    setInitialColumnWidths({200, 90, 110, 130, 130, 60, 100});
    // The comment says most (cut to its start where room is short). On a small screen To (a
    // user's or a group's task) gives way first, then Locked by: who has the task open, what
    // Unlock is for.
    setColumnRoles(7, {5, 6});
    // What may be done with a task is what this area is for: on the toolbar too.
    for (const auto &[action, name, text] : actionTexts())
        addPaneAction(
            name, text, [this, action = action] { actOnSelected(action); },
            [this, action = action] { return !selectedOffering(action).isEmpty(); }, {}, true)
            ->setToolTip(action == Action::Cancel ? cancelTip() : QString());
}

QString TasksPane::cancelTip()
{
    // Not the administrator's Abort (contract 3.2 against 4.10): another request, for the
    // assignee, allowed by the form's state, on a task of one's own.
    return tr("Cancel a task assigned to you directly, where its form allows it (a group's "
              "task cannot be). Ending any workflow is Abort in Workflows, for administrators.");
}

QList<std::tuple<TasksPane::Action, QString, QString>> TasksPane::actionTexts()
{
    return {{Action::Submit, u"submitAction"_s, tr("&Submit")},
            {Action::Revert, u"revertAction"_s, tr("Re&vert")},
            {Action::Reassign, u"reassignAction"_s, tr("&Reassign…")},
            {Action::Unlock, u"unlockAction"_s, tr("&Unlock")},
            {Action::Cancel, u"cancelTaskAction"_s, tr("Cancel &the task…")}};
}

QString TasksPane::assigneeText(const QJsonObject &task)
{
    // A task of the signed-in user's (contract 3.2) names only the kind of assignee: the user,
    // or one of the user's groups, which the contract does not name. A server that sends the
    // name (`assignedTo`, as for workflows) has it shown.
    const QString type = Json::string(task, "assignedType"_L1);
    const QString name = Json::string(task, "assignedTo"_L1);
    if (!name.isEmpty())
        return DisplayText::assignee(name, type);
    if (type.compare("User"_L1, Qt::CaseInsensitive) == 0)
        return tr("You");
    if (type.compare("Group"_L1, Qt::CaseInsensitive) == 0)
        return tr("A group you belong to (the server does not say which)");
    return DisplayText::enumText(type);
}

QString TasksPane::countText(int n) const
{
    return tr("%Ln task(s)", nullptr, n);
}

QString TasksPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2)").arg(Json::string(item, "projectName"_L1),
                             Json::string(item, "stateName"_L1));
}

void TasksPane::openItem(const QJsonObject &item)
{
    openSheet(item);
}

DetailsSheet *TasksPane::openSheet(const QJsonObject &task)
{
    using F = DetailsSheet::Format;
    auto *sheet = new DetailsSheet(tr("Properties of %1").arg(itemLabel(task)),
                                   {{tr("Form:"), u"projectName"_s},
                                    {tr("State:"), u"stateName"_s},
                                    {tr("Assigned to:"), u"assignedTo"_s, F::Text,
                                     [](const QJsonObject &t) {
                                         return assigneeText(t);
                                     }},
                                    {tr("Assigned by:"), u"assignedBy"_s},
                                    {tr("Assigned:"), u"assignedDateTime"_s, F::DateTime},
                                    {tr("Due:"), u"dueUtc"_s, F::DateTime},
                                    {tr("Locked by:"), u"lockedBy"_s},
                                    {tr("Locked by you:"), u"locked"_s, F::YesNo},
                                    {tr("Comment:"), u"comment"_s}},
                                   this);
    sheet->setObjectName(u"taskSheet"_s);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto &[action, name, text] : actionTexts()) {
        QString buttonName = name;
        buttonName.chop(6); // "submitAction" → "submit"
        sheet
            ->addAction(
                buttonName, text, [this, sheet, action = action] { act(sheet->item(), action); },
                [this, action = action](const QJsonObject &t) { return offers(t, action); })
            ->setToolTip(action == Action::Cancel ? cancelTip() : QString());
    }
    const QString id = Json::idOf(task);
    const auto show = [sheet](const QJsonObject &t) {
        sheet->setItem(t);
        const QString by = Json::string(t, "assignedBy"_L1);
        const QString when = DisplayText::dateTime(Json::string(t, "assignedDateTime"_L1));
        const QString comment = Json::string(t, "comment"_L1);
        QString where =
            by.isEmpty() ? tr("Assigned %1").arg(when) : tr("Assigned by %1 on %2").arg(by, when);
        if (!comment.isEmpty())
            where += u": “%1”"_s.arg(comment);
        sheet->setHistory(tr("History:"), {{Json::string(t, "stateName"_L1), where}}, 0);
    };
    show(task);
    // After an action the task is read again (or is gone): the sheet follows the list.
    connect(listModel(), &QAbstractItemModel::dataChanged, sheet, [this, id, show] {
        const int row = listModel()->rowOfId(id);
        if (row >= 0)
            show(listModel()->itemAt(row));
    });
    connect(listModel(), &QAbstractItemModel::rowsRemoved, sheet, [this, id, sheet] {
        if (listModel()->rowOfId(id) < 0) {
            sheet->setGone(tr("This task is no longer yours: it was completed, cancelled or given "
                              "to someone else."));
        }
    });
    sheet->show();
    return sheet;
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
    case Action::Unlock:
        return allowed("allowUnlock"_L1);
    case Action::Cancel:
        return allowed("allowCancellation"_L1);
    case Action::Reassign:
        return allowed("allowReassign"_L1);
    case Action::Revert:
    case Action::Submit:
        return !task.isEmpty();
    }
    return false;
}

void TasksPane::act(const QJsonObject &task, Action action)
{
    const QString id = Json::idOf(task);
    auto run = [this, id](const ApiRequest &request) {
        if (!session())
            return;
        session()->perform(request).then(
            this, [this, id] { reloadTask(id); },
            [this](const ApiError &error) {
                const QString message = error.serverOrOwnMessage();
                Transfers::tell(this, title(), message);
                emit actionFinished(false, message);
            });
    };
    switch (action) {
    case Action::Unlock:
        run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Unlock));
        break;
    case Action::Revert:
        run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Revert));
        break;
    case Action::Submit:
        run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Submit));
        break;
    case Action::Cancel:
        confirmThen(tr("Cancel the task “%1”?").arg(itemLabel(task)), tr("Cancel the task"),
                    [run, id] {
                        run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Cancel));
                    });
        break;
    case Action::Reassign: {
        auto *dialog =
            new ReassignDialog(session(), tr("Reassign “%1”").arg(itemLabel(task)), false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, run, id] {
            run(ClientEndpoints::reassignTask(id, dialog->comment(), dialog->assigneeId(),
                                              dialog->assigneeName()));
        });
        dialog->open();
        break;
    }
    }
}

QList<QJsonObject> TasksPane::selectedOffering(Action action) const
{
    QList<QJsonObject> tasks = selectedItems();
    tasks.removeIf([this, action](const QJsonObject &t) { return !offers(t, action); });
    return tasks;
}

void TasksPane::actOnSelected(Action action)
{
    const QList<QJsonObject> tasks = selectedOffering(action);
    if (tasks.size() == 1)
        act(tasks.first(), action);
    else if (!tasks.isEmpty())
        actOnSeveral(tasks, action);
}

void TasksPane::actOnSeveral(const QList<QJsonObject> &tasks, Action action)
{
    using TaskAction = ClientEndpoints::TaskAction;
    const auto work = [this, tasks](const std::function<ApiRequest(const QString &)> &request) {
        QList<BulkOperation::Item> items;
        for (const QJsonObject &t : tasks)
            items.append({Json::idOf(t), itemLabel(t), request(Json::idOf(t))});
        return items;
    };
    const auto plain = [](TaskAction a) {
        return [a](const QString &id) {
            return ClientEndpoints::taskAction(id, a);
        };
    };
    switch (action) {
    case Action::Unlock:
        runAndReload(tr("Unlocking…"), tr("unlocked"), work(plain(TaskAction::Unlock)));
        break;
    case Action::Revert:
        runAndReload(tr("Reverting…"), tr("reverted"), work(plain(TaskAction::Revert)));
        break;
    case Action::Submit:
        runAndReload(tr("Submitting…"), tr("submitted"), work(plain(TaskAction::Submit)));
        break;
    case Action::Cancel:
        confirmThen(tr("Cancel %1?").arg(whichItems(labelsOf(tasks))), tr("Cancel the tasks"),
                    [this, items = work(plain(TaskAction::Cancel))] {
                        runAndReload(tr("Cancelling…"), tr("cancelled"), items);
                    });
        break;
    case Action::Reassign: {
        auto *dialog = new ReassignDialog(
            session(), tr("Reassign %n task(s)", nullptr, int(tasks.size())), false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, work] {
            runAndReload(tr("Reassigning…"), tr("reassigned"), work([dialog](const QString &id) {
                             return ClientEndpoints::reassignTask(id, dialog->comment(),
                                                                  dialog->assigneeId(),
                                                                  dialog->assigneeName());
                         }));
        });
        dialog->open();
        break;
    }
    }
}

void TasksPane::runAndReload(const QString &progress, const QString &doneVerb,
                             const QList<BulkOperation::Item> &work)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(this, &ListPane::bulkFinished, this, [this, work, connection](int, int failed) {
            disconnect(*connection);
            for (const auto &w : work)
                reloadTask(w.id, false);
            emit actionFinished(failed == 0, {});
        });
    runBulk(progress, doneVerb, work, BulkRows::NotShown); // each task read back above
}

void TasksPane::reloadTask(const QString &id, bool tell)
{
    // The task as it is now, or gone (completed, cancelled, given to someone else: 404). Any
    // other failure leaves the row as it was and says why.
    session()
        ->call(ClientEndpoints::task(id))
        .then(
            this,
            [this, tell](const QJsonObject &task) {
                listModel()->updateItem(task);
                if (tell)
                    emit actionFinished(true, {});
            },
            [this, id, tell](const ApiError &error) {
                if (error.kind() == ApiError::Kind::NotFound)
                    listModel()->removeId(id);
                else
                    showNotice(tr("Done; the list may be out of date: %1").arg(error.message()));
                if (tell)
                    emit actionFinished(true, {});
            });
}

} // namespace infiniti
