#include "SimStore.h"

#include <QSet>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace infiniti::sim {

namespace {
bool userLess(const SimStore::User &a, const SimStore::User &b)
{
    const int c = a.sortKey.compare(b.sortKey);
    return c < 0 || (c == 0 && a.id < b.id);
}

template <typename T> void sortByName(std::vector<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c < 0 || (c == 0 && a.id < b.id);
    });
}

template <typename T> const T *findBy(const std::vector<T> &items, auto pred)
{
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? nullptr : &*it;
}
} // namespace

QString SimStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const SimStore::User *SimStore::userById(const QString &id) const
{
    return m_usersById.value(id.toLower());
}

const SimStore::User *SimStore::userByName(const QString &username) const
{
    return m_usersByKey.value(username.toLower());
}

std::vector<int> SimStore::findUsers(const QString &text) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_users.size(); ++i) {
        const User &u = *m_users[i];
        if (u.username.contains(text, Qt::CaseInsensitive) || u.firstName.contains(text, Qt::CaseInsensitive)
            || u.lastName.contains(text, Qt::CaseInsensitive) || u.email.contains(text, Qt::CaseInsensitive))
            out.push_back(int(i));
    }
    return out;
}

int SimStore::lowerBound(const QString &key, const QString &id) const
{
    User probe;
    probe.sortKey = key;
    probe.id = id;
    const auto it = std::lower_bound(m_users.begin(), m_users.end(), probe,
                                     [](const std::unique_ptr<User> &a, const User &b) {
                                         return userLess(*a, b);
                                     });
    return int(it - m_users.begin());
}


const SimStore::User *SimStore::addUser(User user)
{
    if (user.id.isEmpty())
        user.id = newId();
    user.id = user.id.toLower();
    user.sortKey = user.username.toLower();
    const int at = lowerBound(user.sortKey, user.id);
    auto owned = std::make_unique<User>(std::move(user));
    User *raw = owned.get();
    m_users.insert(m_users.begin() + at, std::move(owned));
    m_usersById.insert(raw->id, raw);
    m_usersByKey.insert(raw->sortKey, raw);
    return raw;
}

void SimStore::appendUserUnsorted(User user)
{
    user.id = user.id.toLower();
    user.sortKey = user.username.toLower();
    m_users.push_back(std::make_unique<User>(std::move(user)));
}

void SimStore::finishBulkLoad()
{
    std::sort(m_users.begin(), m_users.end(),
              [](const std::unique_ptr<User> &a, const std::unique_ptr<User> &b) { return userLess(*a, *b); });
    m_usersById.clear();
    m_usersByKey.clear();
    m_usersById.reserve(qsizetype(m_users.size()));
    m_usersByKey.reserve(qsizetype(m_users.size()));
    for (const auto &u : m_users) {
        m_usersById.insert(u->id, u.get());
        m_usersByKey.insert(u->sortKey, u.get());
    }
}

const SimStore::User *SimStore::replaceUser(const QString &id, User user)
{
    const User *old = userById(id);
    if (!old)
        return nullptr;
    user.id = old->id;
    removeUser(old->id);
    return addUser(std::move(user));
}

bool SimStore::removeUser(const QString &id)
{
    const User *u = userById(id);
    if (!u)
        return false;
    const int at = lowerBound(u->sortKey, u->id);
    m_usersByKey.remove(u->sortKey);
    m_usersById.remove(u->id);
    m_users.erase(m_users.begin() + at);
    return true;
}

const SimStore::Group *SimStore::groupById(const QString &id) const
{
    return findBy(m_groups, [&](const Group &g) { return g.id.compare(id, Qt::CaseInsensitive) == 0; });
}

const SimStore::Group *SimStore::groupByName(const QString &name) const
{
    return findBy(m_groups, [&](const Group &g) { return g.name.compare(name, Qt::CaseInsensitive) == 0; });
}

const SimStore::Group *SimStore::addGroup(Group group)
{
    if (group.id.isEmpty())
        group.id = newId();
    const QString id = group.id;
    m_groups.push_back(std::move(group));
    sortByName(m_groups);
    return groupById(id);
}

const SimStore::Group *SimStore::replaceGroup(const QString &id, Group group)
{
    auto it = std::find_if(m_groups.begin(), m_groups.end(),
                           [&](const Group &g) { return g.id.compare(id, Qt::CaseInsensitive) == 0; });
    if (it == m_groups.end())
        return nullptr;
    const QString oldName = it->name;
    group.id = it->id;
    *it = std::move(group);
    if (oldName != it->name) {
        for (auto &u : m_users)
            u->groups.replaceInStrings(QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(oldName) + QLatin1Char('$'),
                                                          QRegularExpression::CaseInsensitiveOption),
                                       it->name);
    }
    const QString keep = it->id;
    sortByName(m_groups);
    return groupById(keep);
}

bool SimStore::removeGroup(const QString &id)
{
    const Group *g = groupById(id);
    if (!g)
        return false;
    const QString name = g->name;
    for (auto &u : m_users)
        u->groups.removeIf([&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
    std::erase_if(m_groups, [&](const Group &x) { return x.id == g->id; });
    return true;
}

const SimStore::Role *SimStore::roleById(const QString &id) const
{
    return findBy(m_roles, [&](const Role &r) { return r.id.compare(id, Qt::CaseInsensitive) == 0; });
}

const SimStore::Role *SimStore::roleByName(const QString &name) const
{
    return findBy(m_roles, [&](const Role &r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
}

const SimStore::Role *SimStore::addRole(Role role)
{
    if (role.id.isEmpty())
        role.id = newId();
    const QString id = role.id;
    m_roles.push_back(std::move(role));
    sortByName(m_roles);
    return roleById(id);
}

const SimStore::Role *SimStore::replaceRole(const QString &id, Role role)
{
    auto it = std::find_if(m_roles.begin(), m_roles.end(),
                           [&](const Role &r) { return r.id.compare(id, Qt::CaseInsensitive) == 0; });
    if (it == m_roles.end())
        return nullptr;
    const QString oldName = it->name;
    role.id = it->id;
    *it = std::move(role);
    if (oldName.compare(it->name, Qt::CaseInsensitive) != 0) {
        const QString newName = it->name;
        auto rename = [&](QStringList &list) {
            for (auto &n : list) {
                if (n.compare(oldName, Qt::CaseInsensitive) == 0)
                    n = newName;
            }
        };
        for (auto &u : m_users)
            rename(u->roles);
        for (auto &g : m_groups)
            rename(g.roles);
    }
    const QString keep = it->id;
    sortByName(m_roles);
    return roleById(keep);
}

bool SimStore::removeRole(const QString &id)
{
    const Role *r = roleById(id);
    if (!r)
        return false;
    const QString name = r->name;
    auto drop = [&](QStringList &list) {
        list.removeIf([&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
    };
    for (auto &u : m_users)
        drop(u->roles);
    for (auto &g : m_groups)
        drop(g.roles);
    std::erase_if(m_roles, [&](const Role &x) { return x.name == name; });
    return true;
}

QStringList SimStore::permissionsOf(const User &user) const
{
    QSet<QString> roleNames;
    for (const auto &r : user.roles)
        roleNames.insert(r.toLower());
    for (const auto &gname : user.groups) {
        if (const Group *g = groupByName(gname)) {
            for (const auto &r : g->roles)
                roleNames.insert(r.toLower());
        }
    }
    QStringList perms;
    for (const auto &role : m_roles) {
        if (roleNames.contains(role.name.toLower()))
            perms << role.permissions;
    }
    perms.removeDuplicates();
    return perms;
}

QString SimStore::issueToken(const QString &userId)
{
    const QString token = newId();
    m_tokens.insert(token, userId);
    return token;
}

const SimStore::User *SimStore::userForToken(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.constEnd() ? nullptr : userById(it.value());
}

void SimStore::revokeToken(const QString &token)
{
    m_tokens.remove(token);
}

} // namespace infiniti::sim
