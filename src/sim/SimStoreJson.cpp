// Persistence of the emulator's store (--data): one JSON document, written atomically.
#include "sim/SimJson.h"
#include "sim/SimStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

QJsonObject SimStore::toJson() const
{
    QJsonArray users;
    for (const auto &u : m_users) {
        QJsonObject o = userToJson(*u);
        o.insert("password"_L1, u->password); // the emulator's own file only
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
    return {{"format"_L1, 1},    {"users"_L1, users},         {"groups"_L1, groups},
            {"roles"_L1, roles}, {"documents"_L1, documents}, {"license"_L1, license}};
}

bool SimStore::loadJson(const QJsonObject &o, QString *error)
{
    if (o.value("format"_L1).toInt() != 1) {
        *error = u"unknown store format"_s;
        return false;
    }
    SimStore fresh;
    // Roles first, then groups (they name roles), then users (they name both).
    for (const auto &v : o.value("roles"_L1).toArray()) {
        Role r;
        FieldErrors errors;
        applyRoleJson(v.toObject(), &r, &errors);
        r.id = v.toObject().value("id"_L1).toString();
        fresh.addRole(r);
    }
    for (const auto &v : o.value("groups"_L1).toArray()) {
        Group g;
        FieldErrors errors;
        applyGroupJson(v.toObject(), fresh, &g, &errors);
        g.id = v.toObject().value("id"_L1).toString();
        fresh.addGroup(g);
    }
    for (const auto &v : o.value("users"_L1).toArray()) {
        User u;
        FieldErrors errors;
        applyUserJson(v.toObject(), fresh, &u, &errors);
        u.id = v.toObject().value("id"_L1).toString();
        if (u.id.isEmpty() || u.username.isEmpty()) {
            *error = u"a user without id or username"_s;
            return false;
        }
        fresh.appendUserUnsorted(std::move(u));
    }
    fresh.finishBulkLoad();
    const QJsonObject documents = o.value("documents"_L1).toObject();
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        auto &items = fresh.m_documents[it.key()];
        for (const auto &v : it.value().toArray())
            items.push_back(v.toObject());
    }
    fresh.license = o.value("license"_L1).toObject();
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
