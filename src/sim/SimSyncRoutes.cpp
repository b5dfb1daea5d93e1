// projects/sync/export and projects/sync/import (contract 4.1, 5.2): the syncPack.
#include "sim/SimEntitySave.h"
#include "sim/SimJson.h"
#include "sim/SimLimits.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"
#include "sim/SimSpecs.h"

#include "formats/Json.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
using namespace SimProjects;

QJsonValue lookup(const QJsonObject &o, const QString &key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().trimmed().compare(key, Qt::CaseInsensitive) ==
            0) // the vendor's example has "defaultData "
            return it.value();
    }
    return QJsonValue::Undefined;
}

bool option(const QJsonObject &options, const char *key)
{
    const QJsonValue v = lookup(options, QString::fromLatin1(key));
    return v.isBool() ? v.toBool() : true; // default: everything
}

QJsonArray all(const SimStore &store, const QString &collection)
{
    QJsonArray out;
    for (const auto &o : store.documents(collection))
        out.append(o);
    return out;
}

SimResponse syncExport(SimStore &store, SimRequest &req)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    const QJsonObject options = lookup(*body, u"options"_s).toObject();
    QStringList wanted;
    for (const auto &p : lookup(*body, u"projects"_s).toArray())
        wanted << p.toObject().value("id"_L1).toString().toLower();
    for (const QString &id : wanted) {
        if (!SimProjects::project(store, id))
            return SimResponse::error(400, u"No project %1."_s.arg(id),
                                      {{u"projects"_s, {u"No project %1."_s.arg(id)}}});
    }
    QJsonArray projects;
    QStringList folderIds;
    QStringList contentItemIds; // the library items the exported projects use, each once
    QJsonArray published;
    QStringList publishFolderIds;
    for (const auto &p : store.documents(kProjects)) {
        const QString id = p.value("id"_L1).toString();
        if (!wanted.isEmpty() && !wanted.contains(id))
            continue;
        const bool fragment = p.value("type"_L1).toString() == "Fragment"_L1;
        if (!(fragment ? option(options, "projectFragments") : option(options, "projects")))
            continue;
        const QJsonObject *v = SimProjects::version(store, id, p.value("version"_L1).toString());
        const SimStore::User *by = store.userByName(p.value("modifiedBy"_L1).toString());
        projects.append(
            QJsonObject{{"id"_L1, id},
                        {"name"_L1, p.value("name"_L1)},
                        {"version"_L1, p.value("version"_L1)},
                        {"modifiedUtc"_L1, p.value("modifiedUtc"_L1)},
                        {"folderName"_L1, p.value("folderName"_L1)},
                        {"metadata"_L1, QJsonObject{{"type"_L1, p.value("type"_L1)},
                                                    {"modifiedBy"_L1, by ? by->id : QString()}}},
                        {"definition"_L1, v ? v->value("definition"_L1) : QJsonValue(QString())},
                        {"documents"_L1, v ? v->value("documents"_L1) : QJsonValue(QJsonArray())}});
        if (v) {
            for (const QString &item :
                 SimProjects::contentItemsOf(v->value("definition"_L1).toString())) {
                if (!contentItemIds.contains(item))
                    contentItemIds << item;
            }
        }
        if (!p.value("folderId"_L1).toString().isEmpty())
            folderIds << p.value("folderId"_L1).toString();
        for (const auto &pub : store.documents(kPublished)) {
            if (pub.value("projectId"_L1).toString() == id) {
                published.append(pub);
                publishFolderIds << pub.value("folderId"_L1).toString();
            }
        }
    }
    QJsonArray contentItems;
    for (const auto &item : store.documents(u"contentLibraryItems"_s)) {
        if (contentItemIds.contains(item.value("id"_L1).toString().toLower()))
            contentItems.append(item); // with its file, as Base64
    }
    QJsonObject pack{{"projects"_L1, projects}, {"contentLibraryItems"_L1, contentItems}};
    QJsonArray folders, publishFolders;
    for (const auto &f : store.documents(u"contentfolders"_s)) {
        if (folderIds.contains(f.value("id"_L1).toString()))
            folders.append(f);
    }
    for (const auto &f : store.documents(u"publishfolders"_s)) {
        if (publishFolderIds.contains(f.value("id"_L1).toString()))
            publishFolders.append(f);
    }
    pack.insert("contentFolders"_L1, folders);
    pack.insert("publishedProjects"_L1, published);
    pack.insert("publishFolders"_L1,
                option(options, "publishFolders") ? publishFolders : QJsonArray());
    QJsonArray sources, objects;
    if (option(options, "dataSources")) {
        for (auto source : store.documents(u"datasources"_s)) {
            if (!option(options, "connectionStrings"))
                source.insert("connectionString"_L1, QString());
            if (!option(options, "defaultData"))
                source.insert("defaultData"_L1, QString());
            sources.append(source);
        }
        objects = all(store, u"dataObjects"_s);
    }
    pack.insert("dataSources"_L1, sources);
    pack.insert("dataObjects"_L1, objects);
    QJsonArray users, groups, roles;
    if (option(options, "users")) {
        for (int i = 0; i < store.userCount() && i < 10000; ++i)
            users.append(userToJson(*store.userAt(i)));
    }
    if (option(options, "groups")) {
        for (const auto &g : store.groups())
            groups.append(groupToJson(g));
    }
    if (option(options, "roles")) {
        for (const auto &r : store.roles())
            roles.append(roleToJson(r));
    }
    pack.insert("users"_L1, users);
    pack.insert("groups"_L1, groups);
    pack.insert("roles"_L1, roles);
    pack.insert("customFields"_L1,
                option(options, "customFields") ? all(store, u"customFields"_s) : QJsonArray());
    pack.insert("connectorSettings"_L1, option(options, "connectorSettings")
                                            ? all(store, u"connectorSettings"_s)
                                            : QJsonArray());
    return SimResponse::json(200, pack);
}

struct Tally
{
    int created = 0, updated = 0, skipped = 0;
    QStringList problems;
    void skip(const QString &problem = {})
    {
        ++skipped;
        if (!problem.isEmpty())
            problems << problem;
    }
    QJsonObject toJson() const
    {
        return {{"created"_L1, created},
                {"updated"_L1, updated},
                {"skipped"_L1, skipped},
                {"problems"_L1, QJsonArray::fromStringList(problems)}};
    }
};

// "Always" (default), "IfNotExists" or "IfNewer".
QString mode(const QJsonObject &options, const char *key)
{
    const QString v = lookup(options, QString::fromLatin1(key)).toString();
    return v.isEmpty() ? u"Always"_s : v;
}

bool newer(const QJsonObject &incoming, const QJsonObject &existing, const char *dateKey)
{
    return QDateTime::fromString(incoming.value(QLatin1StringView(dateKey)).toString(),
                                 Qt::ISODateWithMs) >
           QDateTime::fromString(existing.value(QLatin1StringView(dateKey)).toString(),
                                 Qt::ISODateWithMs);
}

// A pack's item with its keys trimmed ("defaultData " in the vendor's example), so every rule
// reads the keys it knows.
QJsonObject trimmedKeys(QJsonObject o)
{
    for (const QString &k : o.keys()) {
        if (k != k.trimmed()) {
            o.insert(k.trimmed(), o.value(k));
            o.remove(k);
        }
    }
    return o;
}

QString sentence(const FieldErrors &errors)
{
    QStringList parts;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        parts << it.key() + u": "_s + it.value().join(u" "_s);
    return parts.join(u"; "_s);
}

// One part of a package held as plain documents: where its items go, the rules they must meet
// (the collection's own, as for its POST), and what is done to each on the way in.
struct DocumentPart
{
    const char *key;               // in the package and in the options
    DocumentSpec spec;             // where the items go and what they must be
    const char *dateKey = nullptr; // IfNewer compares it (none: IfNewer is IfNotExists)
    // Adjusts an incoming item against the store; a sentence skips it with that problem.
    std::function<QString(QJsonObject &item, const SimStore &)> adjust = {};
    // After an item is stored.
    std::function<void(const QJsonObject &item, SimStore &)> stored = {};
};

QString ofParentFolder(QJsonObject &item, const SimStore &)
{
    if (!item.contains("parentId"_L1))
        item.insert("parentId"_L1, QJsonValue::Null);
    return {};
}

// Folders first, then what refers to them; published projects after the projects.
std::vector<DocumentPart> documentParts()
{
    return {
        {"contentFolders", contentFoldersSpec(), nullptr, ofParentFolder},
        {"publishFolders", publishFoldersSpec(), nullptr, ofParentFolder},
        // A pack exported without connection strings or default data (blank) does not blank
        // them here: what the target has is kept.
        {"dataSources", dataSourcesSpec(), nullptr,
         [](QJsonObject &item, const SimStore &store) {
             if (const QJsonObject *existing =
                     findDocument(store, u"datasources"_s, item.value("id"_L1).toString())) {
                 for (const auto field : {"connectionString"_L1, "defaultData"_L1}) {
                     if (item.value(field).toString().isEmpty())
                         item.insert(field, existing->value(field));
                 }
             }
             return QString();
         }},
        {"dataObjects", dataObjectsSpec(), nullptr,
         [](QJsonObject &item, const SimStore &store) {
             return findDocument(store, u"datasources"_s, item.value("dataSourceId"_L1).toString())
                        ? QString()
                        : u"Data object '%1' skipped: its data source is not here."_s.arg(
                              item.value("displayName"_L1).toString());
         }},
        {"customFields", customFieldsSpec()},
        {"connectorSettings", connectorSettingsSpec()},
        // A library item that comes in is a version of it, in its history like an upload.
        {"contentLibraryItems", libraryItemsSpec(), "modifiedDateTime",
         [](QJsonObject &item, const SimStore &) {
             const QByteArray binary = item.value("binary"_L1).toString().toLatin1();
             return QByteArray::fromBase64Encoding(binary, QByteArray::AbortOnBase64DecodingErrors)
                        ? QString()
                        : u"Content library item '%1' skipped: its binary is not Base64."_s.arg(
                              item.value("name"_L1).toString());
         },
         [](const QJsonObject &item, SimStore &store) {
             addLibraryVersion(store, item, u"Imported from a sync package"_s);
         }},
    };
}

DocumentPart publishedPart()
{
    return {
        "publishedProjects", publishedProjectsSpec(), nullptr,
        [](QJsonObject &item, const SimStore &store) {
            return SimProjects::project(store, item.value("projectId"_L1).toString()) &&
                           findDocument(store, u"publishfolders"_s,
                                        item.value("folderId"_L1).toString())
                       ? QString()
                       : u"Published project %1 skipped: its project or folder is not here."_s.arg(
                             item.value("id"_L1).toString());
        }};
}

// Replaces by id or adds, each item checked first. An item that fails only because what it
// refers to comes later in the package (a folder before its parent) is tried again once the
// others are in.
QJsonObject importDocuments(SimStore &store, const DocumentPart &part, const QJsonArray &items,
                            const QString &how)
{
    Tally tally;
    auto &docs = store.documents(part.spec.storeKey());
    QList<QJsonObject> pending;
    for (const auto &v : items) {
        QJsonObject o = trimmedKeys(v.toObject());
        if (!v.isObject()) {
            tally.skip(u"An entry of %1 is not an object."_s.arg(QLatin1StringView(part.key)));
            continue;
        }
        // What refers to it does so by id: one that is no GUID skips it rather than being
        // replaced by a new one those references would miss.
        const std::optional<QString> id = chosenId(o.value("id"_L1));
        if (!id) {
            tally.skip(
                u"An entry of %1 skipped: its id is no GUID."_s.arg(QLatin1StringView(part.key)));
            continue;
        }
        o.insert("id"_L1, id->isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : *id);
        pending << o;
    }
    QStringList why;
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        why.clear();
        QList<QJsonObject> later;
        for (QJsonObject &o : pending) {
            if (part.adjust) {
                if (const QString problem = part.adjust(o, store); !problem.isEmpty()) {
                    tally.skip(problem);
                    continue;
                }
            }
            const QString id = o.value("id"_L1).toString();
            auto it = std::find_if(docs.begin(), docs.end(), [&](const QJsonObject &d) {
                return d.value("id"_L1).toString() == id;
            });
            if (it != docs.end() && how != "Always"_L1 &&
                !(how == "IfNewer"_L1 && part.dateKey && newer(o, *it, part.dateKey))) {
                tally.skip();
                continue;
            }
            const FieldErrors errors = documentProblems(part.spec, o, store);
            if (!errors.isEmpty()) {
                later << o;
                why << u"%1 %2 skipped: %3"_s.arg(QLatin1StringView(part.key), id,
                                                  sentence(errors));
                continue;
            }
            it == docs.end() ? ++tally.created : ++tally.updated;
            if (it == docs.end())
                docs.push_back(o);
            else
                *it = o;
            if (part.stored)
                part.stored(o, store);
            progress = true;
        }
        pending = later;
    }
    for (const QString &problem : std::as_const(why))
        tally.skip(problem);
    return tally.toJson();
}

// Roles, groups, users through the same rules as their own endpoints, matched by name.
// `adjust` prepares an incoming entity (notes go to the summary; a sentence skips it).
template <typename Record>
QJsonObject importEntities(const EntityKind<Record> &kind, const QJsonArray &items,
                           const QString &how,
                           const std::function<QString(QJsonObject &, QStringList *notes)> &adjust,
                           const std::function<void(Record &)> &created = {})
{
    Tally tally;
    for (const auto &v : items) {
        QJsonObject o = trimmedKeys(v.toObject());
        const QString name = Json::value(o, kind.nameKey).toString();
        const Record *existing = kind.byName(name);
        if (existing && how != "Always"_L1) {
            tally.skip();
            continue;
        }
        QStringList notes;
        const QString problem = adjust ? adjust(o, &notes) : QString();
        for (const QString &note : std::as_const(notes))
            tally.problems << u"%1 '%2': %3"_s.arg(kind.what, name, note);
        if (!problem.isEmpty()) {
            tally.skip(u"%1 '%2' skipped: %3"_s.arg(kind.what, name, problem));
            continue;
        }
        Record record = existing ? *existing : Record{};
        FieldErrors errors;
        kind.apply(o, &record, &errors);
        if (!errors.isEmpty() || kind.name(record).isEmpty()) {
            tally.skip(u"%1 '%2' skipped: %3"_s.arg(
                kind.what, name, errors.isEmpty() ? u"no name"_s : sentence(errors)));
        } else if (existing) {
            kind.replace(existing->id, record);
            ++tally.updated;
        } else {
            // Referred to by name: an id that is no GUID, or is taken, gets a new one.
            record.id = chosenId(o.value("id"_L1)).value_or(QString());
            if (kind.byId(record.id))
                record.id.clear();
            if (created)
                created(record);
            kind.add(record);
            ++tally.created;
        }
    }
    return tally.toJson();
}

// Keeps the names of a pack's list that are here; the others are left out with a note. A list
// that is not an array skips the entity (null would clear it); an omitted one is empty, as the
// vendor's example omits empty roles.
QString keepKnown(QJsonObject &o, const char *key, const char *what,
                  const std::function<bool(const QString &)> &exists, QStringList *notes)
{
    const QJsonValue v = Json::value(o, QLatin1StringView(key));
    if (!v.isUndefined() && !v.isArray())
        return u"%1 must be an array of names."_s.arg(QLatin1StringView(key));
    QJsonArray known;
    for (const auto &n : v.toArray()) {
        if (exists(n.toString()))
            known.append(n);
        else
            *notes << u"no %1 '%2' here, left out."_s.arg(QLatin1StringView(what), n.toString());
    }
    for (const QString &k : o.keys()) {
        if (k.compare(QLatin1StringView(key), Qt::CaseInsensitive) == 0)
            o.remove(k);
    }
    o.insert(QLatin1StringView(key), known);
    return {};
}

QJsonObject importProjects(SimStore &store, const QJsonArray &items, const QString &how,
                           const QString &user)
{
    Tally tally;
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        const QString id = o.value("id"_L1).toString().toLower();
        QJsonObject *existing = SimProjects::project(store, id);
        if (existing && (how == "IfNotExists"_L1 ||
                         (how == "IfNewer"_L1 && !newer(o, *existing, "modifiedUtc")))) {
            tally.skip();
            continue;
        }
        const QJsonObject *clash = projectNamed(store, o.value("name"_L1).toString());
        if (clash && clash->value("id"_L1).toString() != id) {
            tally.skip(u"Project '%1' skipped: another project has that name."_s.arg(
                o.value("name"_L1).toString()));
            continue;
        }
        const bool existed = existing != nullptr;
        if (!existing) {
            const QJsonObject *folder = nullptr;
            for (const auto &f : store.documents(u"contentfolders"_s)) {
                if (f.value("name"_L1).toString().compare(o.value("folderName"_L1).toString(),
                                                          Qt::CaseInsensitive) == 0)
                    folder = &f;
            }
            store.documents(kProjects).push_back(QJsonObject{
                {"id"_L1, id},
                {"type"_L1,
                 o.value("metadata"_L1).toObject().value("type"_L1).toString(u"Content"_s)},
                {"folderId"_L1, folder ? folder->value("id"_L1) : QJsonValue(QJsonValue::Null)},
                {"folderName"_L1, folder ? folder->value("name"_L1).toString() : QString()}});
            existing = &store.documents(kProjects).back();
        }
        existing->insert("name"_L1, o.value("name"_L1));
        addVersion(store, *existing,
                   {o.value("definition"_L1).toString(), o.value("documents"_L1).toArray(),
                    u"Synchronised"_s, user, QString()},
                   true);
        existed ? ++tally.updated : ++tally.created;
    }
    sortProjects(store);
    return tally.toJson();
}

// What a package must be before anything of it is imported.
FieldErrors packageProblems(const QJsonObject &body, const QJsonObject &options)
{
    static const QStringList modes = {u"Always"_s, u"IfNotExists"_s, u"IfNewer"_s};
    FieldErrors errors;
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!it.value().isString() || !modes.contains(it.value().toString()))
            errors[u"options."_s + it.key()] << u"Must be Always, IfNotExists or IfNewer."_s;
    }
    for (const char *key : {"projects", "contentLibraryItems", "dataSources", "dataObjects",
                            "contentFolders", "publishedProjects", "publishFolders", "users",
                            "groups", "roles", "customFields", "connectorSettings"}) {
        const QJsonValue v = lookup(body, QString::fromLatin1(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            errors[QString::fromLatin1(key)] << u"Must be an array."_s;
    }
    for (const auto &p : lookup(body, u"projects"_s).toArray()) {
        const QJsonObject o = p.toObject();
        const QJsonValue documents = o.value("documents"_L1);
        if (!o.value("id"_L1).isString() || !o.value("name"_L1).isString() ||
            !o.value("definition"_L1).isString() ||
            o.value("name"_L1).toString().trimmed().isEmpty() ||
            o.value("name"_L1).toString().size() > Limits::kName ||
            !(documents.isUndefined() || documents.isArray())) {
            errors[u"projects"_s]
                << u"Each project needs id, name (1 to %1 characters) and definition strings, and documents an array."_s
                       .arg(Limits::kName);
            break;
        }
        if (const QString problem = Limits::nameCharacterProblem(o.value("name"_L1).toString());
            !problem.isEmpty()) {
            errors[u"projects"_s] << u"The name of project %1: %2"_s.arg(
                o.value("id"_L1).toString().left(80), problem);
            break;
        }
    }
    return errors;
}

SimResponse syncImport(SimStore &store, SimRequest &req)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    const QJsonObject options = lookup(*body, u"options"_s).toObject();
    if (const FieldErrors errors = packageProblems(*body, options); !errors.isEmpty())
        return SimResponse::error(400, u"The sync package is not valid."_s, errors);
    // Now: the users a package brings may replace the caller's own record (req.caller dangles
    // then).
    const QString caller = req.caller ? req.caller->username : QString();

    QJsonObject summary;
    for (const DocumentPart &part : documentParts())
        summary.insert(QLatin1StringView(part.key),
                       importDocuments(store, part,
                                       lookup(*body, QString::fromLatin1(part.key)).toArray(),
                                       mode(options, part.key)));
    const auto roleExists = [&store](const QString &n) {
        return store.roleByName(n) != nullptr;
    };
    const auto groupExists = [&store](const QString &n) {
        return store.groupByName(n) != nullptr;
    };
    summary.insert("roles"_L1, importEntities<SimStore::Role>(roleKind(store),
                                                              lookup(*body, u"roles"_s).toArray(),
                                                              mode(options, "roles"), {}));
    summary.insert("groups"_L1,
                   importEntities<SimStore::Group>(
                       groupKind(store), lookup(*body, u"groups"_s).toArray(),
                       mode(options, "groups"), [&](QJsonObject &o, QStringList *notes) {
                           return keepKnown(o, "roles", "role", roleExists, notes);
                       }));
    summary.insert("users"_L1,
                   importEntities<SimStore::User>(
                       userKind(store), lookup(*body, u"users"_s).toArray(), mode(options, "users"),
                       [&](QJsonObject &o, QStringList *notes) {
                           for (const QString &k : o.keys()) {
                               if (k.compare("password"_L1, Qt::CaseInsensitive) == 0)
                                   o.remove(k); // a sync package never sets passwords
                           }
                           const QString problem =
                               keepKnown(o, "groups", "group", groupExists, notes);
                           return problem.isEmpty()
                                      ? keepKnown(o, "roles", "role", roleExists, notes)
                                      : problem;
                       },
                       [](SimStore::User &u) {
                           u.password = QUuid::createUuid().toString();
                       })); // unusable until set
    summary.insert("projects"_L1, importProjects(store, lookup(*body, u"projects"_s).toArray(),
                                                 mode(options, "projects"), caller));
    const DocumentPart published = publishedPart();
    summary.insert("publishedProjects"_L1,
                   importDocuments(store, published,
                                   lookup(*body, u"publishedProjects"_s).toArray(),
                                   mode(options, "publishedProjects")));
    return SimResponse::json(200, {{"summary"_L1, summary}});
}

} // namespace

void registerSyncRoutes(SimRouter &router, SimStore &store)
{
    const QString design = u"Design projects"_s;
    router.add("POST", u"admin:projects/sync/export"_s, design,
               [&store](SimRequest &req) { return syncExport(store, req); });
    router.add("POST", u"admin:projects/sync/import"_s, design,
               [&store](SimRequest &req) { return syncImport(store, req); });
}

} // namespace infiniti::sim
