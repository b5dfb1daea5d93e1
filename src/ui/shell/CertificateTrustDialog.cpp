#include "ui/shell/CertificateTrustDialog.h"

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
    for (auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::OrganizationalUnitName}) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        parts += values;
    }
    return parts.join(u", "_s);
}

QLabel *value(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
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

CertificateTrustDialog::CertificateTrustDialog(const QString &host, const QSslCertificate &certificate,
                                               const QByteArrayList &pinnedBefore, QWidget *parent)
    : QDialog(parent)
    , m_change(!pinnedBefore.isEmpty())
{
    setObjectName(u"certificateTrustDialog"_s);
    setWindowTitle(m_change ? tr("Certificate changed") : tr("Untrusted certificate"));
    setMinimumWidth(620);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(m_change ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *intro = new QLabel(m_change ? tr("<b>The certificate of %1 has changed</b> since you trusted it for this "
                                           "connection. A server gets a new certificate when the old one is renewed — "
                                           "but this is also what it looks like when someone intercepts the connection. "
                                           "Trust the new one only if its fingerprint matches the one your administrator "
                                           "gave you for the new certificate.")
                                            .arg(host.toHtmlEscaped())
                                      : tr("<b>%1</b> presented a certificate that this computer does not trust. "
                                           "Someone may be pretending to be the server. Trust it only if the "
                                           "fingerprint matches the one your administrator gave you.")
                                            .arg(host.toHtmlEscaped()));
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);
    const QLocale locale;
    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), value(names(certificate, false)));
    form->addRow(tr("Issued by:"), value(names(certificate, true)));
    form->addRow(tr("Valid from:"), value(locale.toString(certificate.effectiveDate(), QLocale::LongFormat)));
    form->addRow(tr("Valid until:"), value(locale.toString(certificate.expiryDate(), QLocale::LongFormat)));
    if (m_change) {
        QStringList before;
        for (const QByteArray &pin : pinnedBefore)
            before << formatFingerprint(pin);
        auto *old = value(before.join(QLatin1Char('\n')));
        old->setObjectName(u"pinnedFingerprint"_s);
        old->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        form->addRow(tr("Trusted before (SHA-256):"), old);
    }
    auto *print = value(fingerprint(certificate));
    print->setObjectName(u"fingerprint"_s);
    print->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(m_change ? tr("New fingerprint (SHA-256):") : tr("SHA-256 fingerprint:"), print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(u"buttons"_s);
    if (m_change)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Do not trust it"));
    auto *trust = buttons->addButton(m_change ? tr("&Trust the new certificate") : tr("&Trust this certificate"),
                                     QDialogButtonBox::AcceptRole);
    trust->setObjectName(u"trust"_s);
    trust->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // "no" unless chosen
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace infiniti
