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

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString();
        p.manageUrl = QUrl(m_settings->value(u"manageUrl"_s).toString());
        p.produceUrl = QUrl(m_settings->value(u"produceUrl"_s).toString());
        p.lastUser = m_settings->value(u"lastUser"_s).toString();
        p.rememberSignIn = m_settings->value(u"rememberSignIn"_s).toBool();
        const QStringList pins = m_settings->value(u"pinnedCertificates"_s).toStringList();
        for (const auto &pin : pins)
            p.pinnedCertificates << pin.toLatin1();
        if (!p.name.isEmpty())
            out << p;
    }
    m_settings->endArray();
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
    QList<Profile> all = profiles();
    bool replaced = false;
    for (auto &p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all << profile;
    m_settings->beginWriteArray(kGroup, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Profile &p = all.at(i);
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
    }
    m_settings->endArray();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    all.removeIf([&](const Profile &p) { return p.name == name; });
    m_settings->remove(kGroup);
    for (const auto &p : all)
        save(p);
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
