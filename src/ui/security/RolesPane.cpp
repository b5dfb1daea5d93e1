#include "ui/security/RolesPane.h"

#include "api/AccountAccess.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/JsonEdits.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "ui/security/RoleDialog.h"

using namespace Qt::StringLiterals;

namespace infiniti {

RolesPane::RolesPane(QWidget *parent)
    : ListPane(new RolesModel,
               {u"roles"_s, tr("Filter roles (Ctrl+F)"), tr("This server has no roles.")}, parent)
{
    setInitialColumnWidths({240});
    setColumnRoles(RolesModel::Permissions);
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
    if (isNew) {
        saveOnRequest(dialog, [dialog] { return RolesEndpoints::create(dialog->role()); });
    } else {
        // What the signed-in account may do, read now: Save asks before taking from it a
        // permission it holds through this role alone.
        if (session()) {
            auto *access = new AccountAccess(session(), dialog);
            dialog->setAccountAccess(access, session()->userName());
            access->start();
        }
        saveFreshOnRequest(
            dialog, RolesEndpoints::getToSave(role), [dialog](const QJsonObject &fresh) {
                return RolesEndpoints::update(Role::fromJson(
                    JsonEdits::apply(fresh, dialog->shown().toJson(), dialog->role().toJson())));
            });
    }
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
