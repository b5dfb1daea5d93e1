#include "RolesPane.h"

#include "Json.h"
#include "RoleDialog.h"
#include "endpoints/RolesEndpoints.h"

namespace infiniti {

RolesPane::RolesPane(QWidget *parent)
    : ListPane(new RolesModel, {QStringLiteral("roles"), tr("Filter roles (Ctrl+F)"), tr("This server has no roles.")},
               parent)
{
}

QString RolesPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, QLatin1StringView("name"));
}

std::optional<ApiRequest> RolesPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return RolesEndpoints::remove(Role::fromJson(item).id);
}

void RolesPane::openItem(const QJsonObject &item)
{
    auto *dialog = new RoleDialog(Role::fromJson(item), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    saveOnRequest(dialog, [dialog] { return RolesEndpoints::update(dialog->role()); });
    dialog->show();
}

void RolesPane::createItem()
{
    auto *dialog = new RoleDialog(Role{}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    saveOnRequest(dialog, [dialog] { return RolesEndpoints::create(dialog->role()); });
    dialog->show();
}

} // namespace infiniti
