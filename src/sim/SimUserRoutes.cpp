#include "SimJson.h"
#include "SimPaging.h"
#include "SimRoutes.h"

namespace infiniti::sim {

namespace {
const QString kManageUsers = QStringLiteral("Manage users");

SimResponse userNotFound(const QString &what)
{
    return SimResponse::error(404, QStringLiteral("No user %1.").arg(what));
}

SimResponse saveUser(SimStore &store, SimRequest &req, const SimStore::User *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    SimStore::User user = existing ? *existing : SimStore::User{};
    FieldErrors errors;
    applyUserJson(*body, store, &user, &errors);
    if (!existing) {
        const QJsonValue id = body->value(QLatin1StringView("id"));
        if (id.isString() && !id.toString().isEmpty()) {
            if (store.userById(id.toString()))
                return SimResponse::error(409, QStringLiteral("A user with id %1 already exists.").arg(id.toString()));
            user.id = id.toString();
        }
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The user is not valid."), errors);
    const SimStore::User *clash = store.userByName(user.username);
    if (clash && (!existing || clash->id != existing->id))
        return SimResponse::error(409, QStringLiteral("The username '%1' is already taken.").arg(user.username));
    const SimStore::User *saved = existing ? store.replaceUser(existing->id, user) : store.addUser(user);
    SimResponse r = SimResponse::json(existing ? 200 : 201, userToJson(*saved));
    if (!existing)
        r.addHeader("Location", req.absoluteUrl(QStringLiteral("users/") + saved->id).toUtf8());
    return r;
}
} // namespace

void registerUserRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", QStringLiteral("admin:users"), kManageUsers, [&store](SimRequest &req) {
        const QString search = req.queryValue(QStringLiteral("search"));
        if (search.isEmpty())
            return pagedList(req, QStringLiteral("users"), store.userCount(),
                             [&](int i) { return userToJson(*store.userAt(i)); });
        const std::vector<int> hits = store.findUsers(search);
        return pagedList(req, QStringLiteral("users"), int(hits.size()),
                         [&](int i) { return userToJson(*store.userAt(hits[size_t(i)])); });
    });
    router.add("POST", QStringLiteral("admin:users"), kManageUsers,
               [&store](SimRequest &req) { return saveUser(store, req, nullptr); });
    router.add("GET", QStringLiteral("admin:users/{id}"), kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userById(req.params.at(0));
        return u ? SimResponse::json(200, userToJson(*u)) : userNotFound(req.params.at(0));
    });
    router.add("GET", QStringLiteral("admin:users/name/{name}"), kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userByName(req.params.at(0));
        return u ? SimResponse::json(200, userToJson(*u))
                 : userNotFound(QStringLiteral("named '%1'").arg(req.params.at(0)));
    });
    router.add("PATCH", QStringLiteral("admin:users/{id}"), kManageUsers, [&store](SimRequest &req) {
        const auto *u = store.userById(req.params.at(0));
        return u ? saveUser(store, req, u) : userNotFound(req.params.at(0));
    });
    router.add("DELETE", QStringLiteral("admin:users/{id}"), kManageUsers, [&store](SimRequest &req) {
        if (req.caller && req.caller->id.compare(req.params.at(0), Qt::CaseInsensitive) == 0)
            return SimResponse::error(400, QStringLiteral("You cannot delete the account you are signed in with."));
        return store.removeUser(req.params.at(0)) ? SimResponse::noContent() : userNotFound(req.params.at(0));
    });
}

} // namespace infiniti::sim
