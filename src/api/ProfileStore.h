#pragma once

#include "api/Profile.h"

#include <optional>
#include <QList>
#include <QSettings>
#include <QStringList>

namespace infiniti {

// Saved connection profiles, shared by infiniti-admin and infiniti-ctl. Holds no secrets:
// tokens and passwords live only in the SecretStore.
class ProfileStore
{
public:
    ProfileStore();
    explicit ProfileStore(const QString &settingsFile); // for tests

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    void save(const Profile &profile); // insert or replace by name
    void remove(const QString &name);  // the connection and its list of remembered users
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // The users whose sign-in token is remembered in the SecretStore for the saved connection
    // `name` (user names are not secrets; the keychain cannot list its entries, so this is how
    // deleting a connection finds every token it left). Kept by the store beside the
    // connection, whatever save() is given; noted by whoever writes or removes such a token.
    // Settings from before the list read as an empty list.
    QStringList rememberedUsers(const QString &name) const;
    // No effect for a connection that is not saved.
    void noteRemembered(const QString &name, const QString &user);
    void noteForgotten(const QString &name, const QString &user);

private:
    struct Entry
    {
        Profile profile;
        QStringList rememberedUsers;
    };
    QList<Entry> entries() const;
    void write(const QList<Entry> &entries);
    void changeRemembered(const QString &name, const QString &user, bool remembered);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace infiniti
