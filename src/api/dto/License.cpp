#include "api/dto/License.h"

#include "formats/Json.h"

#include <QJsonArray>

#include <cmath>

namespace infiniti {

using L = QLatin1StringView;

namespace {
QDateTime date(const QJsonObject &o, L key)
{
    return QDateTime::fromString(Json::string(o, key), Qt::ISODateWithMs);
}
int number(const QJsonObject &o, L key)
{
    return Json::value(o, key).isUndefined() || Json::value(o, key).isNull() ? -1 : int(Json::integer(o, key, -1));
}
} // namespace

License License::fromJson(const QJsonObject &o)
{
    License l;
    l.raw = o;
    l.licenseKey = Json::string(o, L("licenseKey"));
    l.licensedTo = Json::string(o, L("licensedTo"));
    l.product = Json::string(o, L("product"));
    l.edition = Json::string(o, L("edition"));
    l.issued = date(o, L("issuedUtc"));
    l.expiry = date(o, L("expiryUtc"));
    l.maxUsers = number(o, L("maxUsers"));
    l.currentUsers = number(o, L("currentUsers"));
    l.maxProjects = number(o, L("maxProjects"));
    l.currentProjects = number(o, L("currentProjects"));
    l.valid = Json::boolean(o, L("valid"));
    for (const auto &v : Json::value(o, L("modules")).toArray()) {
        const QJsonObject m = v.toObject();
        l.modules << Module{Json::string(m, L("name")), Json::boolean(m, L("licensed")), date(m, L("expiryUtc"))};
    }
    return l;
}

qint64 License::daysLeft(const QDateTime &now) const
{
    if (!expiry.isValid())
        return 0;
    return qint64(std::floor(double(now.msecsTo(expiry)) / 86400000.0));
}

} // namespace infiniti
