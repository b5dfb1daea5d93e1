// GET/POST license and GET license/tenancyKey (contract 4.11, 9.2).
#include "sim/SimHttp.h"
#include "sim/SimLicense.h"
#include "sim/SimLimits.h"
#include "sim/SimRoutes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
QString checksum(const QString &body)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex().left(4))
        .toUpper();
}
} // namespace

std::optional<SimLicenseKey> SimLicenseKey::parse(const QString &key, QString *error)
{
    static const QRegularExpression shape(
        u"^INF1-([A-Za-z]+)-(\\d{1,7})-(\\d{8})-([0-9A-F]{4})$"_s);
    const auto m = shape.match(key.trimmed());
    if (!m.hasMatch()) {
        *error = u"A license key looks like INF1-<edition>-<maxUsers>-<yyyymmdd>-<checksum>."_s;
        return std::nullopt;
    }
    SimLicenseKey k;
    k.edition = m.captured(1);
    k.maxUsers = m.captured(2).toInt();
    k.expiry = QDate::fromString(m.captured(3), u"yyyyMMdd"_s);
    if (!k.expiry.isValid()) {
        *error = u"The expiry date in the key is not a date."_s;
        return std::nullopt;
    }
    if (checksum(key.trimmed().left(key.trimmed().size() - 5)) != m.captured(4)) {
        *error = u"The license key's checksum does not match; check it for typing mistakes."_s;
        return std::nullopt;
    }
    return k;
}

QString SimLicenseKey::toString() const
{
    const QString body =
        u"INF1-%1-%2-%3"_s.arg(edition).arg(maxUsers).arg(expiry.toString(u"yyyyMMdd"_s));
    return body + QLatin1Char('-') + checksum(body);
}

namespace {

QJsonObject licenseView(const SimStore &store)
{
    QJsonObject o = store.license;
    const QString key = o.take("key"_L1).toString();
    o.insert("licenseKey"_L1, QString(u"XXXX-XXXX-XXXX-"_s + key.right(4)));
    o.insert("currentUsers"_L1, store.userCount());
    o.insert("currentProjects"_L1, int(store.documents(u"projects"_s).size()));
    const QDateTime expiry = QDateTime::fromString(o.value("expiryUtc"_L1).toString(), Qt::ISODate);
    o.insert("valid"_L1, expiry > QDateTime::currentDateTimeUtc() &&
                             store.userCount() <= o.value("maxUsers"_L1).toInt());
    return o;
}

} // namespace

void registerLicenseRoutes(SimRouter &router, SimStore &store)
{
    const QString licensing = u"Licensing"_s;
    router.add("GET", u"admin:license"_s, licensing,
               [&store](SimRequest &) { return SimResponse::json(200, licenseView(store)); });
    router.add("GET", u"admin:license/tenancyKey"_s, licensing, [&store](SimRequest &) {
        return SimResponse::json(
            200, {{"tenancyKey"_L1, store.license.value("tenancyKey"_L1).toString()}});
    });
    router.add("POST", u"admin:license"_s, licensing, [&store](SimRequest &req) {
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        QString keyText;
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key().compare("licenseKey"_L1, Qt::CaseInsensitive) == 0)
                keyText = it.value().toString();
        }
        QString error;
        if (keyText.size() > Limits::kShortText)
            return SimResponse::error(
                400, u"A license key is not that long."_s,
                {{u"licenseKey"_s, {u"At most %1 characters."_s.arg(Limits::kShortText)}}});
        const auto key = SimLicenseKey::parse(keyText, &error);
        if (!key)
            return SimResponse::error(400, error, {{u"licenseKey"_s, {error}}});
        store.license.insert("key"_L1, key->toString());
        store.license.insert("edition"_L1, key->edition);
        store.license.insert("maxUsers"_L1, key->maxUsers);
        store.license.insert("issuedUtc"_L1,
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        store.license.insert(
            "expiryUtc"_L1,
            QDateTime(key->expiry, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs));
        return SimResponse::json(200, licenseView(store));
    });
}

} // namespace infiniti::sim
