#pragma once

#include "sim/SimHttp.h"
#include "sim/SimJson.h"

#include <functional>
#include <type_traits>

namespace infiniti::sim {

// How one kind of entity is created and updated; users, groups and roles share the rules of
// contract 9.2: 400 with field errors, 409 for a taken name, 201 + Location on create.
template <typename Record> struct EntityKind
{
    QString what;       // "user", for messages
    QString collection; // "users", for the Location URL
    std::function<void(const QJsonObject &, Record *, FieldErrors *)> apply;
    std::function<QString(const Record &)> name;
    std::function<const Record *(const QString &)> byName;
    std::function<const Record *(const QString &)> byId;
    std::function<const Record *(const QString &existingId, Record)> replace;
    std::function<const Record *(Record)> add;
    std::function<QJsonObject(const Record &)> toJson;
};

// POST (existing == nullptr) or PATCH of one entity from the request's JSON body.
template <typename Record>
SimResponse saveEntity(const EntityKind<Record> &kind, SimRequest &req, const std::type_identity_t<Record> *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    Record record = existing ? *existing : Record{};
    FieldErrors errors;
    kind.apply(*body, &record, &errors);
    if (!existing) { // a caller may choose the id (the vendor's user example does)
        const QJsonValue id = body->value(QLatin1StringView("id"));
        if (id.isString() && !id.toString().isEmpty()) {
            if (kind.byId(id.toString()))
                return SimResponse::error(409, QStringLiteral("A %1 with id %2 already exists.").arg(kind.what, id.toString()));
            record.id = id.toString();
        }
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The %1 is not valid.").arg(kind.what), errors);
    const Record *clash = kind.byName(kind.name(record));
    if (clash && (!existing || clash->id != existing->id))
        return SimResponse::error(409, QStringLiteral("The %1 name '%2' is already taken.").arg(kind.what, kind.name(record)));
    const Record *saved = existing ? kind.replace(existing->id, record) : kind.add(record);
    SimResponse r = SimResponse::json(existing ? 200 : 201, kind.toJson(*saved));
    if (!existing)
        r.addHeader("Location", req.absoluteUrl(kind.collection + QLatin1Char('/') + saved->id).toUtf8());
    return r;
}

} // namespace infiniti::sim
