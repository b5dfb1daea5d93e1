// projects/sync/export and projects/sync/import (contract 4.1, 5.2): the syncPack.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"

#include <QDateTime>
#include <functional>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
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
    const QJsonObject options = lookup(*body, u"options"_s).toObject();
    QStringList wanted;
    for (const auto &p : lookup(*body, u"projects"_s).toArray())
        wanted << p.toObject().value("id"_L1).toString().toLower();
    for (const QString &id : wanted) {
        if (!SimProjects::project(store, id))
            return SimResponse::error(400, u"No project %1."_s.arg(id), {{u"projects"_s, {u"No project %1."_s.arg(id)}}});
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
        projects.append(QJsonObject{{"id"_L1, id}, {"name"_L1, p.value("name"_L1)}, {"version"_L1, p.value("version"_L1)},
                                    {"modifiedUtc"_L1, p.value("modifiedUtc"_L1)}, {"folderName"_L1, p.value("folderName"_L1)},
                                    {"metadata"_L1, QJsonObject{{"type"_L1, p.value("type"_L1)},
                                                                {"modifiedBy"_L1, by ? by->id : QString()}}},
                                    {"definition"_L1, v ? v->value("definition"_L1) : QJsonValue(QString())},
                                    {"documents"_L1, v ? v->value("documents"_L1) : QJsonValue(QJsonArray())}});
        if (v) {
            for (const QString &item : SimProjects::contentItemsOf(v->value("definition"_L1).toString())) {
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
    pack.insert("publishFolders"_L1, option(options, "publishFolders") ? publishFolders : QJsonArray());
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
    pack.insert("customFields"_L1, option(options, "customFields") ? all(store, u"customFields"_s) : QJsonArray());
    pack.insert("connectorSettings"_L1, option(options, "connectorSettings") ? all(store, u"connectorSettings"_s) : QJsonArray());
    return SimResponse::json(200, pack);
}

struct Tally
{
    int created = 0, updated = 0, skipped = 0;
    QStringList problems;
    QJsonObject toJson() const
    {
        return {{"created"_L1, created}, {"updated"_L1, updated}, {"skipped"_L1, skipped},
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
        QString id = o.value("id"_L1).toString().toLower();
        if (id.isEmpty())
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.insert("id"_L1, id);
        auto it = std::find_if(docs.begin(), docs.end(), [&](const QJsonObject &d) { return d.value("id"_L1).toString() == id; });
        if (it == docs.end()) {
            docs.push_back(o);
            ++tally->created;
            if (stored)
                stored(o);
        } else if (how == "Always"_L1 || (how == "IfNewer"_L1 && dateKey && newer(o, *it, dateKey))) {
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
    const QJsonObject options = lookup(*body, u"options"_s).toObject();
    static const QStringList modes = {u"Always"_s, u"IfNotExists"_s, u"IfNewer"_s};
    FieldErrors errors;
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!it.value().isString() || !modes.contains(it.value().toString()))
            errors[u"options."_s + it.key()] << u"Must be Always, IfNotExists or IfNewer."_s;
    }
    for (const char *key : {"projects", "contentLibraryItems", "dataSources", "dataObjects", "contentFolders", "publishedProjects",
                            "publishFolders", "users", "groups", "roles", "customFields", "connectorSettings"}) {
        const QJsonValue v = lookup(*body, QString::fromLatin1(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            errors[QString::fromLatin1(key)] << u"Must be an array."_s;
    }
    for (const auto &p : lookup(*body, u"projects"_s).toArray()) {
        const QJsonObject o = p.toObject();
        if (!o.value("id"_L1).isString() || !o.value("name"_L1).isString() || !o.value("definition"_L1).isString())
            errors[u"projects"_s] << u"Each project needs id, name and definition strings."_s;
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The sync package is not valid."_s, errors);

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
            if (QLatin1String(key) == "contentFolders"_L1 || QLatin1String(key) == "publishFolders"_L1) {
                if (!o.contains("parentId"_L1))
                    o.insert("parentId"_L1, QJsonValue::Null);
            }
            if (QLatin1String(key) == "dataSources"_L1) {
                // A pack exported without connection strings or default data (blank) does not
                // blank them here: what the target has is kept.
                if (const QJsonObject *existing = findDocument(store, u"datasources"_s, o.value("id"_L1).toString().toLower())) {
                    for (const auto field : {"connectionString"_L1, "defaultData"_L1}) {
                        if (o.value(field).toString().isEmpty())
                            o.insert(field, existing->value(field));
                    }
                }
            }
            if (QLatin1String(key) == "dataObjects"_L1
                && !findDocument(store, u"datasources"_s, o.value("dataSourceId"_L1).toString())) {
                tally.problems << u"Data object '%1' skipped: its data source is not here."_s.arg(o.value("displayName"_L1).toString());
                ++tally.skipped;
                continue;
            }
            accepted.append(o);
        }
        // A library item that comes in is a version of it, in its history like an upload.
        const bool library = QLatin1String(key) == "contentLibraryItems"_L1;
        mergeDocuments(store, QString::fromLatin1(collection), accepted, mode(options, key), &tally, "modifiedDateTime",
                       library ? std::function<void(const QJsonObject &)>([&store](const QJsonObject &item) {
                           addLibraryVersion(store, item, u"Imported from a sync package"_s);
                       })
                               : std::function<void(const QJsonObject &)>());
        summary.insert(QString::fromLatin1(key), tally.toJson());
    }
    // Roles, groups, users through the same rules as their own endpoints.
    {
        Tally tally;
        for (const auto &v : lookup(*body, u"roles"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const SimStore::Role *existing = store.roleByName(o.value("name"_L1).toString());
            if (existing && mode(options, "roles") != "Always"_L1) {
                ++tally.skipped;
                continue;
            }
            SimStore::Role role = existing ? *existing : SimStore::Role{};
            FieldErrors e;
            applyRoleJson(o, &role, &e);
            if (!e.isEmpty() || role.name.isEmpty()) {
                tally.problems << u"Role '%1' skipped: not valid."_s.arg(o.value("name"_L1).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceRole(existing->id, role);
                ++tally.updated;
            } else {
                role.id = o.value("id"_L1).toString().toLower();
                if (store.roleById(role.id))
                    role.id.clear();
                store.addRole(role);
                ++tally.created;
            }
        }
        summary.insert("roles"_L1, tally.toJson());
    }
    {
        Tally tally;
        for (const auto &v : lookup(*body, u"groups"_s).toArray()) {
            QJsonObject o = v.toObject();
            const SimStore::Group *existing = store.groupByName(o.value("name"_L1).toString());
            if (existing && mode(options, "groups") != "Always"_L1) {
                ++tally.skipped;
                continue;
            }
            QJsonArray roles; // roles the store does not have are left out, and said so
            for (const auto &r : o.value("roles"_L1).toArray()) {
                if (store.roleByName(r.toString()))
                    roles.append(r);
                else
                    tally.problems << u"Group '%1': no role '%2'."_s.arg(o.value("name"_L1).toString(), r.toString());
            }
            o.insert("roles"_L1, roles);
            SimStore::Group group = existing ? *existing : SimStore::Group{};
            FieldErrors e;
            applyGroupJson(o, store, &group, &e);
            if (!e.isEmpty() || group.name.isEmpty()) {
                tally.problems << u"Group '%1' skipped: not valid."_s.arg(o.value("name"_L1).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceGroup(existing->id, group);
                ++tally.updated;
            } else {
                group.id = o.value("id"_L1).toString().toLower();
                if (store.groupById(group.id))
                    group.id.clear();
                store.addGroup(group);
                ++tally.created;
            }
        }
        summary.insert("groups"_L1, tally.toJson());
    }
    {
        Tally tally;
        for (const auto &v : lookup(*body, u"users"_s).toArray()) {
            QJsonObject o = v.toObject();
            o.remove("password"_L1); // a sync package never sets passwords
            const SimStore::User *existing = store.userByName(o.value("username"_L1).toString());
            if (existing && mode(options, "users") != "Always"_L1) {
                ++tally.skipped;
                continue;
            }
            for (const char *key : {"groups", "roles"}) {
                QJsonArray known;
                for (const auto &n : o.value(QLatin1StringView(key)).toArray()) {
                    if (QLatin1String(key) == "groups"_L1 ? store.groupByName(n.toString()) != nullptr
                                                                        : store.roleByName(n.toString()) != nullptr)
                        known.append(n);
                }
                o.insert(QLatin1StringView(key), known);
            }
            SimStore::User u = existing ? *existing : SimStore::User{};
            FieldErrors e;
            applyUserJson(o, store, &u, &e);
            if (!e.isEmpty() || u.username.isEmpty()) {
                tally.problems << u"User '%1' skipped: not valid."_s.arg(o.value("username"_L1).toString());
                ++tally.skipped;
            } else if (existing) {
                store.replaceUser(existing->id, u);
                ++tally.updated;
            } else {
                u.id = o.value("id"_L1).toString().toLower();
                if (store.userById(u.id))
                    u.id.clear();
                u.password = QUuid::createUuid().toString(); // unusable until an administrator sets one
                store.addUser(u);
                ++tally.created;
            }
        }
        summary.insert("users"_L1, tally.toJson());
    }
    {
        Tally tally;
        const QString how = mode(options, "projects");
        for (const auto &v : lookup(*body, u"projects"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value("id"_L1).toString().toLower();
            QJsonObject *existing = SimProjects::project(store, id);
            if (existing && (how == "IfNotExists"_L1 || (how == "IfNewer"_L1 && !newer(o, *existing, "modifiedUtc")))) {
                ++tally.skipped;
                continue;
            }
            const QJsonObject *clash = projectNamed(store, o.value("name"_L1).toString());
            if (clash && clash->value("id"_L1).toString() != id) {
                tally.problems << u"Project '%1' skipped: another project has that name."_s.arg(o.value("name"_L1).toString());
                ++tally.skipped;
                continue;
            }
            const bool existed = existing != nullptr;
            if (!existing) {
                const QJsonObject *folder = nullptr;
                for (const auto &f : store.documents(u"contentfolders"_s)) {
                    if (f.value("name"_L1).toString().compare(o.value("folderName"_L1).toString(), Qt::CaseInsensitive) == 0)
                        folder = &f;
                }
                store.documents(kProjects).push_back(
                    QJsonObject{{"id"_L1, id}, {"type"_L1, o.value("metadata"_L1).toObject().value("type"_L1).toString(u"Content"_s)},
                                {"folderId"_L1, folder ? folder->value("id"_L1) : QJsonValue(QJsonValue::Null)},
                                {"folderName"_L1, folder ? folder->value("name"_L1).toString() : QString()}});
                existing = &store.documents(kProjects).back();
            }
            existing->insert("name"_L1, o.value("name"_L1));
            addVersion(store, *existing,
                       {o.value("definition"_L1).toString(), o.value("documents"_L1).toArray(), u"Synchronised"_s, user, QString()},
                       true);
            existed ? ++tally.updated : ++tally.created;
        }
        sortProjects(store);
        summary.insert("projects"_L1, tally.toJson());
    }
    {
        Tally tally;
        QJsonArray accepted;
        for (const auto &v : lookup(*body, u"publishedProjects"_s).toArray()) {
            const QJsonObject o = trimmedKeys(v.toObject());
            if (!SimProjects::project(store, o.value("projectId"_L1).toString())
                || !findDocument(store, u"publishfolders"_s, o.value("folderId"_L1).toString())) {
                tally.problems << u"Published project %1 skipped: its project or folder is not here."_s.arg(o.value("id"_L1).toString());
                ++tally.skipped;
                continue;
            }
            accepted.append(o);
        }
        mergeDocuments(store, kPublished, accepted, mode(options, "publishedProjects"), &tally);
        summary.insert("publishedProjects"_L1, tally.toJson());
    }
    return SimResponse::json(200, {{"summary"_L1, summary}});
}

} // namespace

void registerSyncRoutes(SimRouter &router, SimStore &store)
{
    const QString design = u"Design projects"_s;
    router.add("POST", u"admin:projects/sync/export"_s, design, [&store](SimRequest &req) { return syncExport(store, req); });
    router.add("POST", u"admin:projects/sync/import"_s, design, [&store](SimRequest &req) { return syncImport(store, req); });
}

} // namespace infiniti::sim
