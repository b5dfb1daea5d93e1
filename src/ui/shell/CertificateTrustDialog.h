#pragma once

#include <QDialog>
#include <QSslCertificate>

#include <memory>

namespace Ui {
class CertificateTrustDialog;
}

namespace infiniti {

// Asks whether to trust a certificate nobody vouched for: subject, issuer, validity and SHA-256
// fingerprint, with "Cancel" as the default. Trusting pins it for the one connection profile.
// When the profile had pinned another certificate, it is a different question — the server's
// certificate changed since it was trusted — and the dialog says so, with the fingerprints
// pinned before beside the new one. Its layout is the Designer form ui/CertificateTrustDialog.ui.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateTrustDialog(const QString &host, const QSslCertificate &certificate,
                           const QByteArrayList &pinnedBefore = {}, QWidget *parent = nullptr);
    ~CertificateTrustDialog() override;
    bool isChange() const { return m_change; }
    static QString fingerprint(const QSslCertificate &certificate); // AB:CD:… (SHA-256)
    // A pinned fingerprint (hex, as a profile keeps it) in the same AB:CD:… form.
    static QString formatFingerprint(const QByteArray &hex);

private:
    std::unique_ptr<Ui::CertificateTrustDialog> m_ui;
    bool m_change;
};

} // namespace infiniti
