#include "ui/lists/StaleBanner.h"

#include "api/ApiError.h"
#include "ui/shell/Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace infiniti {

StaleBanner::StaleBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"staleBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"staleText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QToolButton(this);
    retry->setObjectName(u"staleRetry"_s);
    retry->setText(tr("&Retry"));
    retry->setAutoRaise(true);
    connect(retry, &QToolButton::clicked, this, &StaleBanner::retryRequested);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(retry);
    hide();
}

void StaleBanner::show(const QDateTime &loadedAt, const ApiError &error)
{
    QPalette pal = palette(); // the theme may have changed since the last time
    pal.setColor(QPalette::Window, Theme::bannerBackground());
    pal.setColor(QPalette::WindowText, Theme::bannerText());
    setPalette(pal);
    m_text->setText(
        tr("Showing the list as it was at %1: the refresh failed. %2")
            .arg(QLocale().toString(loadedAt.time(), QLocale::ShortFormat), error.message()));
    m_text->setToolTip(error.details());
    QFrame::show();
}

} // namespace infiniti
