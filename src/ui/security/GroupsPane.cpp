#include "ui/security/GroupsPane.h"

#include "api/endpoints/UsersEndpoints.h"
#include "models/UsersModel.h"
#include "ui/security/GroupDialog.h"

#include "api/Call.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"
#include <QDropEvent>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace infiniti {

GroupsPane::GroupsPane(QWidget *parent)
    : ListPane(new GroupsModel,
               {u"groups"_s, tr("Filter groups (Ctrl+F)"), tr("This server has no groups.")},
               parent)
{
    // Users dragged from the users table drop onto a group's row.
    view()->viewport()->setAcceptDrops(true);
    view()->viewport()->installEventFilter(this);
    setInitialColumnWidths({220, 260, 260, 80});
    setColumnRoles(GroupsModel::Roles);
}

bool GroupsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != view()->viewport())
        return ListPane::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const bool users = drag->mimeData()->hasFormat(QString::fromLatin1(UsersModel::kMimeType));
        const QModelIndex target = view()->indexAt(drag->position().toPoint());
        if (users && (event->type() == QEvent::DragEnter || target.isValid())) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex target = view()->indexAt(drop->position().toPoint());
        const QJsonArray users = UsersModel::usersFromMime(drop->mimeData());
        if (!target.isValid() || users.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        addUsersToGroup(
            users,
            proxy()->mapToSource(target).siblingAtColumn(GroupsModel::Name).data().toString());
        return true;
    }
    default:
        return ListPane::eventFilter(watched, event);
    }
}

namespace {
// Membership lives in each user's `groups` array (contract 4.8): the user read fresh, the group
// added or taken out (under `formerName` too, should a save just have renamed it), the whole user
// sent (contract 9.1 "Updates") — nothing sent when it is already so.
BulkOperation::Item membershipChange(const QString &userId, const QString &username,
                                     const QString &groupName, bool add,
                                     const QString &formerName = {})
{
    return BulkOperation::Item{
        userId, username, UsersEndpoints::get(userId),
        [groupName, formerName, add](const QJsonObject &fresh) -> std::optional<ApiRequest> {
            User u = User::fromJson(fresh);
            if (add) {
                if (u.groups.contains(groupName, Qt::CaseInsensitive))
                    return std::nullopt;
                u.groups << groupName;
            } else if (u.groups.removeIf([&](const QString &g) {
                           return g.compare(groupName, Qt::CaseInsensitive) == 0 ||
                                  (!formerName.isEmpty() &&
                                   g.compare(formerName, Qt::CaseInsensitive) == 0);
                       }) == 0) {
                return std::nullopt;
            }
            return UsersEndpoints::update(u);
        }};
}
} // namespace

void GroupsPane::addUsersToGroup(const QJsonArray &users, const QString &groupName)
{
    QList<BulkOperation::Item> work;
    for (const auto &v : users) {
        const User listed = User::fromJson(v.toObject());
        if (listed.groups.contains(groupName, Qt::CaseInsensitive))
            continue;
        work << membershipChange(listed.id, listed.username, groupName, true);
    }
    if (work.isEmpty()) {
        showNotice(tr("Already members of %1.").arg(groupName));
        return;
    }
    // The answers are users: the groups' rows (no members among their columns) stay as they are.
    runBulk(tr("Adding to %1…").arg(groupName), tr("added to %1").arg(groupName), work,
            BulkRows::NotShown, [](int n) { return tr("%Ln user(s)", nullptr, n); });
}

QString GroupsPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, "name"_L1);
}

std::optional<ApiRequest> GroupsPane::deleteRequest(const QJsonObject &item, QString *whyNot) const
{
    const Group g = Group::fromJson(item);
    if (g.system) {
        *whyNot = tr("a system group is part of Infiniti itself");
        return std::nullopt;
    }
    return GroupsEndpoints::remove(g.id);
}

GroupDialog *GroupsPane::openDialog(const Group &group, bool isNew)
{
    auto *dialog = new GroupDialog(group, isNew, session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isNew) {
        saveOnRequest(dialog, [dialog] { return GroupsEndpoints::create(dialog->group()); });
    } else {
        connect(dialog, &EntityDialog::saveRequested, this,
                [this, dialog, id = group.id] { saveGroup(dialog, id); });
    }
    if (session()) {
        session()
            ->readAll(RolesEndpoints::list(0, 500), "roles"_L1)
            .then(
                dialog, [dialog](ListAllJob &roles) { dialog->setAvailableRoles(roles.names()); },
                [dialog](const ApiError &error) {
                    dialog->setNote(
                        tr("Only the group's own roles are offered: %1").arg(error.message()));
                });
    }
    dialog->show();
    return dialog;
}

void GroupsPane::saveGroup(GroupDialog *dialog, const QString &id)
{
    if (!session())
        return;
    dialog->setBusy(true);
    if (!dialog->fieldsChanged()) {
        saveMembers(dialog, dialog->shown(), false);
        return;
    }
    session()
        ->update(GroupsEndpoints::get(id),
                 [dialog](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                     return GroupsEndpoints::update(Group::fromJson(JsonEdits::apply(
                         fresh, dialog->shown().toJson(), dialog->group().toJson())));
                 })
        .then(
            dialog,
            [this, dialog](const QJsonObject &answer) {
                listModel()->updateItem(answer);
                Group saved = Group::fromJson(answer);
                if (saved.name.isEmpty())
                    saved.name = dialog->group().name;
                saveMembers(dialog, saved, true);
            },
            [this, dialog](const ApiError &error) { saveFailed(dialog, error); });
}

void GroupsPane::saveMembers(GroupDialog *dialog, const Group &group, bool fieldsSaved)
{
    const QList<GroupDialog::MemberChange> changes = dialog->memberChanges();
    if (changes.isEmpty()) {
        showNotice(tr("Group “%1” saved.").arg(group.name));
        dialog->accept();
        return;
    }
    // Taken out under the name the sheet showed too, should the save just have renamed it.
    QList<BulkOperation::Item> work;
    for (const auto &change : changes)
        work << membershipChange(change.userId, change.username, group.name, change.add,
                                 dialog->shown().name);
    auto *operation = new BulkOperation(session(), work, dialog);
    connect(operation, &BulkOperation::finished, dialog,
            [this, dialog, operation, changes, group, fieldsSaved] {
                operation->deleteLater();
                QList<GroupDialog::MemberChange> done;
                QStringList added, removed, failed;
                for (qsizetype i = 0; i < operation->outcomes().size(); ++i) {
                    const BulkOperation::Outcome &o = operation->outcomes().at(i);
                    const GroupDialog::MemberChange &change = changes.at(i);
                    if (o.error.isError()) {
                        failed << (change.add ? tr("adding %1: %2") : tr("taking out %1: %2"))
                                      .arg(change.username, o.error.message());
                        continue;
                    }
                    done << change;
                    (change.add ? added : removed) << change.username;
                }
                // Outcomes the operation did not reach (cancelled) count as not done.
                for (qsizetype i = operation->outcomes().size(); i < changes.size(); ++i)
                    failed << (changes.at(i).add ? tr("adding %1: %2") : tr("taking out %1: %2"))
                                  .arg(changes.at(i).username, tr("not sent"));
                QStringList said;
                if (!added.isEmpty())
                    said << tr("Added: %1.").arg(nameList(added));
                if (!removed.isEmpty())
                    said << tr("Taken out: %1.").arg(nameList(removed));
                if (failed.isEmpty()) {
                    showNotice(tr("Group “%1” saved.").arg(group.name) + u' ' + said.join(u' '));
                    dialog->accept();
                    return;
                }
                // Part of it done: the sheet stays open with what is left, and says exactly
                // what was and was not done — not a save.
                if (fieldsSaved)
                    said.prepend(tr("The group's name, email and roles were saved."));
                const QString outcome =
                    (said.isEmpty() ? QString() : said.join(u' ') + u'\n') +
                    tr("Not done, still waiting below (Save tries them again, Cancel drops "
                       "them):") +
                    u'\n' + failed.join(u'\n');
                dialog->savedInPart(fieldsSaved ? group : Group{}, done, outcome);
            });
    operation->start();
}

void GroupsPane::openItem(const QJsonObject &item)
{
    openDialog(Group::fromJson(item), false);
}

void GroupsPane::createItem()
{
    openDialog(Group{}, true);
}

void GroupsPane::renameItem(const QJsonObject &item)
{
    openDialog(Group::fromJson(item), false)->focusName();
}

} // namespace infiniti
