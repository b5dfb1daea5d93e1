#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <QList>
#include <QString>

namespace infiniti {

// The server's license (contract 9.2: the vendor documents no shape, so read tolerantly).
struct License
{
    struct Module
    {
        QString name;
        bool licensed = false;
        QDateTime expiry; // invalid: no expiry
    };
    QString licenseKey; // masked by the server
    QString licensedTo, product, edition;
    QDateTime issued, expiry;
    int maxUsers = -1, currentUsers = -1, maxProjects = -1, currentProjects = -1; // -1: not given
    QList<Module> modules;
    // The whole license object is ours (contract 9.2): what a server did not send is said to be
    // unknown, never taken for "not valid" or "does not expire".
    std::optional<bool> valid; // no `valid` member: unknown
    bool expiryGiven = false;  // an `expiryUtc` member (null: no expiry)
    QJsonObject raw;

    static License fromJson(const QJsonObject &o);
    // Whether `other` grants the same (the server's object without the counts in use): after
    // an update the server took, the same grant means the key changed nothing that shows.
    bool sameGrant(const License &other) const;
    // Days from `today` to the day `when` falls on here (negative once past): what the date
    // shown beside it says, whatever the time of day. The license's and its modules' alike.
    static qint64 daysUntil(const QDateTime &when, const QDate &today = QDate::currentDate());
    qint64 daysLeft(const QDate &today = QDate::currentDate()) const
    {
        return daysUntil(expiry, today);
    }

    // Within these many days an expiry is shown as near: the license's own, and a licensed
    // module's (its features stop before anyone renews on the license's own reminder).
    static constexpr qint64 kLicenseWarningDays = 30;
    static constexpr qint64 kModuleWarningDays = 14;
    struct Expiring
    {
        QString module;  // empty: the license itself
        qint64 days = 0; // negative: expired that many days ago
    };
    // What runs out within its warning days (or has run out), the soonest first.
    QList<Expiring> expiringSoon(const QDate &today = QDate::currentDate()) const;
};

} // namespace infiniti
