#include "sim/SimEntitySave.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kManageGroups = u"Manage groups"_s;
} // namespace

EntityKind<SimStore::Group> groupKind(SimStore &store)
{
    return {u"group"_s,
            u"groups"_s,
            [&store](const QJsonObject &o, SimStore::Group *g, FieldErrors *e) {
                applyGroupJson(o, store, g, e);
            },
            [](const SimStore::Group &g) { return g.name; },
            [&store](const QString &n) { return store.groupByName(n); },
            [&store](const QString &id) { return store.groupById(id); },
            [&store](const QString &id, SimStore::Group g) {
                return store.replaceGroup(id, std::move(g));
            },
            [&store](SimStore::Group g) { return store.addGroup(std::move(g)); },
            groupToJson,
            {},
            "name"_L1};
}

void registerGroupRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"admin:groups"_s, kManageGroups, [&store](SimRequest &req) {
        const auto &groups = store.groups();
        return pagedList(req, u"groups"_s, int(groups.size()),
                         [&](int i) { return groupToJson(groups[size_t(i)]); });
    });
    router.add("POST", u"admin:groups"_s, kManageGroups,
               [&store](SimRequest &req) { return saveEntity(groupKind(store), req, nullptr); });
    router.add("GET", u"admin:groups/{id}"_s, kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        return g ? SimResponse::json(200, groupToJson(*g))
                 : SimResponse::error(404, u"No group %1."_s.arg(req.params.at(0)));
    });
    router.add("PATCH", u"admin:groups/{id}"_s, kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        return g ? saveEntity(groupKind(store), req, g)
                 : SimResponse::error(404, u"No group %1."_s.arg(req.params.at(0)));
    });
    router.add("DELETE", u"admin:groups/{id}"_s, kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        if (!g)
            return SimResponse::error(404, u"No group %1."_s.arg(req.params.at(0)));
        if (g->system)
            return SimResponse::error(
                400, u"'%1' is a system group and cannot be deleted."_s.arg(g->name));
        store.removeGroup(g->id);
        return SimResponse::noContent();
    });
    router.add("GET", u"admin:groups/{id}/users"_s, kManageGroups, [&store](SimRequest &req) {
        const auto *g = store.groupById(req.params.at(0));
        if (!g)
            return SimResponse::error(404, u"No group %1."_s.arg(req.params.at(0)));
        // Our `search` extension (contract 9.2) as the users list has it.
        const QString search = req.extensionQuery(u"search"_s);
        std::vector<int> candidates;
        if (search.isEmpty()) {
            candidates.resize(size_t(store.userCount()));
            std::iota(candidates.begin(), candidates.end(), 0);
        } else {
            candidates = store.findUsers(search);
        }
        std::vector<int> members;
        for (const int i : candidates) {
            if (store.userAt(i)->groups.contains(g->name, Qt::CaseInsensitive))
                members.push_back(i);
        }
        return pagedList(req, u"users"_s, int(members.size()),
                         [&](int i) { return userToJson(*store.userAt(members[size_t(i)])); });
    });
}

} // namespace infiniti::sim
