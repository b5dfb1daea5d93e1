#include "api/endpoints/UsersEndpoints.h"

#include "api/endpoints/CrudRequests.h"
#include "api/JsonEdits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::UsersEndpoints {

ApiRequest list(int skip, int top, const QString &search)
{
    ApiRequest r = CrudRequests::list("users", skip, top,
                                      QCoreApplication::translate("UsersEndpoints", "list users"));
    if (!search.isEmpty())
        r.query.append({u"search"_s, search});
    return r;
}

ApiRequest get(const QString &id)
{
    return CrudRequests::get("users", id,
                             QCoreApplication::translate("UsersEndpoints", "load user %1").arg(id));
}

ApiRequest getByName(const QString &username)
{
    ApiRequest r;
    r.encodedPath = "users/name/" + ApiPath::strictSegment(username) + '/';
    r.action = QCoreApplication::translate("UsersEndpoints", "find user “%1”").arg(username);
    // A name typed, not one read from the server: nothing "went away".
    r.notFoundReason =
        QCoreApplication::translate("UsersEndpoints", "there is no user with that name.");
    return r;
}

ApiRequest create(const User &user, const QString &password)
{
    QJsonObject body = user.toJson(password);
    if (user.roles.isEmpty())
        body.remove("roles"_L1); // a new user has none: the vendor's POST example leaves it out
    return CrudRequests::create(
        "users", body,
        QCoreApplication::translate("UsersEndpoints", "create user “%1”").arg(user.username));
}

ApiRequest update(const User &user, const QString &password)
{
    // The whole user: the documented fields as edited, and whatever else the server sent.
    return CrudRequests::update(
        "users", user.id,
        JsonEdits::withOthersFrom(user.toJson(password), user.raw, {u"password"_s}),
        QCoreApplication::translate("UsersEndpoints", "save user “%1”").arg(user.username));
}

ApiRequest remove(const QString &id)
{
    return CrudRequests::remove(
        "users", id, QCoreApplication::translate("UsersEndpoints", "delete user %1").arg(id));
}

} // namespace infiniti::UsersEndpoints
