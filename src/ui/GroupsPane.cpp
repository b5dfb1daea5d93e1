#include "GroupsPane.h"

#include "GroupDialog.h"
#include "Json.h"
#include "ListPageJob.h"
#include "endpoints/GroupsEndpoints.h"
#include "endpoints/RolesEndpoints.h"

namespace infiniti {

GroupsPane::GroupsPane(QWidget *parent)
    : ListPane(new GroupsModel, {QStringLiteral("groups"), tr("Filter groups (Ctrl+F)"), tr("This server has no groups.")},
               parent)
{
}

QString GroupsPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, QLatin1StringView("name"));
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

void GroupsPane::openDialog(const Group &group, bool isNew)
{
    auto *dialog = new GroupDialog(group, isNew, session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    saveOnRequest(dialog, [dialog] {
        return dialog->isNew() ? GroupsEndpoints::create(dialog->group()) : GroupsEndpoints::update(dialog->group());
    });
    if (session()) {
        auto *roles = new ListPageJob(session(), RolesEndpoints::list(0, 1000), QLatin1StringView("roles"), dialog);
        connect(roles, &ApiJob::finished, dialog, [roles, dialog] {
            QStringList names;
            for (const auto &v : roles->items())
                names << Json::string(v.toObject(), QLatin1StringView("name"));
            if (roles->succeeded())
                dialog->setAvailableRoles(names);
        });
        roles->start();
    }
    dialog->show();
}

void GroupsPane::openItem(const QJsonObject &item)
{
    openDialog(Group::fromJson(item), false);
}

void GroupsPane::createItem()
{
    openDialog(Group{}, true);
}

} // namespace infiniti
