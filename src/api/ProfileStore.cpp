#include "api/ProfileStore.h"

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
const QString kGroup = u"profiles"_s;
}

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(u"Infiniti"_s, u"infiniti-admin"_s))
{
}

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

QList<ProfileStore::Entry> ProfileStore::entries() const
{
    QList<Entry> out;
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Entry e;
        Profile &p = e.profile;
        p.name = m_settings->value(u"name"_s).toString();
        p.manageUrl = QUrl(m_settings->value(u"manageUrl"_s).toString());
        p.produceUrl = QUrl(m_settings->value(u"produceUrl"_s).toString());
        p.lastUser = m_settings->value(u"lastUser"_s).toString();
        p.rememberSignIn = m_settings->value(u"rememberSignIn"_s).toBool();
        const QStringList pins = m_settings->value(u"pinnedCertificates"_s).toStringList();
        for (const auto &pin : pins)
            p.pinnedCertificates << pin.toLatin1();
        e.rememberedUsers = m_settings->value(u"rememberedUsers"_s).toStringList();
        if (!p.name.isEmpty())
            out << e;
    }
    m_settings->endArray();
    return out;
}

void ProfileStore::write(const QList<Entry> &all)
{
    m_settings->remove(kGroup); // no member of a longer list left behind
    m_settings->beginWriteArray(kGroup, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Profile &p = all.at(i).profile;
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"manageUrl"_s, p.manageUrl.toString());
        m_settings->setValue(u"produceUrl"_s, p.produceUrl.toString());
        m_settings->setValue(u"lastUser"_s, p.lastUser);
        m_settings->setValue(u"rememberSignIn"_s, p.rememberSignIn);
        QStringList pins;
        for (const auto &pin : p.pinnedCertificates)
            pins << QString::fromLatin1(pin);
        m_settings->setValue(u"pinnedCertificates"_s, pins);
        if (!all.at(i).rememberedUsers.isEmpty())
            m_settings->setValue(u"rememberedUsers"_s, all.at(i).rememberedUsers);
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    for (const Entry &e : entries())
        out << e.profile;
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const auto &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile)
{
    QList<Entry> all = entries();
    bool replaced = false;
    for (auto &e : all) {
        if (e.profile.name == profile.name) {
            e.profile = profile; // its remembered users stay: they are the store's
            replaced = true;
        }
    }
    if (!replaced)
        all << Entry{profile, {}};
    write(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<Entry> all = entries();
    all.removeIf([&](const Entry &e) { return e.profile.name == name; });
    write(all);
}

QStringList ProfileStore::rememberedUsers(const QString &name) const
{
    for (const Entry &e : entries()) {
        if (e.profile.name == name)
            return e.rememberedUsers;
    }
    return {};
}

void ProfileStore::noteRemembered(const QString &name, const QString &user)
{
    changeRemembered(name, user, true);
}

void ProfileStore::noteForgotten(const QString &name, const QString &user)
{
    changeRemembered(name, user, false);
}

void ProfileStore::changeRemembered(const QString &name, const QString &user, bool remembered)
{
    if (name.isEmpty() || user.isEmpty())
        return;
    QList<Entry> all = entries();
    for (auto &e : all) {
        if (e.profile.name != name || e.rememberedUsers.contains(user) == remembered)
            continue;
        if (remembered)
            e.rememberedUsers << user;
        else
            e.rememberedUsers.removeAll(user);
        write(all);
        return;
    }
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(u"lastProfile"_s, name);
    m_settings->sync();
}

} // namespace infiniti
