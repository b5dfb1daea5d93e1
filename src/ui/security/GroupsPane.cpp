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

void GroupsPane::addUsersToGroup(const QJsonArray &users, const QString &groupName)
{
    QList<BulkOperation::Item> work;
    for (const auto &v : users) {
        const User listed = User::fromJson(v.toObject());
        if (listed.groups.contains(groupName, Qt::CaseInsensitive))
            continue;
        // Each user read fresh, the group added, the whole user sent (contract 9.1 "Updates").
        work << BulkOperation::Item{
            listed.id, listed.username, UsersEndpoints::get(listed.id),
            [groupName](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                User u = User::fromJson(fresh);
                if (u.groups.contains(groupName, Qt::CaseInsensitive))
                    return std::nullopt;
                u.groups << groupName;
                return UsersEndpoints::update(u);
            }};
    }
    if (work.isEmpty()) {
        showNotice(tr("Already members of %1.").arg(groupName));
        return;
    }
    runBulk(tr("Adding to %1…").arg(groupName), tr("added to %1").arg(groupName), work, false,
            [](int n) { return tr("%Ln user(s)", nullptr, n); });
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
        saveFreshOnRequest(
            dialog, GroupsEndpoints::get(group.id), [dialog](const QJsonObject &fresh) {
                return GroupsEndpoints::update(Group::fromJson(
                    JsonEdits::apply(fresh, dialog->shown().toJson(), dialog->group().toJson())));
            });
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
