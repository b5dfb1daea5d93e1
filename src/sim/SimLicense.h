#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace infiniti::sim {

// The emulator's license key: INF1-<edition>-<maxUsers>-<yyyymmdd expiry>-<checksum>, where
// the checksum is the first four hex digits (upper case) of the SHA-256 of everything before it.
struct SimLicenseKey
{
    QString edition;
    int maxUsers = 0;
    QDate expiry;

    static std::optional<SimLicenseKey> parse(const QString &key, QString *error);
    QString toString() const;
};

} // namespace infiniti::sim
