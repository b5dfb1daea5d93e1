#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

namespace infiniti::sim {

// A self-signed certificate made at start for `--tls` (RSA 2048, SHA-256, valid for a year, for
// 127.0.0.1, ::1 and localhost), so TLS-trust tests need no files.
struct SimCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SimCertificate generate(QString *error);
};

} // namespace infiniti::sim
