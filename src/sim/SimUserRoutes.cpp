#include "sim/SimEntitySave.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kManageUsers = u"Manage users"_s;

SimResponse userNotFound(const QString &what)
{
    return SimResponse::error(404, u"No user %1."_s.arg(what));
}

EntityKind<SimStore::User> userKind(SimStore &store)
{
    return {u"user"_s, u"users"_s,
            [&store](const QJsonObject &o, SimStore::User *u, FieldErrors *e) { applyUserJson(o, store, u, e); },
            [](const SimStore::User &u) { return u.username; },
            [&store](const QString &n) { return store.userByName(n); },
            [&store](const QString &id) { return store.userById(id); },
            [&store](const QString &id, SimStore::User u) { return store.replaceUser(id, std::move(u)); },
            [&store](SimStore::User u) { return store.addUser(std::move(u)); },
            userToJson};
}
} // namespace

void registerUserRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"admin:users"_s, kManageUsers, [&store](SimRequest &req) {
        const QString search = req.queryValue(u"search"_s);
        if (search.isEmpty())
            return pagedList(req, u"users"_s, store.userCount(),
                             [&](int i) { return userToJson(*store.userAt(i)); });
        const std::vector<int> hits = store.findUsers(search);
        return pagedList(req, u"users"_s, int(hits.size()),
                         [&](int i) { return userToJson(*store.userAt(hits[size_t(i)])); });
    });
    router.add("POST", u"admin:users"_s, kManageUsers,
               [&store](SimRequest &req) { return saveEntity(userKind(store), req, nullptr); });
    router.add("GET", u"admin:users/{id}"_s, kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userById(req.params.at(0));
        return u ? SimResponse::json(200, userToJson(*u)) : userNotFound(req.params.at(0));
    });
    router.add("GET", u"admin:users/name/{name}"_s, kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userByName(req.params.at(0));
        return u ? SimResponse::json(200, userToJson(*u))
                 : userNotFound(u"named '%1'"_s.arg(req.params.at(0)));
    });
    router.add("PATCH", u"admin:users/{id}"_s, kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userById(req.params.at(0));
        return u ? saveEntity(userKind(store), req, u) : userNotFound(req.params.at(0));
    });
    router.add("DELETE", u"admin:users/{id}"_s, kManageUsers, [&store](SimRequest &req) {
        if (req.caller && req.caller->id.compare(req.params.at(0), Qt::CaseInsensitive) == 0)
            return SimResponse::error(400, u"You cannot delete the account you are signed in with."_s);
        return store.removeUser(req.params.at(0)) ? SimResponse::noContent() : userNotFound(req.params.at(0));
    });
}

} // namespace infiniti::sim
