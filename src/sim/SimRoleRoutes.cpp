#include "SimJson.h"
#include "SimPaging.h"
#include "SimRoutes.h"

namespace infiniti::sim {

namespace {
const QString kManageSecurity = QStringLiteral("Manage security");

SimResponse saveRole(SimStore &store, SimRequest &req, const SimStore::Role *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    SimStore::Role role = existing ? *existing : SimStore::Role{};
    FieldErrors errors;
    applyRoleJson(*body, &role, &errors);
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The role is not valid."), errors);
    const SimStore::Role *clash = store.roleByName(role.name);
    if (clash && (!existing || clash->id != existing->id))
        return SimResponse::error(409, QStringLiteral("The role name '%1' is already taken.").arg(role.name));
    const SimStore::Role *saved = existing ? store.replaceRole(existing->id, role) : store.addRole(role);
    SimResponse r = SimResponse::json(existing ? 200 : 201, roleToJson(*saved));
    if (!existing)
        r.addHeader("Location", req.absoluteUrl(QStringLiteral("roles/") + saved->id).toUtf8());
    return r;
}
} // namespace

void registerRoleRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", QStringLiteral("admin:roles"), kManageSecurity, [&store](SimRequest &req) {
        const auto &roles = store.roles();
        return pagedList(req, QStringLiteral("roles"), int(roles.size()),
                         [&](int i) { return roleToJson(roles[size_t(i)]); });
    });
    router.add("POST", QStringLiteral("admin:roles"), kManageSecurity,
               [&store](SimRequest &req) { return saveRole(store, req, nullptr); });
    router.add("GET", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? SimResponse::json(200, roleToJson(*r))
                 : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
    router.add("PATCH", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? saveRole(store, req, r)
                 : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
    router.add("DELETE", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        return store.removeRole(req.params.at(0))
                   ? SimResponse::noContent()
                   : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
}

} // namespace infiniti::sim
