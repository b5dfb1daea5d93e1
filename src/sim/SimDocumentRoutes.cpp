#include "sim/SimDocumentRoutes.h"

#include "sim/SimPaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

using Type = DocumentSpec::Type;

bool typeFits(Type type, const QJsonValue &v)
{
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::NullableString:
    case Type::ParentId:
        return v.isString() || v.isNull();
    case Type::Bool:
        return v.isBool();
    case Type::Int:
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) &&
               std::abs(v.toDouble()) < 1e9;
    case Type::StringList: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
    }
    case Type::Array:
        return v.isArray();
    case Type::Object:
        return v.isObject();
    }
    return false;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"a string"_s;
    case Type::NullableString:
        return u"a string or null"_s;
    case Type::ParentId:
        return u"an id or null"_s;
    case Type::Bool:
        return u"true or false"_s;
    case Type::Int:
        return u"a whole number"_s;
    case Type::StringList:
        return u"an array of strings"_s;
    case Type::Array:
        return u"an array"_s;
    case Type::Object:
        return u"an object"_s;
    }
    return {};
}

int limitOf(const DocumentSpec &spec, const DocumentSpec::Field &field)
{
    if (field.maxLength != 0)
        return field.maxLength;
    switch (field.type) {
    case Type::String:
    case Type::NullableString:
    case Type::ParentId:
        return field.key == spec.nameKey ? Limits::kName : Limits::kShortText;
    case Type::StringList:
    case Type::Array:
    case Type::Object:
        return Limits::kText;
    case Type::Bool:
    case Type::Int:
        return Limits::kUnlimited;
    }
    return Limits::kUnlimited;
}

// Why the value given for `field` is too long, or a name that holds what no name may (a control
// character, half a surrogate pair); empty when it is neither.
QString lengthProblem(const DocumentSpec &spec, const DocumentSpec::Field &field,
                      const QJsonValue &v)
{
    const int limit = limitOf(spec, field);
    if (limit == Limits::kUnlimited)
        return {};
    if (v.isString() && v.toString().size() > limit)
        return u"At most %1 characters."_s.arg(limit);
    if (v.isString()) // names: the collection's own, and those as long as names (a data object's)
        return limit == Limits::kName ? Limits::nameCharacterProblem(v.toString()) : QString();
    if (field.type == Type::StringList) {
        const QJsonArray a = v.toArray();
        if (a.size() > Limits::kListItems)
            return u"At most %1 names."_s.arg(Limits::kListItems);
        for (const auto &name : a) {
            if (name.toString().size() > Limits::kName)
                return u"Each name has at most %1 characters."_s.arg(Limits::kName);
            if (const QString problem = Limits::nameCharacterProblem(name.toString());
                !problem.isEmpty())
                return u"Each name: %1"_s.arg(problem);
        }
        return {};
    }
    if (v.isArray() || v.isObject()) {
        const QJsonDocument doc =
            v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return doc.toJson(QJsonDocument::Compact).size() > limit
                   ? u"At most %1 bytes of JSON."_s.arg(limit)
                   : QString();
    }
    return {};
}

QJsonValue lookup(const QJsonObject &o, const QString &key, bool *found)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            *found = true;
            return it.value();
        }
    }
    *found = false;
    return {};
}

void sortItems(std::vector<QJsonObject> &items, const QString &nameKey)
{
    std::sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        if (!nameKey.isEmpty()) {
            const int c = a.value(nameKey).toString().compare(b.value(nameKey).toString(),
                                                              Qt::CaseInsensitive);
            if (c != 0)
                return c < 0;
        }
        return a.value("id"_L1).toString() < b.value("id"_L1).toString();
    });
}

std::vector<QJsonObject>::iterator findId(std::vector<QJsonObject> &items, const QString &id)
{
    return std::find_if(items.begin(), items.end(), [&](const QJsonObject &o) {
        return o.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0;
    });
}

QString scopeOf(const DocumentSpec &spec, const SimRequest &req)
{
    return spec.scopeKey.isEmpty() ? QString() : req.params.at(0).toLower();
}

QString idParam(const DocumentSpec &spec, const SimRequest &req)
{
    return req.params.value(spec.scopeKey.isEmpty() ? 0 : 1);
}

bool inScope(const DocumentSpec &spec, const QJsonObject &o, const QString &scope)
{
    return spec.scopeKey.isEmpty() ||
           o.value(spec.scopeKey).toString().compare(scope, Qt::CaseInsensitive) == 0;
}

QJsonObject presented(const DocumentSpec &spec, const QJsonObject &item, const SimRequest &req,
                      bool single, const SimStore &store)
{
    return spec.present ? spec.present(item, req, single, store) : item;
}

// The list filters the request asks for: key → wanted value (null for "", "null"). Our
// extension: the strict profile ignores them, as a real server ignores parameters it does not know.
QList<std::pair<QString, QJsonValue>> listFilters(const DocumentSpec &spec, const SimRequest &req)
{
    QList<std::pair<QString, QJsonValue>> out;
    if (req.strict)
        return out;
    const auto items = req.query.queryItems(QUrl::FullyDecoded);
    for (const QString &key : spec.queryFilters) {
        for (const auto &[k, v] : items) {
            if (k.compare(key, Qt::CaseInsensitive) == 0)
                out.append({key, v.isEmpty() || v == "null"_L1 ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(v.toLower())});
        }
    }
    return out;
}

bool passes(const QJsonObject &o, const QList<std::pair<QString, QJsonValue>> &filters)
{
    for (const auto &[key, wanted] : filters) {
        const QJsonValue v = o.value(key);
        if (wanted.isNull() ? !(v.isNull() || v.isUndefined() || v.toString().isEmpty())
                            : v.toString().compare(wanted.toString(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

SimResponse save(const DocumentSpec &spec, SimStore &store, SimRequest &req,
                 const QJsonObject *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    auto &items = store.documents(spec.storeKey());
    QJsonObject item = existing ? *existing : QJsonObject{};
    // The strict profile's PATCH replaces (contract 9.1): a field left out is reset (server-made
    // fields such as a library item's size and version stay; a library item's file too, unless
    // --patch-drops-file).
    const bool replace = existing && req.strict;
    const bool keepAbsent = !req.patchDropsFile;
    FieldErrors errors;
    for (const auto &field : spec.fields) {
        bool found = false;
        const QJsonValue v = lookup(*body, field.key, &found);
        const QString tooLong = found ? lengthProblem(spec, field, v) : QString();
        if (found && !typeFits(field.type, v))
            errors[field.key] << u"Must be %1."_s.arg(typeName(field.type));
        else if (!tooLong.isEmpty())
            errors[field.key] << tooLong;
        else if (found)
            item.insert(field.key, field.type == Type::String ? QJsonValue(v.toString()) : v);
        else if (!existing && !field.required)
            item.insert(field.key, field.defaultValue);
        else if (replace && !(field.keepWhenAbsent && keepAbsent) && field.required)
            item.remove(field.key);
        else if (replace && !(field.keepWhenAbsent && keepAbsent))
            item.insert(field.key, field.defaultValue);
        if (field.required && !errors.contains(field.key) &&
            (item.value(field.key).isUndefined() || item.value(field.key).isNull() ||
             (item.value(field.key).isString() &&
              item.value(field.key).toString().trimmed().isEmpty())))
            errors[field.key] << u"Required."_s;
    }
    if (!existing) {
        bool found = false;
        const std::optional<QString> id = chosenId(lookup(*body, u"id"_s, &found));
        if (!id) {
            errors[u"id"_s] << kIdProblem;
        } else if (!id->isEmpty()) {
            if (findId(items, *id) != items.end())
                return SimResponse::error(409,
                                          u"A %1 with id %2 already exists."_s.arg(spec.what, *id));
            item.insert("id"_L1, *id);
        } else {
            item.insert("id"_L1, SimStore::newId());
        }
    }
    if (!spec.scopeKey.isEmpty())
        item.insert(spec.scopeKey, scopeOf(spec, req)); // the path decides the parent
    if (spec.validate)
        spec.validate(item, store, &errors);
    if (spec.prepare && errors.isEmpty())
        spec.prepare(item, existing, *body, store, req, &errors);
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The %1 is not valid."_s.arg(spec.what), errors);
    const QString id = item.value("id"_L1).toString();
    if (!spec.nameKey.isEmpty()) {
        const QString name = item.value(spec.nameKey).toString();
        const QJsonValue scope = item.value("parentId"_L1); // folders: unique among siblings
        const QString parent = scopeOf(spec, req);
        for (const auto &other : items) {
            if (other.value("id"_L1).toString() != id && inScope(spec, other, parent) &&
                other.value(spec.nameKey).toString().compare(name, Qt::CaseInsensitive) == 0 &&
                other.value("parentId"_L1) == scope)
                return SimResponse::error(
                    409, u"The %1 name '%2' is already taken."_s.arg(spec.what, name));
        }
    }
    if (existing)
        *findId(items, id) = item;
    else
        items.push_back(item);
    sortItems(items, spec.nameKey);
    if (spec.afterSave)
        spec.afterSave(item, existing, store);
    SimResponse r =
        SimResponse::json(existing ? 200 : 201, presented(spec, item, req, true, store));
    if (!existing) {
        QString path = spec.path;
        path.replace(u"{scope}"_s, scopeOf(spec, req));
        r.addHeader("Location", req.absoluteUrl(path + QLatin1Char('/') + id).toUtf8());
    }
    return r;
}

} // namespace

FieldErrors documentProblems(const DocumentSpec &spec, const QJsonObject &item,
                             const SimStore &store)
{
    FieldErrors errors;
    for (const auto &field : spec.fields) {
        bool found = false;
        const QJsonValue v = lookup(item, field.key, &found);
        if (!found) {
            if (field.required)
                errors[field.key] << u"Required."_s;
            continue;
        }
        if (!typeFits(field.type, v))
            errors[field.key] << u"Must be %1."_s.arg(typeName(field.type));
        else if (const QString tooLong = lengthProblem(spec, field, v); !tooLong.isEmpty())
            errors[field.key] << tooLong;
        else if (field.required && v.isString() && v.toString().trimmed().isEmpty())
            errors[field.key] << u"Required."_s;
    }
    if (errors.isEmpty() && spec.validate)
        spec.validate(item, store, &errors);
    return errors;
}

const QJsonObject *findDocument(const SimStore &store, const QString &collection, const QString &id)
{
    const auto &items = store.documents(collection);
    const auto it = std::find_if(items.begin(), items.end(), [&](const QJsonObject &o) {
        return o.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0;
    });
    return it == items.end() ? nullptr : &*it;
}

void registerDocumentRoutes(SimRouter &router, SimStore &store, const DocumentSpec &spec)
{
    const QString base = u"admin:"_s + spec.path;
    const QString one = base + u"/{id}"_s;
    // The item addressed by the path, or the 404 to answer (unknown parent or id).
    auto locate = [&store, spec](const SimRequest &req,
                                 SimResponse *missing) -> std::vector<QJsonObject>::iterator {
        auto &items = store.documents(spec.storeKey());
        const QString id = idParam(spec, req);
        const QString scope = scopeOf(spec, req);
        auto it = findId(items, id);
        if (it != items.end() && !inScope(spec, *it, scope))
            it = items.end();
        if (it == items.end())
            *missing = SimResponse::error(404, u"No %1 %2."_s.arg(spec.what, id));
        return it;
    };
    auto scopeMissing = [&store, spec](const SimRequest &req) -> std::optional<SimResponse> {
        if (spec.scopeKey.isEmpty() || !spec.scopeExists ||
            spec.scopeExists(scopeOf(spec, req), store))
            return std::nullopt;
        return SimResponse::error(404,
                                  u"No parent %1 for this %2."_s.arg(req.params.at(0), spec.what));
    };
    router.add("GET", base, spec.permission, [&store, spec, scopeMissing](SimRequest &req) {
        if (auto r = scopeMissing(req))
            return *r;
        const auto &all = store.documents(spec.storeKey());
        const auto filters = listFilters(spec, req);
        if (spec.scopeKey.isEmpty() && filters.isEmpty() && !spec.listAnswer)
            return pagedList(req, spec.envelope, int(all.size()), [&](int i) {
                return presented(spec, all[size_t(i)], req, false, store);
            });
        std::vector<const QJsonObject *> mine;
        const QString scope = scopeOf(spec, req);
        for (const auto &o : all) {
            if (inScope(spec, o, scope) && passes(o, filters))
                mine.push_back(&o);
        }
        if (spec.listAnswer)
            return spec.listAnswer(req, mine, store);
        return pagedList(req, spec.envelope, int(mine.size()), [&](int i) {
            return presented(spec, *mine[size_t(i)], req, false, store);
        });
    });
    router.add("GET", one, spec.permission, [&store, spec, locate](SimRequest &req) {
        SimResponse missing;
        const auto it = locate(req, &missing);
        return missing.status == 200
                   ? SimResponse::json(200, presented(spec, *it, req, true, store))
                   : missing;
    });
    router.add("PATCH", one, spec.permission, [&store, spec, locate](SimRequest &req) {
        SimResponse missing;
        const auto it = locate(req, &missing);
        if (missing.status != 200)
            return missing;
        const QJsonObject existing = *it;
        return save(spec, store, req, &existing);
    });
    if (spec.canCreate) {
        router.add("POST", base, spec.permission, [&store, spec, scopeMissing](SimRequest &req) {
            if (auto r = scopeMissing(req))
                return *r;
            return save(spec, store, req, nullptr);
        });
    }
    if (spec.canDelete) {
        router.add("DELETE", one, spec.permission, [&store, spec, locate](SimRequest &req) {
            SimResponse missing;
            const auto it = locate(req, &missing);
            if (missing.status != 200)
                return missing;
            if (spec.refuseDelete) {
                const QString why = spec.refuseDelete(*it, store);
                if (!why.isEmpty())
                    return SimResponse::error(400, why);
            }
            const QJsonObject gone = *it;
            store.documents(spec.storeKey()).erase(it);
            if (spec.afterDelete)
                spec.afterDelete(gone, store);
            return SimResponse::noContent();
        });
    }
}

} // namespace infiniti::sim
