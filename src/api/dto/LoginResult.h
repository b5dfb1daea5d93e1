#pragma once

#include <QJsonObject>
#include <QString>

namespace infiniti {

// The answer of `login/*`: PascalCase in the vendor's docs, camelCase from newer servers.
struct LoginResult
{
    QString token;
    QString userId;
    QString userName;
    QString produceVersion;

    static LoginResult fromJson(const QJsonObject &o);
    bool isValid() const { return !token.isEmpty(); }
};

} // namespace infiniti
