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
    // What a replacing PATCH (strict profile) keeps from the stored record when the body leaves
    // it out: write-only fields (a user's password), never shown, so never sent back.
    std::function<void(Record &fresh, const Record &stored)> keepOnReplace;
    QLatin1StringView nameKey = QLatin1StringView("name"); // the JSON key of the unique name
};

// The three kinds, defined beside their routes (the sync import uses them too).
EntityKind<SimStore::User> userKind(SimStore &store);
EntityKind<SimStore::Group> groupKind(SimStore &store);
EntityKind<SimStore::Role> roleKind(SimStore &store);

// POST (existing == nullptr) or PATCH of one entity from the request's JSON body.
template <typename Record>
SimResponse saveEntity(const EntityKind<Record> &kind, SimRequest &req,
                       const std::type_identity_t<Record> *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    // The vendor's PATCH replaces the entity (contract 9.1): what the body leaves out is cleared.
    Record record = existing && !req.strict ? *existing : Record{};
    if (existing && req.strict) {
        record.id = existing->id;
        if (kind.keepOnReplace)
            kind.keepOnReplace(record, *existing);
    }
    FieldErrors errors;
    kind.apply(*body, &record, &errors);
    if (!existing) { // a caller may choose the id (the vendor's user example does): a GUID
        QJsonValue given;
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key().compare(QLatin1StringView("id"), Qt::CaseInsensitive) == 0)
                given = it.value();
        }
        const std::optional<QString> id = chosenId(given);
        if (!id) {
            errors[QStringLiteral("id")] << kIdProblem;
        } else if (!id->isEmpty()) {
            if (kind.byId(*id))
                return SimResponse::error(
                    409, QStringLiteral("A %1 with id %2 already exists.").arg(kind.what, *id));
            record.id = *id;
        }
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The %1 is not valid.").arg(kind.what),
                                  errors);
    const Record *clash = kind.byName(kind.name(record));
    if (clash && (!existing || clash->id != existing->id))
        return SimResponse::error(
            409,
            QStringLiteral("The %1 name '%2' is already taken.").arg(kind.what, kind.name(record)));
    const Record *saved = existing ? kind.replace(existing->id, record) : kind.add(record);
    SimResponse r = SimResponse::json(existing ? 200 : 201, kind.toJson(*saved));
    if (!existing)
        r.addHeader("Location",
                    req.absoluteUrl(kind.collection + QLatin1Char('/') + saved->id).toUtf8());
    return r;
}

} // namespace infiniti::sim
