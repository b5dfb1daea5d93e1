#include "ui/security/RolesPane.h"

#include "formats/Json.h"
#include "ui/security/RoleDialog.h"
#include "api/endpoints/RolesEndpoints.h"

using namespace Qt::StringLiterals;

namespace infiniti {

RolesPane::RolesPane(QWidget *parent)
    : ListPane(new RolesModel, {u"roles"_s, tr("Filter roles (Ctrl+F)"), tr("This server has no roles.")},
               parent)
{
    setInitialColumnWidths({240});
}

QString RolesPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, "name"_L1);
}

std::optional<ApiRequest> RolesPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return RolesEndpoints::remove(Role::fromJson(item).id);
}

RoleDialog *RolesPane::openDialog(const Role &role, bool isNew)
{
    auto *dialog = new RoleDialog(role, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    saveOnRequest(dialog, [dialog] {
        return dialog->isNew() ? RolesEndpoints::create(dialog->role()) : RolesEndpoints::update(dialog->role());
    });
    dialog->show();
    return dialog;
}

void RolesPane::openItem(const QJsonObject &item)
{
    openDialog(Role::fromJson(item), false);
}

void RolesPane::createItem()
{
    openDialog(Role{}, true);
}

void RolesPane::renameItem(const QJsonObject &item)
{
    openDialog(Role::fromJson(item), false)->focusName();
}

} // namespace infiniti
