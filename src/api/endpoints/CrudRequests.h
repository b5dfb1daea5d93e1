#pragma once

#include "api/ApiRequest.h"

#include <QJsonObject>

namespace infiniti::CrudRequests {

// The request shapes every admin collection shares (contract 4.x): list with $skip/$top,
// get/patch/delete by id, post to the collection. Endpoint files add their paths and actions.
ApiRequest list(const QByteArray &collection, int skip, int top, const QString &action);
ApiRequest get(const QByteArray &collection, const QString &id, const QString &action);
ApiRequest create(const QByteArray &collection, const QJsonObject &body, const QString &action);
ApiRequest update(const QByteArray &collection, const QString &id, const QJsonObject &body,
                  const QString &action);
ApiRequest remove(const QByteArray &collection, const QString &id, const QString &action);
// {collection}/{id}/history and {collection}/{id}/history/{version}/export (projects, library).
ApiRequest history(const QByteArray &collection, const QString &id, const QString &action);
ApiRequest versionExport(const QByteArray &collection, const QString &id, const QString &version,
                         const QString &action);
// The building blocks endpoint files share.
ApiRequest make(QByteArray method, QByteArray path, const QString &action,
                ApiModule module = ApiModule::Admin);
ApiRequest withBody(ApiRequest request, const QJsonObject &body);

} // namespace infiniti::CrudRequests
