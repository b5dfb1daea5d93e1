#include "sim/SimEntitySave.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"
#include "sim/SimStrictProfile.h"

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kManageUsers = u"Manage users"_s;

SimResponse userNotFound(const QString &what)
{
    return SimResponse::error(404, u"No user %1."_s.arg(what));
}

} // namespace

EntityKind<SimStore::User> userKind(SimStore &store)
{
    return {u"user"_s,
            u"users"_s,
            [&store](const QJsonObject &o, SimStore::User *u, FieldErrors *e) {
                applyUserJson(o, store, u, e);
            },
            [](const SimStore::User &u) { return u.username; },
            [&store](const QString &n) { return store.userByName(n); },
            [&store](const QString &id) { return store.userById(id); },
            [&store](const QString &id, SimStore::User u) {
                return store.replaceUser(id, std::move(u));
            },
            [&store](SimStore::User u) { return store.addUser(std::move(u)); },
            userToJson,
            [](SimStore::User &fresh, const SimStore::User &stored) {
                fresh.password = stored.password;
            },
            "username"_L1};
}

void registerUserRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"admin:users"_s, kManageUsers, [&store](SimRequest &req) {
        const QString search = req.extensionQuery(u"search"_s);
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
        if (req.strict) { // as IIS: every byte outside [A-Za-z0-9] percent-encoded, and the
                          // trailing slash
            const qsizetype at = req.rawPath.toLower().indexOf("/users/name/");
            const QByteArray name = at < 0 ? QByteArray() : req.rawPath.mid(at + 12);
            if (!name.endsWith('/') ||
                !StrictProfile::fullyEncoded(QByteArrayView(name).chopped(1)))
                return SimResponse::error(
                    404, u"Not found. users/name/ takes the name with every character outside "
                         "A-Z, a-z and 0-9 percent-encoded, and a trailing slash."_s);
        }
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
            return SimResponse::error(400,
                                      u"You cannot delete the account you are signed in with."_s);
        return store.removeUser(req.params.at(0)) ? SimResponse::noContent()
                                                  : userNotFound(req.params.at(0));
    });
}

} // namespace infiniti::sim
