#include "ui/shell/CertificateTrustDialog.h"

#include "ui_CertificateTrustDialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
QString names(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    for (auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization,
                           QSslCertificate::OrganizationalUnitName}) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        parts += values;
    }
    return parts.join(u", "_s);
}

} // namespace

QString CertificateTrustDialog::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateTrustDialog::formatFingerprint(const QByteArray &hex)
{
    QString out;
    const QString upper = QString::fromLatin1(hex).toUpper();
    for (qsizetype i = 0; i < upper.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += upper.mid(i, 2);
    }
    return out;
}

CertificateTrustDialog::CertificateTrustDialog(const QString &host,
                                               const QSslCertificate &certificate,
                                               const QByteArrayList &pinnedBefore, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateTrustDialog>())
    , m_change(!pinnedBefore.isEmpty())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(
        style()
            ->standardIcon(m_change ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(48, 48));
    m_ui->intro->setText(
        m_change
            ? tr("<b>The certificate of %1 has changed</b> since you trusted it for this "
                 "connection. A server gets a new certificate when the old one is renewed — "
                 "but this is also what it looks like when someone intercepts the connection. "
                 "Trust the new one only if its fingerprint matches the one your administrator "
                 "gave you for the new certificate.")
                  .arg(host.toHtmlEscaped())
            : tr("<b>%1</b> presented a certificate that this computer does not trust. "
                 "Someone may be pretending to be the server. Trust it only if the "
                 "fingerprint matches the one your administrator gave you.")
                  .arg(host.toHtmlEscaped()));
    const QLocale locale;
    m_ui->issuedTo->setText(names(certificate, false));
    m_ui->issuedBy->setText(names(certificate, true));
    m_ui->validFrom->setText(locale.toString(certificate.effectiveDate(), QLocale::LongFormat));
    m_ui->validUntil->setText(locale.toString(certificate.expiryDate(), QLocale::LongFormat));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_change) {
        setWindowTitle(tr("Certificate changed"));
        QStringList before;
        for (const QByteArray &pin : pinnedBefore)
            before << formatFingerprint(pin);
        m_ui->pinnedFingerprint->setText(before.join(QLatin1Char('\n')));
        m_ui->pinnedFingerprint->setFont(fixed);
        m_ui->fingerprintLabel->setText(tr("New fingerprint (SHA-256):"));
    } else {
        m_ui->form->removeRow(m_ui->pinnedFingerprint); // nothing was trusted before
    }
    m_ui->fingerprint->setText(fingerprint(certificate));
    m_ui->fingerprint->setFont(fixed);
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    if (m_change)
        cancel->setText(tr("&Do not trust it"));
    auto *trust = m_ui->buttons->addButton(m_change ? tr("&Trust the new certificate")
                                                    : tr("&Trust this certificate"),
                                           QDialogButtonBox::AcceptRole);
    trust->setObjectName(u"trust"_s);
    trust->setAutoDefault(false);
    cancel->setDefault(true); // "no" unless chosen
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateTrustDialog::~CertificateTrustDialog() = default;

} // namespace infiniti
