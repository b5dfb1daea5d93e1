#include "SimJson.h"
#include "SimPaging.h"
#include "SimRoutes.h"

namespace infiniti::sim {

namespace {
const QString kManageGroups = QStringLiteral("Manage groups");

SimResponse saveGroup(SimStore &store, SimRequest &req, const SimStore::Group *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    SimStore::Group group = existing ? *existing : SimStore::Group{};
    FieldErrors errors;
    applyGroupJson(*body, store, &group, &errors);
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The group is not valid."), errors);
    const SimStore::Group *clash = store.groupByName(group.name);
    if (clash && (!existing || clash->id != existing->id))
        return SimResponse::error(409, QStringLiteral("The group name '%1' is already taken.").arg(group.name));
    const SimStore::Group *saved = existing ? store.replaceGroup(existing->id, group) : store.addGroup(group);
    SimResponse r = SimResponse::json(existing ? 200 : 201, groupToJson(*saved));
    if (!existing)
        r.addHeader("Location", req.absoluteUrl(QStringLiteral("groups/") + saved->id).toUtf8());
    return r;
}
} // namespace

void registerGroupRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", QStringLiteral("admin:groups"), kManageGroups, [&store](SimRequest &req) {
        const auto &groups = store.groups();
        return pagedList(req, QStringLiteral("groups"), int(groups.size()),
                         [&](int i) { return groupToJson(groups[size_t(i)]); });
    });
    router.add("POST", QStringLiteral("admin:groups"), kManageGroups,
               [&store](SimRequest &req) { return saveGroup(store, req, nullptr); });
    router.add("GET", QStringLiteral("admin:groups/{id}"), kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        return g ? SimResponse::json(200, groupToJson(*g))
                 : SimResponse::error(404, QStringLiteral("No group %1.").arg(req.params.at(0)));
    });
    router.add("PATCH", QStringLiteral("admin:groups/{id}"), kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        return g ? saveGroup(store, req, g)
                 : SimResponse::error(404, QStringLiteral("No group %1.").arg(req.params.at(0)));
    });
    router.add("DELETE", QStringLiteral("admin:groups/{id}"), kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        if (!g)
            return SimResponse::error(404, QStringLiteral("No group %1.").arg(req.params.at(0)));
        if (g->system)
            return SimResponse::error(400, QStringLiteral("'%1' is a system group and cannot be deleted.").arg(g->name));
        store.removeGroup(g->id);
        return SimResponse::noContent();
    });
    router.add("GET", QStringLiteral("admin:groups/{id}/users"), kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        if (!g)
            return SimResponse::error(404, QStringLiteral("No group %1.").arg(req.params.at(0)));
        std::vector<int> members;
        for (int i = 0; i < store.userCount(); ++i) {
            if (store.userAt(i)->groups.contains(g->name, Qt::CaseInsensitive))
                members.push_back(i);
        }
        return pagedList(req, QStringLiteral("users"), int(members.size()),
                         [&](int i) { return userToJson(*store.userAt(members[size_t(i)])); });
    });
}

} // namespace infiniti::sim
