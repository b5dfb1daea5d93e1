#include "ui/shell/Banner.h"

#include "ui/shell/Theme.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace infiniti {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"banner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    updateColours();
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_label->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the message"));
    m_label->setObjectName(u"bannerText"_s);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    hide();
}

void Banner::updateColours()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::bannerBackground());
    pal.setColor(QPalette::WindowText, Theme::bannerText());
    setPalette(pal);
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() ==
        QEvent::PaletteChange) // light ↔ dark (setting the same colours again sends none)
        updateColours();
    QFrame::changeEvent(event);
}

void Banner::showMessage(const QString &text, const QString &tooltip)
{
    m_label->setText(text);
    m_label->setToolTip(tooltip);
    show();
}

} // namespace infiniti
