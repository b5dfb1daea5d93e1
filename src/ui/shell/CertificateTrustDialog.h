#pragma once

#include <QDialog>
#include <QSslCertificate>

namespace infiniti {

// Asks whether to trust a certificate nobody vouched for: subject, issuer, validity and SHA-256
// fingerprint, with "Cancel" as the default. Trusting pins it for the one connection profile.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateTrustDialog(const QString &host, const QSslCertificate &certificate, QWidget *parent = nullptr);
    static QString fingerprint(const QSslCertificate &certificate); // AB:CD:… (SHA-256)
};

} // namespace infiniti
