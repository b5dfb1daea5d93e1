#include "sim/SimStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
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

const std::vector<QJsonObject> &SimStore::documents(const QString &collection) const
{
    static const std::vector<QJsonObject> none;
    const auto it = m_documents.find(collection);
    return it == m_documents.end() ? none : it->second;
}

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
        if (u.username.contains(text, Qt::CaseInsensitive) ||
            u.firstName.contains(text, Qt::CaseInsensitive) ||
            u.lastName.contains(text, Qt::CaseInsensitive) ||
            u.email.contains(text, Qt::CaseInsensitive))
            out.push_back(int(i));
    }
    return out;
}

int SimStore::lowerBound(const QString &key, const QString &id) const
{
    User probe;
    probe.sortKey = key;
    probe.id = id;
    const auto it = std::lower_bound(
        m_users.begin(), m_users.end(), probe,
        [](const std::unique_ptr<User> &a, const User &b) { return userLess(*a, b); });
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
              [](const std::unique_ptr<User> &a, const std::unique_ptr<User> &b) {
                  return userLess(*a, *b);
              });
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

namespace {

// Groups and roles are small lists kept in name order; both are found, added, replaced and
// removed the same way.
template <typename T> auto findById(std::vector<T> &items, const QString &id)
{
    return std::find_if(items.begin(), items.end(),
                        [&](const T &x) { return x.id.compare(id, Qt::CaseInsensitive) == 0; });
}

template <typename T> const T *addNamed(std::vector<T> &items, T item)
{
    if (item.id.isEmpty())
        item.id = SimStore::newId();
    const QString id = item.id;
    items.push_back(std::move(item));
    sortByName(items);
    return &*findById(items, id);
}

// Replaces the item, keeping its id; `oldName` receives the name it had.
template <typename T>
const T *replaceNamed(std::vector<T> &items, const QString &id, T item, QString *oldName)
{
    auto it = findById(items, id);
    if (it == items.end())
        return nullptr;
    *oldName = it->name;
    item.id = it->id;
    const QString keep = item.id;
    *it = std::move(item);
    sortByName(items);
    return &*findById(items, keep);
}

template <typename T> bool removeNamed(std::vector<T> &items, const QString &id, QString *oldName)
{
    auto it = findById(items, id);
    if (it == items.end())
        return false;
    *oldName = it->name;
    items.erase(it);
    return true;
}

void renameReference(QStringList &names, const QString &from, const QString &to)
{
    for (auto &n : names) {
        if (n.compare(from, Qt::CaseInsensitive) == 0)
            n = to;
    }
}

void dropReference(QStringList &names, const QString &name)
{
    names.removeIf([&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

const SimStore::Group *SimStore::groupById(const QString &id) const
{
    return findBy(m_groups,
                  [&](const Group &g) { return g.id.compare(id, Qt::CaseInsensitive) == 0; });
}

const SimStore::Group *SimStore::groupByName(const QString &name) const
{
    return findBy(m_groups,
                  [&](const Group &g) { return g.name.compare(name, Qt::CaseInsensitive) == 0; });
}

const SimStore::Group *SimStore::addGroup(Group group)
{
    return addNamed(m_groups, std::move(group));
}

const SimStore::Group *SimStore::replaceGroup(const QString &id, Group group)
{
    QString oldName;
    const Group *saved = replaceNamed(m_groups, id, std::move(group), &oldName);
    if (saved && oldName != saved->name) {
        for (auto &u : m_users)
            renameReference(u->groups, oldName, saved->name);
    }
    return saved;
}

bool SimStore::removeGroup(const QString &id)
{
    QString name;
    if (!removeNamed(m_groups, id, &name))
        return false;
    for (auto &u : m_users)
        dropReference(u->groups, name);
    return true;
}

const SimStore::Role *SimStore::roleById(const QString &id) const
{
    return findBy(m_roles,
                  [&](const Role &r) { return r.id.compare(id, Qt::CaseInsensitive) == 0; });
}

const SimStore::Role *SimStore::roleByName(const QString &name) const
{
    return findBy(m_roles,
                  [&](const Role &r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
}

const SimStore::Role *SimStore::addRole(Role role)
{
    return addNamed(m_roles, std::move(role));
}

const SimStore::Role *SimStore::replaceRole(const QString &id, Role role)
{
    QString oldName;
    const Role *saved = replaceNamed(m_roles, id, std::move(role), &oldName);
    if (saved && oldName != saved->name) {
        for (auto &u : m_users)
            renameReference(u->roles, oldName, saved->name);
        for (auto &g : m_groups)
            renameReference(g.roles, oldName, saved->name);
    }
    return saved;
}

bool SimStore::removeRole(const QString &id)
{
    QString name;
    if (!removeNamed(m_roles, id, &name))
        return false;
    for (auto &u : m_users)
        dropReference(u->roles, name);
    for (auto &g : m_groups)
        dropReference(g.roles, name);
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tokens.insert(token, {userId, now, now});
    return token;
}

const SimStore::User *SimStore::userForToken(const QString &token) const
{
    const auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return nullptr;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if ((tokenTtlSeconds > 0 && now - it->issuedMs > qint64(tokenTtlSeconds) * 1000) ||
        (idleTimeoutSeconds > 0 && now - it->lastUsedMs > qint64(idleTimeoutSeconds) * 1000)) {
        m_tokens.erase(it); // expired for good: a later use is no activity
        return nullptr;
    }
    // The account is checked on every use, as sign-in checks it: a token of an account
    // disabled or locked out since is refused (and works again if the account is restored).
    const User *user = userById(it->userId);
    if (!user || user->disabled || user->lockedOut)
        return nullptr;
    it->lastUsedMs = now;
    return user;
}

void SimStore::revokeToken(const QString &token)
{
    m_tokens.remove(token);
}

} // namespace infiniti::sim
