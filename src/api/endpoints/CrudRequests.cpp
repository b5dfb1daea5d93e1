#include "api/endpoints/CrudRequests.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::CrudRequests {

ApiRequest make(QByteArray method, QByteArray path, const QString &action, ApiModule module)
{
    ApiRequest r;
    r.method = std::move(method);
    r.module = module;
    r.encodedPath = std::move(path);
    r.action = action;
    return r;
}

ApiRequest withBody(ApiRequest r, const QJsonObject &body)
{
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest history(const QByteArray &collection, const QString &id, const QString &action)
{
    return make("GET", collection + '/' + ApiPath::segment(id) + "/history", action);
}

ApiRequest versionExport(const QByteArray &collection, const QString &id, const QString &version,
                         const QString &action)
{
    ApiRequest r = make("GET",
                        collection + '/' + ApiPath::segment(id) + "/history/" +
                            ApiPath::segment(version) + "/export",
                        action);
    r.forLargeTransfer(); // two minutes of silence, restarted as bytes arrive
    return r;
}

ApiRequest list(const QByteArray &collection, int skip, int top, const QString &action)
{
    ApiRequest r = make("GET", collection, action);
    r.query = {{u"$skip"_s, QString::number(skip)}, {u"$top"_s, QString::number(top)}};
    return r;
}

ApiRequest get(const QByteArray &collection, const QString &id, const QString &action)
{
    return make("GET", collection + '/' + ApiPath::segment(id), action);
}

ApiRequest create(const QByteArray &collection, const QJsonObject &body, const QString &action)
{
    return withBody(make("POST", collection, action), body);
}

ApiRequest update(const QByteArray &collection, const QString &id, const QJsonObject &body,
                  const QString &action)
{
    return withBody(make("PATCH", collection + '/' + ApiPath::segment(id), action), body);
}

ApiRequest remove(const QByteArray &collection, const QString &id, const QString &action)
{
    return make("DELETE", collection + '/' + ApiPath::segment(id), action);
}

} // namespace infiniti::CrudRequests
