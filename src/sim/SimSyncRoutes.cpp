// projects/sync/export and projects/sync/import (contract 4.1, 5.2): the syncPack.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"

#include <QDateTime>
#include <functional>
#include <QJsonArray>
#include <QUuid>

namespace infiniti::sim {

namespace {

using L = QLatin1StringView;
using namespace SimProjects;

QJsonValue lookup(const QJsonObject &o, const QString &key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().trimmed().compare(key, Qt::CaseInsensitive) == 0) // the vendor's example has "defaultData "
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
    const QJsonObject options = lookup(*body, QStringLiteral("options")).toObject();
    QStringList wanted;
    for (const auto &p : lookup(*body, QStringLiteral("projects")).toArray())
        wanted << p.toObject().value(L("id")).toString().toLower();
    for (const QString &id : wanted) {
        if (!SimProjects::project(store, id))
            return SimResponse::error(400, QStringLiteral("No project %1.").arg(id), {{QStringLiteral("projects"), {QStringLiteral("No project %1.").arg(id)}}});
    }
    QJsonArray projects;
    QStringList folderIds;
    QStringList contentItemIds; // the library items the exported projects use, each once
    QJsonArray published;
    QStringList publishFolderIds;
    for (const auto &p : store.documents(kProjects)) {
        const QString id = p.value(L("id")).toString();
        if (!wanted.isEmpty() && !wanted.contains(id))
            continue;
        const bool fragment = p.value(L("type")).toString() == QLatin1String("Fragment");
        if (!(fragment ? option(options, "projectFragments") : option(options, "projects")))
            continue;
        const QJsonObject *v = SimProjects::version(store, id, p.value(L("version")).toString());
        const SimStore::User *by = store.userByName(p.value(L("modifiedBy")).toString());
        projects.append(QJsonObject{{L("id"), id}, {L("name"), p.value(L("name"))}, {L("version"), p.value(L("version"))},
                                    {L("modifiedUtc"), p.value(L("modifiedUtc"))}, {L("folderName"), p.value(L("folderName"))},
                                    {L("metadata"), QJsonObject{{L("type"), p.value(L("type"))},
                                                                {L("modifiedBy"), by ? by->id : QString()}}},
                                    {L("definition"), v ? v->value(L("definition")) : QJsonValue(QString())},
                                    {L("documents"), v ? v->value(L("documents")) : QJsonValue(QJsonArray())}});
        if (v) {
            for (const QString &item : SimProjects::contentItemsOf(v->value(L("definition")).toString())) {
                if (!contentItemIds.contains(item))
                    contentItemIds << item;
            }
        }
        if (!p.value(L("folderId")).toString().isEmpty())
            folderIds << p.value(L("folderId")).toString();
        for (const auto &pub : store.documents(kPublished)) {
            if (pub.value(L("projectId")).toString() == id) {
                published.append(pub);
                publishFolderIds << pub.value(L("folderId")).toString();
            }
        }
    }
    QJsonArray contentItems;
    for (const auto &item : store.documents(QStringLiteral("contentLibraryItems"))) {
        if (contentItemIds.contains(item.value(L("id")).toString().toLower()))
            contentItems.append(item); // with its file, as Base64
    }
    QJsonObject pack{{L("projects"), projects}, {L("contentLibraryItems"), contentItems}};
    QJsonArray folders, publishFolders;
    for (const auto &f : store.documents(QStringLiteral("contentfolders"))) {
        if (folderIds.contains(f.value(L("id")).toString()))
            folders.append(f);
    }
    for (const auto &f : store.documents(QStringLiteral("publishfolders"))) {
        if (publishFolderIds.contains(f.value(L("id")).toString()))
            publishFolders.append(f);
    }
    pack.insert(L("contentFolders"), folders);
    pack.insert(L("publishedProjects"), published);
    pack.insert(L("publishFolders"), option(options, "publishFolders") ? publishFolders : QJsonArray());
    QJsonArray sources, objects;
    if (option(options, "dataSources")) {
        for (auto source : store.documents(QStringLiteral("datasources"))) {
            if (!option(options, "connectionStrings"))
                source.insert(L("connectionString"), QString());
            if (!option(options, "defaultData"))
                source.insert(L("defaultData"), QString());
            sources.append(source);
        }
        objects = all(store, QStringLiteral("dataObjects"));
    }
    pack.insert(L("dataSources"), sources);
    pack.insert(L("dataObjects"), objects);
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
    pack.insert(L("users"), users);
    pack.insert(L("groups"), groups);
    pack.insert(L("roles"), roles);
    pack.insert(L("customFields"), option(options, "customFields") ? all(store, QStringLiteral("customFields")) : QJsonArray());
    pack.insert(L("connectorSettings"), option(options, "connectorSettings") ? all(store, QStringLiteral("connectorSettings")) : QJsonArray());
    return SimResponse::json(200, pack);
}

struct Tally
{
    int created = 0, updated = 0, skipped = 0;
    QStringList problems;
    QJsonObject toJson() const
    {
        return {{L("created"), created}, {L("updated"), updated}, {L("skipped"), skipped},
                {L("problems"), QJsonArray::fromStringList(problems)}};
    }
};

// "Always" (default), "IfNotExists" or "IfNewer".
QString mode(const QJsonObject &options, const char *key)
{
    const QString v = lookup(options, QString::fromLatin1(key)).toString();
    return v.isEmpty() ? QStringLiteral("Always") : v;
}

bool newer(const QJsonObject &incoming, const QJsonObject &existing, const char *dateKey)
{
    return QDateTime::fromString(incoming.value(QLatin1StringView(dateKey)).toString(), Qt::ISODateWithMs)
           > QDateTime::fromString(existing.value(QLatin1StringView(dateKey)).toString(), Qt::ISODateWithMs);
}

// Plain collections: replace by id, or add.
// A pack's item with its keys trimmed ("defaultData " in the vendor's example), so every rule
// below reads the keys it knows.
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

void mergeDocuments(SimStore &store, const QString &collection, const QJsonArray &items, const QString &how, Tally *tally,
                    const char *dateKey = nullptr, const std::function<void(const QJsonObject &)> &stored = {})
{
    auto &docs = store.documents(collection);
    for (const auto &v : items) {
        QJsonObject o = v.toObject();
        QString id = o.value(L("id")).toString().toLower();
        if (id.isEmpty())
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.insert(L("id"), id);
        auto it = std::find_if(docs.begin(), docs.end(), [&](const QJsonObject &d) { return d.value(L("id")).toString() == id; });
        if (it == docs.end()) {
            docs.push_back(o);
            ++tally->created;
            if (stored)
                stored(o);
        } else if (how == QLatin1String("Always") || (how == QLatin1String("IfNewer") && dateKey && newer(o, *it, dateKey))) {
            *it = o;
            ++tally->updated;
            if (stored)
                stored(o);
        } else {
            ++tally->skipped;
        }
    }
}

SimResponse syncImport(SimStore &store, SimRequest &req)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    const QJsonObject options = lookup(*body, QStringLiteral("options")).toObject();
    static const QStringList modes = {QStringLiteral("Always"), QStringLiteral("IfNotExists"), QStringLiteral("IfNewer")};
    FieldErrors errors;
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!it.value().isString() || !modes.contains(it.value().toString()))
            errors[QStringLiteral("options.") + it.key()] << QStringLiteral("Must be Always, IfNotExists or IfNewer.");
    }
    for (const char *key : {"projects", "contentLibraryItems", "dataSources", "dataObjects", "contentFolders", "publishedProjects",
                            "publishFolders", "users", "groups", "roles", "customFields", "connectorSettings"}) {
        const QJsonValue v = lookup(*body, QString::fromLatin1(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            errors[QString::fromLatin1(key)] << QStringLiteral("Must be an array.");
    }
    for (const auto &p : lookup(*body, QStringLiteral("projects")).toArray()) {
        const QJsonObject o = p.toObject();
        if (!o.value(L("id")).isString() || !o.value(L("name")).isString() || !o.value(L("definition")).isString())
            errors[QStringLiteral("projects")] << QStringLiteral("Each project needs id, name and definition strings.");
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The sync package is not valid."), errors);

    QJsonObject summary;
    const QString user = req.caller ? req.caller->username : QString();
    // Folders first, then what refers to them.
    for (const auto &[key, collection] : {std::pair{"contentFolders", "contentfolders"}, std::pair{"publishFolders", "publishfolders"},
                                          std::pair{"dataSources", "datasources"}, std::pair{"dataObjects", "dataObjects"},
                                          std::pair{"customFields", "customFields"}, std::pair{"connectorSettings", "connectorSettings"},
                                          std::pair{"contentLibraryItems", "contentLibraryItems"}}) {
        Tally tally;
        const QJsonArray items = lookup(*body, QString::fromLatin1(key)).toArray();
        QJsonArray accepted;
        for (const auto &v : items) {
            QJsonObject o = trimmedKeys(v.toObject());
            if (QLatin1String(key) == QLatin1String("contentFolders") || QLatin1String(key) == QLatin1String("publishFolders")) {
                if (!o.contains(L("parentId")))
                    o.insert(L("parentId"), QJsonValue::Null);
            }
            if (QLatin1String(key) == QLatin1String("dataSources")) {
                // A pack exported without connection strings or default data (blank) does not
                // blank them here: what the target has is kept.
                if (const QJsonObject *existing = findDocument(store, QStringLiteral("datasources"), o.value(L("id")).toString().toLower())) {
                    for (const auto field : {L("connectionString"), L("defaultData")}) {
                        if (o.value(field).toString().isEmpty())
                            o.insert(field, existing->value(field));
                    }
                }
            }
            if (QLatin1String(key) == QLatin1String("dataObjects")
                && !findDocument(store, QStringLiteral("datasources"), o.value(L("dataSourceId")).toString())) {
                tally.problems << QStringLiteral("Data object '%1' skipped: its data source is not here.").arg(o.value(L("displayName")).toString());
                ++tally.skipped;
                continue;
            }
            accepted.append(o);
        }
        // A library item that comes in is a version of it, in its history like an upload.
        const bool library = QLatin1String(key) == QLatin1String("contentLibraryItems");
        mergeDocuments(store, QString::fromLatin1(collection), accepted, mode(options, key), &tally, "modifiedDateTime",
                       library ? std::function<void(const QJsonObject &)>([&store](const QJsonObject &item) {
                           addLibraryVersion(store, item, QStringLiteral("Imported from a sync package"));
                       })
                               : std::function<void(const QJsonObject &)>());
        summary.insert(QString::fromLatin1(key), tally.toJson());
    }
    // Roles, groups, users through the same rules as their own endpoints.
    {
        Tally tally;
        for (const auto &v : lookup(*body, QStringLiteral("roles")).toArray()) {
            const QJsonObject o = v.toObject();
            const SimStore::Role *existing = store.roleByName(o.value(L("name")).toString());
            if (existing && mode(options, "roles") != QLatin1String("Always")) {
                ++tally.skipped;
                continue;
            }
            SimStore::Role role = existing ? *existing : SimStore::Role{};
            FieldErrors e;
            applyRoleJson(o, &role, &e);
            if (!e.isEmpty() || role.name.isEmpty()) {
                tally.problems << QStringLiteral("Role '%1' skipped: not valid.").arg(o.value(L("name")).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceRole(existing->id, role);
                ++tally.updated;
            } else {
                role.id = o.value(L("id")).toString().toLower();
                if (store.roleById(role.id))
                    role.id.clear();
                store.addRole(role);
                ++tally.created;
            }
        }
        summary.insert(L("roles"), tally.toJson());
    }
    {
        Tally tally;
        for (const auto &v : lookup(*body, QStringLiteral("groups")).toArray()) {
            QJsonObject o = v.toObject();
            const SimStore::Group *existing = store.groupByName(o.value(L("name")).toString());
            if (existing && mode(options, "groups") != QLatin1String("Always")) {
                ++tally.skipped;
                continue;
            }
            QJsonArray roles; // roles the store does not have are left out, and said so
            for (const auto &r : o.value(L("roles")).toArray()) {
                if (store.roleByName(r.toString()))
                    roles.append(r);
                else
                    tally.problems << QStringLiteral("Group '%1': no role '%2'.").arg(o.value(L("name")).toString(), r.toString());
            }
            o.insert(L("roles"), roles);
            SimStore::Group group = existing ? *existing : SimStore::Group{};
            FieldErrors e;
            applyGroupJson(o, store, &group, &e);
            if (!e.isEmpty() || group.name.isEmpty()) {
                tally.problems << QStringLiteral("Group '%1' skipped: not valid.").arg(o.value(L("name")).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceGroup(existing->id, group);
                ++tally.updated;
            } else {
                group.id = o.value(L("id")).toString().toLower();
                if (store.groupById(group.id))
                    group.id.clear();
                store.addGroup(group);
                ++tally.created;
            }
        }
        summary.insert(L("groups"), tally.toJson());
    }
    {
        Tally tally;
        for (const auto &v : lookup(*body, QStringLiteral("users")).toArray()) {
            QJsonObject o = v.toObject();
            o.remove(L("password")); // a sync package never sets passwords
            const SimStore::User *existing = store.userByName(o.value(L("username")).toString());
            if (existing && mode(options, "users") != QLatin1String("Always")) {
                ++tally.skipped;
                continue;
            }
            for (const char *key : {"groups", "roles"}) {
                QJsonArray known;
                for (const auto &n : o.value(QLatin1StringView(key)).toArray()) {
                    if (QLatin1String(key) == QLatin1String("groups") ? store.groupByName(n.toString()) != nullptr
                                                                        : store.roleByName(n.toString()) != nullptr)
                        known.append(n);
                }
                o.insert(QLatin1StringView(key), known);
            }
            SimStore::User u = existing ? *existing : SimStore::User{};
            FieldErrors e;
            applyUserJson(o, store, &u, &e);
            if (!e.isEmpty() || u.username.isEmpty()) {
                tally.problems << QStringLiteral("User '%1' skipped: not valid.").arg(o.value(L("username")).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceUser(existing->id, u);
                ++tally.updated;
            } else {
                u.id = o.value(L("id")).toString().toLower();
                if (store.userById(u.id))
                    u.id.clear();
                u.password = QUuid::createUuid().toString(); // unusable until an administrator sets one
                store.addUser(u);
                ++tally.created;
            }
        }
        summary.insert(L("users"), tally.toJson());
    }
    {
        Tally tally;
        const QString how = mode(options, "projects");
        for (const auto &v : lookup(*body, QStringLiteral("projects")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(L("id")).toString().toLower();
            QJsonObject *existing = SimProjects::project(store, id);
            if (existing && (how == QLatin1String("IfNotExists") || (how == QLatin1String("IfNewer") && !newer(o, *existing, "modifiedUtc")))) {
                ++tally.skipped;
                continue;
            }
            const QJsonObject *clash = projectNamed(store, o.value(L("name")).toString());
            if (clash && clash->value(L("id")).toString() != id) {
                tally.problems << QStringLiteral("Project '%1' skipped: another project has that name.").arg(o.value(L("name")).toString());
                ++tally.skipped;
                continue;
            }
            const bool existed = existing != nullptr;
            if (!existing) {
                const QJsonObject *folder = nullptr;
                for (const auto &f : store.documents(QStringLiteral("contentfolders"))) {
                    if (f.value(L("name")).toString().compare(o.value(L("folderName")).toString(), Qt::CaseInsensitive) == 0)
                        folder = &f;
                }
                store.documents(kProjects).push_back(
                    QJsonObject{{L("id"), id}, {L("type"), o.value(L("metadata")).toObject().value(L("type")).toString(QStringLiteral("Content"))},
                                {L("folderId"), folder ? folder->value(L("id")) : QJsonValue(QJsonValue::Null)},
                                {L("folderName"), folder ? folder->value(L("name")).toString() : QString()}});
                existing = &store.documents(kProjects).back();
            }
            existing->insert(L("name"), o.value(L("name")));
            addVersion(store, *existing,
                       {o.value(L("definition")).toString(), o.value(L("documents")).toArray(), QStringLiteral("Synchronised"), user, QString()},
                       true);
            existed ? ++tally.updated : ++tally.created;
        }
        sortProjects(store);
        summary.insert(L("projects"), tally.toJson());
    }
    {
        Tally tally;
        QJsonArray accepted;
        for (const auto &v : lookup(*body, QStringLiteral("publishedProjects")).toArray()) {
            const QJsonObject o = trimmedKeys(v.toObject());
            if (!SimProjects::project(store, o.value(L("projectId")).toString())
                || !findDocument(store, QStringLiteral("publishfolders"), o.value(L("folderId")).toString())) {
                tally.problems << QStringLiteral("Published project %1 skipped: its project or folder is not here.").arg(o.value(L("id")).toString());
                ++tally.skipped;
                continue;
            }
            accepted.append(o);
        }
        mergeDocuments(store, kPublished, accepted, mode(options, "publishedProjects"), &tally);
        summary.insert(L("publishedProjects"), tally.toJson());
    }
    return SimResponse::json(200, {{L("summary"), summary}});
}

} // namespace

void registerSyncRoutes(SimRouter &router, SimStore &store)
{
    const QString design = QStringLiteral("Design projects");
    router.add("POST", QStringLiteral("admin:projects/sync/export"), design, [&store](SimRequest &req) { return syncExport(store, req); });
    router.add("POST", QStringLiteral("admin:projects/sync/import"), design, [&store](SimRequest &req) { return syncImport(store, req); });
}

} // namespace infiniti::sim
