#include "sim/SimEntitySave.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kManageSecurity = u"Manage security"_s;
} // namespace

EntityKind<SimStore::Role> roleKind(SimStore &store)
{
    return {u"role"_s,
            u"roles"_s,
            [](const QJsonObject &o, SimStore::Role *r, FieldErrors *e) { applyRoleJson(o, r, e); },
            [](const SimStore::Role &r) { return r.name; },
            [&store](const QString &n) { return store.roleByName(n); },
            [&store](const QString &id) { return store.roleById(id); },
            [&store](const QString &id, SimStore::Role r) {
                return store.replaceRole(id, std::move(r));
            },
            [&store](SimStore::Role r) { return store.addRole(std::move(r)); },
            roleToJson,
            {},
            "name"_L1};
}

void registerRoleRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"admin:roles"_s, kManageSecurity, [&store](SimRequest &req) {
        const auto &roles = store.roles();
        return pagedList(req, u"roles"_s, int(roles.size()),
                         [&](int i) { return roleToJson(roles[size_t(i)]); });
    });
    router.add("POST", u"admin:roles"_s, kManageSecurity,
               [&store](SimRequest &req) { return saveEntity(roleKind(store), req, nullptr); });
    router.add("GET", u"admin:roles/{id}"_s, kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? SimResponse::json(200, roleToJson(*r))
                 : SimResponse::error(404, u"No role %1."_s.arg(req.params.at(0)));
    });
    router.add("PATCH", u"admin:roles/{id}"_s, kManageSecurity, [&store](SimRequest &req) {
        const auto *r = store.roleById(req.params.at(0));
        return r ? saveEntity(roleKind(store), req, r)
                 : SimResponse::error(404, u"No role %1."_s.arg(req.params.at(0)));
    });
    router.add("DELETE", u"admin:roles/{id}"_s, kManageSecurity, [&store](SimRequest &req) {
        return store.removeRole(req.params.at(0))
                   ? SimResponse::noContent()
                   : SimResponse::error(404, u"No role %1."_s.arg(req.params.at(0)));
    });
}

} // namespace infiniti::sim
