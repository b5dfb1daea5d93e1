#pragma once

#include "api/Profile.h"

#include <optional>
#include <QList>
#include <QSettings>

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
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace infiniti
