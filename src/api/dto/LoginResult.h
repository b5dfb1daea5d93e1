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
    bool isValid() const { return usableToken(token); }
    // Whether a token can go in an Authorization header as it is: visible ASCII only. A CR or LF
    // in it would add header lines of the server's choosing to every request (and to the
    // Produce origin's), so such a token is refused, never cleaned.
    static bool usableToken(const QString &token);
};

} // namespace infiniti
