#include "api/dto/License.h"

#include "formats/Json.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti {
namespace {
QDateTime date(const QJsonObject &o, QLatin1StringView key)
{
    return QDateTime::fromString(Json::string(o, key), Qt::ISODateWithMs);
}
int number(const QJsonObject &o, QLatin1StringView key)
{
    return Json::value(o, key).isUndefined() || Json::value(o, key).isNull()
               ? -1
               : int(Json::integer(o, key, -1));
}
} // namespace

License License::fromJson(const QJsonObject &o)
{
    License l;
    l.raw = o;
    l.licenseKey = Json::string(o, "licenseKey"_L1);
    l.licensedTo = Json::string(o, "licensedTo"_L1);
    l.product = Json::string(o, "product"_L1);
    l.edition = Json::string(o, "edition"_L1);
    l.issued = date(o, "issuedUtc"_L1);
    l.expiry = date(o, "expiryUtc"_L1);
    l.maxUsers = number(o, "maxUsers"_L1);
    l.currentUsers = number(o, "currentUsers"_L1);
    l.maxProjects = number(o, "maxProjects"_L1);
    l.currentProjects = number(o, "currentProjects"_L1);
    if (const QJsonValue valid = Json::value(o, "valid"_L1); valid.isBool())
        l.valid = valid.toBool();
    l.expiryGiven = !Json::value(o, "expiryUtc"_L1).isUndefined();
    for (const auto &v : Json::value(o, "modules"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        l.modules << Module{Json::string(m, "name"_L1), Json::boolean(m, "licensed"_L1),
                            date(m, "expiryUtc"_L1)};
    }
    return l;
}

bool License::sameGrant(const License &other) const
{
    const auto grant = [](QJsonObject o) {
        for (const auto &key : o.keys()) {
            if (key.startsWith("current"_L1, Qt::CaseInsensitive))
                o.remove(key); // what is in use, not what is granted
        }
        return o;
    };
    return grant(raw) == grant(other.raw);
}

qint64 License::daysUntil(const QDateTime &when, const QDate &today)
{
    return when.isValid() ? today.daysTo(when.toLocalTime().date()) : 0;
}

QList<License::Expiring> License::expiringSoon(const QDate &today) const
{
    QList<Expiring> out;
    if (const qint64 days = daysUntil(expiry, today);
        expiry.isValid() && days < kLicenseWarningDays)
        out.append({QString(), days});
    for (const Module &m : modules) {
        const qint64 days = daysUntil(m.expiry, today);
        if (m.licensed && m.expiry.isValid() && days < kModuleWarningDays)
            out.append({m.name, days});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Expiring &a, const Expiring &b) { return a.days < b.days; });
    return out;
}

} // namespace infiniti
