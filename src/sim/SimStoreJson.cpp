// Persistence of the emulator's store (--data): one JSON document, written atomically.
#include "sim/SimJson.h"
#include "sim/SimStore.h"

#include <QJsonArray>

namespace infiniti::sim {

QJsonObject SimStore::toJson() const
{
    QJsonArray users;
    for (const auto &u : m_users) {
        QJsonObject o = userToJson(*u);
        o.insert(QLatin1StringView("password"), u->password); // the emulator's own file only
        users.append(o);
    }
    QJsonArray groups;
    for (const auto &g : m_groups)
        groups.append(groupToJson(g));
    QJsonArray roles;
    for (const auto &r : m_roles)
        roles.append(roleToJson(r));
    QJsonObject documents;
    for (const auto &[name, items] : m_documents) {
        QJsonArray list;
        for (const auto &item : items)
            list.append(item);
        documents.insert(name, list);
    }
    return {{QLatin1StringView("format"), 1},
            {QLatin1StringView("users"), users},
            {QLatin1StringView("groups"), groups},
            {QLatin1StringView("roles"), roles},
            {QLatin1StringView("documents"), documents},
            {QLatin1StringView("license"), license}};
}

bool SimStore::loadJson(const QJsonObject &o, QString *error)
{
    if (o.value(QLatin1StringView("format")).toInt() != 1) {
        *error = QStringLiteral("unknown store format");
        return false;
    }
    SimStore fresh;
    // Roles first, then groups (they name roles), then users (they name both).
    for (const auto &v : o.value(QLatin1StringView("roles")).toArray()) {
        Role r;
        FieldErrors errors;
        applyRoleJson(v.toObject(), &r, &errors);
        r.id = v.toObject().value(QLatin1StringView("id")).toString();
        fresh.addRole(r);
    }
    for (const auto &v : o.value(QLatin1StringView("groups")).toArray()) {
        Group g;
        FieldErrors errors;
        applyGroupJson(v.toObject(), fresh, &g, &errors);
        g.id = v.toObject().value(QLatin1StringView("id")).toString();
        fresh.addGroup(g);
    }
    for (const auto &v : o.value(QLatin1StringView("users")).toArray()) {
        User u;
        FieldErrors errors;
        applyUserJson(v.toObject(), fresh, &u, &errors);
        u.id = v.toObject().value(QLatin1StringView("id")).toString();
        if (u.id.isEmpty() || u.username.isEmpty()) {
            *error = QStringLiteral("a user without id or username");
            return false;
        }
        fresh.appendUserUnsorted(std::move(u));
    }
    fresh.finishBulkLoad();
    const QJsonObject documents = o.value(QLatin1StringView("documents")).toObject();
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        auto &items = fresh.m_documents[it.key()];
        for (const auto &v : it.value().toArray())
            items.push_back(v.toObject());
    }
    fresh.license = o.value(QLatin1StringView("license")).toObject();
    m_users = std::move(fresh.m_users);
    m_usersById = std::move(fresh.m_usersById);
    m_usersByKey = std::move(fresh.m_usersByKey);
    m_groups = std::move(fresh.m_groups);
    m_roles = std::move(fresh.m_roles);
    m_documents = std::move(fresh.m_documents);
    license = fresh.license;
    return true;
}

} // namespace infiniti::sim
