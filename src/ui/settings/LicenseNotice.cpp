#include "ui/settings/LicenseNotice.h"

#include "api/endpoints/LicenseEndpoints.h"
#include "api/Session.h"
#include "ui/shell/Theme.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
QString sentence(const License::Expiring &e)
{
    const int days = int(qAbs(e.days));
    if (e.module.isEmpty()) {
        if (e.days < 0)
            return LicenseNotice::tr("The license expired %n day(s) ago", nullptr, days);
        if (e.days == 0)
            return LicenseNotice::tr("The license expires today");
        return LicenseNotice::tr("The license expires in %n day(s)", nullptr, days);
    }
    if (e.days < 0)
        return LicenseNotice::tr("The %1 module expired %n day(s) ago", nullptr, days)
            .arg(e.module);
    if (e.days == 0)
        return LicenseNotice::tr("The %1 module expires today").arg(e.module);
    return LicenseNotice::tr("The %1 module expires in %n day(s)", nullptr, days).arg(e.module);
}
} // namespace

LicenseNotice::LicenseNotice(Session *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(u"licenseNotice"_s);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, &LicenseNotice::activated);
    hide();
}

void LicenseNotice::check(bool mayRead)
{
    const int generation = ++m_generation;
    if (!mayRead || !m_session) {
        hide();
        return;
    }
    m_session->call(LicenseEndpoints::get())
        .then(
            this,
            [this, generation](const QJsonObject &license) {
                if (generation == m_generation)
                    display(License::fromJson(license));
            },
            [this, generation](const ApiError &) {
                if (generation == m_generation)
                    hide(); // the license's own dialog says why when it is opened
            });
}

void LicenseNotice::display(const License &license, const QDate &today)
{
    const QList<License::Expiring> soon = license.expiringSoon(today);
    if (soon.isEmpty()) {
        setText(QString());
        setToolTip(QString());
        hide();
        return;
    }
    const QString first = sentence(soon.first());
    const QString text =
        soon.size() == 1 ? first : tr("%1 (and %n more)", nullptr, int(soon.size() - 1)).arg(first);
    setText(u"<a href=\"license\" style=\"color:%1\">%2</a>"_s.arg(Theme::errorColor().name(),
                                                                   text.toHtmlEscaped()));
    QStringList all;
    for (const License::Expiring &e : soon)
        all << sentence(e);
    setToolTip(all.join(QLatin1Char('\n')) + u"\n\n"_s + tr("Click to open the license."));
    setAccessibleName(text);
    show();
}

} // namespace infiniti
