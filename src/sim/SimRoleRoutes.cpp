#include "sim/SimEntitySave.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

namespace infiniti::sim {

namespace {
const QString kManageSecurity = QStringLiteral("Manage security");

EntityKind<SimStore::Role> roleKind(SimStore &store)
{
    return {QStringLiteral("role"), QStringLiteral("roles"),
            [](const QJsonObject &o, SimStore::Role *r, FieldErrors *e) { applyRoleJson(o, r, e); },
            [](const SimStore::Role &r) { return r.name; },
            [&store](const QString &n) { return store.roleByName(n); },
            [&store](const QString &id) { return store.roleById(id); },
            [&store](const QString &id, SimStore::Role r) { return store.replaceRole(id, std::move(r)); },
            [&store](SimStore::Role r) { return store.addRole(std::move(r)); },
            roleToJson};
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
               [&store](SimRequest &req) { return saveEntity(roleKind(store), req, nullptr); });
    router.add("GET", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? SimResponse::json(200, roleToJson(*r))
                 : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
    router.add("PATCH", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? saveEntity(roleKind(store), req, r)
                 : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
    router.add("DELETE", QStringLiteral("admin:roles/{id}"), kManageSecurity, [&store](SimRequest &req) {
        return store.removeRole(req.params.at(0))
                   ? SimResponse::noContent()
                   : SimResponse::error(404, QStringLiteral("No role %1.").arg(req.params.at(0)));
    });
}

} // namespace infiniti::sim
