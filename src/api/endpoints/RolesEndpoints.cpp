#include "api/endpoints/RolesEndpoints.h"

#include "api/endpoints/CrudRequests.h"
#include "api/JsonEdits.h"

#include <QCoreApplication>

namespace infiniti::RolesEndpoints {

ApiRequest list(int skip, int top)
{
    return CrudRequests::list("roles", skip, top,
                              QCoreApplication::translate("RolesEndpoints", "list roles"));
}

ApiRequest get(const QString &id)
{
    return CrudRequests::get("roles", id,
                             QCoreApplication::translate("RolesEndpoints", "load role %1").arg(id));
}

ApiRequest getToSave(const Role &role)
{
    return CrudRequests::get(
        "roles", role.id,
        QCoreApplication::translate("RolesEndpoints", "save role “%1”").arg(role.name));
}

ApiRequest create(const Role &role)
{
    return CrudRequests::create(
        "roles", role.toJson(),
        QCoreApplication::translate("RolesEndpoints", "create role “%1”").arg(role.name));
}

ApiRequest update(const Role &role)
{
    return CrudRequests::update(
        "roles", role.id,
        JsonEdits::withOthersFrom(role.toJson(), role.raw, {QStringLiteral("id")}),
        QCoreApplication::translate("RolesEndpoints", "save role “%1”").arg(role.name));
}

ApiRequest remove(const QString &id)
{
    return CrudRequests::remove(
        "roles", id, QCoreApplication::translate("RolesEndpoints", "delete role %1").arg(id));
}

} // namespace infiniti::RolesEndpoints
