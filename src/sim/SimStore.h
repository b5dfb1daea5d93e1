#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace infiniti::sim {

// The emulator's in-memory data. Users are kept sorted by username (case-insensitive, ties by
// id) so a page is an index range even with a million of them.
class SimStore
{
public:
    struct User
    {
        QString id, username, password;
        QString firstName, lastName, email;
        bool disabled = false, changePasswordAtNextLogin = false, passwordNeverExpires = false;
        bool lockedOut = false, twoFactorAuth = false;
        QString culture, language, timezone, prefix, jobTitle, organization, phone, fax;
        QJsonObject streetAddress, postalAddress, customFields;
        QStringList roles, groups;
        QString sortKey; // username lower-cased
    };
    struct Group
    {
        QString id, name, email;
        bool external = false, system = false, emailIndividualMembers = false;
        QStringList roles;
    };
    struct Role
    {
        QString id, name;
        QStringList permissions;
    };

    // --- users
    int userCount() const { return int(m_users.size()); }
    const User *userAt(int index) const { return m_users.at(size_t(index)).get(); }
    const User *userById(const QString &id) const;
    const User *userByName(const QString &username) const;
    // Indices (into sorted order) of users whose name-like fields contain `text`.
    std::vector<int> findUsers(const QString &text) const;
    const User *addUser(User user); // assigns an id when empty; caller checked uniqueness
    const User *replaceUser(const QString &id, User user);
    bool removeUser(const QString &id);
    // Appends pre-sorted users without re-sorting (seeding); call finishBulkLoad() after.
    void appendUserUnsorted(User user);
    void finishBulkLoad();

    // --- groups and roles (small lists, kept in name order)
    const std::vector<Group> &groups() const { return m_groups; }
    const Group *groupById(const QString &id) const;
    const Group *groupByName(const QString &name) const;
    const Group *addGroup(Group group);
    const Group *replaceGroup(const QString &id, Group group); // renames follow into users
    bool removeGroup(const QString &id);                       // and leave users' lists

    const std::vector<Role> &roles() const { return m_roles; }
    const Role *roleById(const QString &id) const;
    const Role *roleByName(const QString &name) const;
    const Role *addRole(Role role);
    const Role *replaceRole(const QString &id, Role role);
    bool removeRole(const QString &id);

    // Direct roles plus the roles of the user's groups, re-read on every call.
    QStringList permissionsOf(const User &user) const;

    // --- the simpler admin collections (custom fields, folders, templates…), as JSON objects
    // kept in name order; see SimDocumentRoutes.
    std::vector<QJsonObject> &documents(const QString &collection)
    {
        return m_documents[collection];
    }
    const std::vector<QJsonObject> &documents(const QString &collection) const;
    QJsonObject license;

    // --- tokens
    // Tokens live `tokenTtlSeconds` (0: for ever, as the vendor's year is for a test), and end
    // when unused for `idleTimeoutSeconds` (0: never; each use restarts that clock).
    int tokenTtlSeconds = 0;
    int idleTimeoutSeconds = 0;
    // How long a generation takes (client generate → operation), in milliseconds.
    int generationMs = 1500;
    QString issueToken(const QString &userId);
    // The token's user, or null when it is unknown or expired or its account is disabled or
    // locked out; a use counts as activity.
    const User *userForToken(const QString &token) const;
    void revokeToken(const QString &token);
    int tokenCount() const { return int(m_tokens.size()); }

    static QString newId();

    // The whole store as JSON (users with passwords, groups, roles) for --data persistence.
    QJsonObject toJson() const;
    bool loadJson(const QJsonObject &o, QString *error);

private:
    int lowerBound(const QString &key, const QString &id) const;

    std::vector<std::unique_ptr<User>> m_users; // sorted
    QHash<QString, User *> m_usersById;
    QHash<QString, User *> m_usersByKey;
    std::vector<Group> m_groups;
    std::vector<Role> m_roles;
    struct Token
    {
        QString userId;
        qint64 issuedMs;
        qint64 lastUsedMs;
    };
    mutable QHash<QString, Token> m_tokens; // a use moves lastUsedMs, even through a const store
    std::map<QString, std::vector<QJsonObject>> m_documents;
};

} // namespace infiniti::sim
