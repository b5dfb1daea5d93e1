// GET/POST license and GET license/tenancyKey (contract 4.11, 9.2).
#include "sim/SimHttp.h"
#include "sim/SimLicense.h"
#include "sim/SimRoutes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace infiniti::sim {

namespace {
QString checksum(const QString &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex().left(4)).toUpper();
}
} // namespace

std::optional<SimLicenseKey> SimLicenseKey::parse(const QString &key, QString *error)
{
    static const QRegularExpression shape(QStringLiteral("^INF1-([A-Za-z]+)-(\\d{1,7})-(\\d{8})-([0-9A-F]{4})$"));
    const auto m = shape.match(key.trimmed());
    if (!m.hasMatch()) {
        *error = QStringLiteral("A license key looks like INF1-<edition>-<maxUsers>-<yyyymmdd>-<checksum>.");
        return std::nullopt;
    }
    SimLicenseKey k;
    k.edition = m.captured(1);
    k.maxUsers = m.captured(2).toInt();
    k.expiry = QDate::fromString(m.captured(3), QStringLiteral("yyyyMMdd"));
    if (!k.expiry.isValid()) {
        *error = QStringLiteral("The expiry date in the key is not a date.");
        return std::nullopt;
    }
    if (checksum(key.trimmed().left(key.trimmed().size() - 5)) != m.captured(4)) {
        *error = QStringLiteral("The license key's checksum does not match; check it for typing mistakes.");
        return std::nullopt;
    }
    return k;
}

QString SimLicenseKey::toString() const
{
    const QString body = QStringLiteral("INF1-%1-%2-%3").arg(edition).arg(maxUsers).arg(expiry.toString(QStringLiteral("yyyyMMdd")));
    return body + QLatin1Char('-') + checksum(body);
}

namespace {

QJsonObject licenseView(const SimStore &store)
{
    QJsonObject o = store.license;
    const QString key = o.take(QLatin1StringView("key")).toString();
    o.insert(QLatin1StringView("licenseKey"), QString(QStringLiteral("XXXX-XXXX-XXXX-") + key.right(4)));
    o.insert(QLatin1StringView("currentUsers"), store.userCount());
    o.insert(QLatin1StringView("currentProjects"), int(store.documents(QStringLiteral("projects")).size()));
    const QDateTime expiry = QDateTime::fromString(o.value(QLatin1StringView("expiryUtc")).toString(), Qt::ISODate);
    o.insert(QLatin1StringView("valid"), expiry > QDateTime::currentDateTimeUtc()
                                             && store.userCount() <= o.value(QLatin1StringView("maxUsers")).toInt());
    return o;
}

} // namespace

void registerLicenseRoutes(SimRouter &router, SimStore &store)
{
    const QString licensing = QStringLiteral("Licensing");
    router.add("GET", QStringLiteral("admin:license"), licensing,
               [&store](SimRequest &) { return SimResponse::json(200, licenseView(store)); });
    router.add("GET", QStringLiteral("admin:license/tenancyKey"), licensing, [&store](SimRequest &) {
        return SimResponse::json(200, {{QLatin1StringView("tenancyKey"), store.license.value(QLatin1StringView("tenancyKey")).toString()}});
    });
    router.add("POST", QStringLiteral("admin:license"), licensing, [&store](SimRequest &req) {
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        QString keyText;
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key().compare(QLatin1StringView("licenseKey"), Qt::CaseInsensitive) == 0)
                keyText = it.value().toString();
        }
        QString error;
        const auto key = SimLicenseKey::parse(keyText, &error);
        if (!key)
            return SimResponse::error(400, error, {{QStringLiteral("licenseKey"), {error}}});
        store.license.insert(QLatin1StringView("key"), key->toString());
        store.license.insert(QLatin1StringView("edition"), key->edition);
        store.license.insert(QLatin1StringView("maxUsers"), key->maxUsers);
        store.license.insert(QLatin1StringView("issuedUtc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        store.license.insert(QLatin1StringView("expiryUtc"),
                             QDateTime(key->expiry, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs));
        return SimResponse::json(200, licenseView(store));
    });
}

} // namespace infiniti::sim
