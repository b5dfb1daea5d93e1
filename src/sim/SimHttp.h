#pragma once

#include "sim/SimStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <any>
#include <memory>
#include <optional>
#include <utility>

namespace infiniti::sim {

struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SimResponse json(int status, const QJsonObject &object);
    // contract 9.2: {"message": ..., "errors": {field: [..]}} (errors only on 400)
    static SimResponse error(int status, const QString &message,
                             const QMap<QString, QStringList> &fieldErrors = {});
    static SimResponse noContent();
    // Raw bytes served as a download: content type by the file's extension and
    // Content-Disposition: attachment; filename="…".
    static SimResponse file(const QByteArray &bytes, const QString &fileName);
    static QByteArray contentTypeFor(const QString &fileName);
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const;
    // The whole answer as it goes on the wire, with Connection: close when the connection ends
    // after it.
    QByteArray wire(bool close) const;
};

// What a large body is made into before its request is handled, off the server's thread
// (SimServer): the body read as a JSON object, and what its route's preparation made of it
// (SimRouter::Prepare: a project import reads its package). Nothing in it depends on the store.
struct SimPrepared
{
    std::optional<QJsonObject> json; // the body as a JSON object, else
    SimResponse refusal;             // the 400 SimRequest::jsonObject() answers
    std::any made;                   // the route's preparation, if it has one
};

// One parsed request, as the handlers see it.
struct SimRequest
{
    QByteArray method;
    QString module;       // "admin" or "client"
    QStringList segments; // decoded path segments below /api/v1/{module}/
    QStringList params;   // values captured by {placeholders}, in order
    QUrlQuery query;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString origin;       // scheme://host:port as the client addressed us
    QByteArray rawTarget; // the request target as received (encoded)
    QByteArray rawPath;   // the path exactly as the client sent it (QUrl turns %2E into '.')
    const SimStore::User *caller = nullptr;
    QString token;
    // The strict vendor profile (docs/EMULATOR.md): handlers leave out our extensions, replace
    // on PATCH and cap pages at pageCap whatever $top says.
    bool strict = false;
    int pageCap = 0;
    // Strict with --patch-drops-file: the replacing PATCH clears even the fields it would keep
    // (DocumentSpec::Field::keepWhenAbsent: a library item's file).
    bool patchDropsFile = false;
    // --max-body-mb in bytes: a project package may not unpack to more either.
    qint64 maxBody = 256LL * 1024 * 1024;

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const; // case-insensitive key
    // A query parameter that is our extension (search, folderId, parentId, status…): in the
    // strict profile it is ignored, as a real server ignores parameters it does not know.
    QString extensionQuery(const QString &name) const
    {
        return strict ? QString() : queryValue(name);
    }
    // Made off the server's thread for a large body; null for the others.
    std::shared_ptr<const SimPrepared> prepared;

    // The body as a JSON object, or the 400 to answer.
    std::optional<QJsonObject> jsonObject(SimResponse *error) const;
    // The same for any bytes: what jsonObject() answers, read once wherever it is needed.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, SimResponse *error);
    QString absoluteUrl(const QString &modulePath) const;
};

} // namespace infiniti::sim
