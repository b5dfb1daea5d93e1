#pragma once

#include "api/ApiRequest.h"

#include <QByteArrayList>
#include <QString>
#include <QUrl>

namespace infiniti {

// A saved connection: where the server is and who signed in last. Never holds a secret.
struct Profile
{
    QString name;
    QUrl manageUrl;
    QUrl produceUrl; // empty: derived from manageUrl (see effectiveProduceUrl)
    QString lastUser;
    bool rememberSignIn = false;
    // SHA-256 fingerprints (hex) of certificates the user chose to trust for this profile.
    QByteArrayList pinnedCertificates;

    // A trailing `/Manage` segment becomes `/Produce`; otherwise the same URL (how the emulator
    // serves both modules).
    static QUrl deriveProduceUrl(const QUrl &manageUrl);
    QUrl effectiveProduceUrl() const;
    // `{module URL}/api/v1/{admin|client}/`, always ending in a slash.
    QUrl apiBase(ApiModule module) const;
    // True when `url` has the scheme, host and port of the Manage or the Produce URL.
    bool isOwnOrigin(const QUrl &url) const;
    // Identifies a profile+user pair in the keychain.
    QString secretKey(const QString &user) const;

    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Adds a scheme when the user typed a bare host, and drops a trailing slash.
    static QUrl normaliseServerUrl(const QString &typed);
};

} // namespace infiniti
