#include "UsersEndpoints.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace infiniti::UsersEndpoints {

namespace {
ApiRequest jsonRequest(QByteArray method, QByteArray path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = std::move(method);
    r.encodedPath = std::move(path);
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}
} // namespace

ApiRequest list(int skip, int top, const QString &search)
{
    ApiRequest r;
    r.encodedPath = "users";
    r.query = {{QStringLiteral("$skip"), QString::number(skip)},
               {QStringLiteral("$top"), QString::number(top)}};
    if (!search.isEmpty())
        r.query.append({QStringLiteral("search"), search});
    r.action = QCoreApplication::translate("UsersEndpoints", "list users");
    return r;
}

ApiRequest get(const QString &id)
{
    ApiRequest r;
    r.encodedPath = "users/" + ApiPath::segment(id);
    r.action = QCoreApplication::translate("UsersEndpoints", "load user %1").arg(id);
    return r;
}

ApiRequest getByName(const QString &username)
{
    ApiRequest r;
    r.encodedPath = "users/name/" + ApiPath::strictSegment(username) + '/';
    r.action = QCoreApplication::translate("UsersEndpoints", "find user “%1”").arg(username);
    return r;
}

ApiRequest create(const User &user, const QString &password)
{
    ApiRequest r = jsonRequest("POST", "users", user.toJson(password));
    r.action = QCoreApplication::translate("UsersEndpoints", "create user “%1”").arg(user.username);
    return r;
}

ApiRequest update(const User &user, const QString &password)
{
    ApiRequest r = jsonRequest("PATCH", "users/" + ApiPath::segment(user.id), user.toJson(password));
    r.action = QCoreApplication::translate("UsersEndpoints", "save user “%1”").arg(user.username);
    return r;
}

ApiRequest remove(const QString &id)
{
    ApiRequest r;
    r.method = "DELETE";
    r.encodedPath = "users/" + ApiPath::segment(id);
    r.action = QCoreApplication::translate("UsersEndpoints", "delete user %1").arg(id);
    return r;
}

} // namespace infiniti::UsersEndpoints
