#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace infiniti::Theme {

namespace {
Mode g_current = Mode::System;
bool g_captured = false;
QString g_platformStyle;
QPalette g_platformPalette;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0d, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4a));
    return p;
}

// Fusion draws a check box or radio button in Base, edged a shade darker than Window: in the
// dark palette both are nearly black, and the box was all but invisible (on a sheet as in a
// list). Here it is lighter than anything it stands on, so that it shows, ticked or not.
class DarkIndicators : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (!button || (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionButton lighter(*button);
        const bool enabled = button->state & State_Enabled;
        lighter.palette.setColor(QPalette::Base, enabled ? indicatorBase : indicatorBaseDisabled);
        lighter.palette.setColor(QPalette::Window, indicatorEdge); // its edge: Window, darker
        QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
    }

    static constexpr QColor indicatorBase{0x4a, 0x4d, 0x52};
    static constexpr QColor indicatorBaseDisabled{0x35, 0x37, 0x3a};
    static constexpr QColor indicatorEdge{0xb4, 0xb8, 0xbe}; // drawn 1.4× darker: #808388
};
} // namespace

Mode saved()
{
    Mode mode = Mode::System;
    fromName(QSettings().value(u"appearance/theme"_s).toString(), &mode);
    return mode;
}

void save(Mode mode)
{
    QSettings().setValue(u"appearance/theme"_s, name(mode));
}

void apply(Mode mode)
{
    if (!g_captured) {
        g_platformStyle = QApplication::style()->name();
        g_platformPalette = QApplication::palette();
        g_captured = true;
    }
    g_current = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(g_platformStyle));
        QApplication::setPalette(g_platformPalette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(new DarkIndicators(QStyleFactory::create(u"Fusion"_s)));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Mode current()
{
    return g_current;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

bool fromName(const QString &text, Mode *mode)
{
    for (const Mode m : {Mode::System, Mode::Light, Mode::Dark}) {
        if (text.compare(name(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool isDark()
{
    // Whatever set it (our palette, or a dark desktop theme under System).
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor errorColor()
{
    return isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void showAsError(QWidget *widget, bool error)
{
    if (!widget)
        return;
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText,
                 error ? errorColor() : QApplication::palette(widget).color(QPalette::WindowText));
    widget->setPalette(pal);
}

QColor warningColor()
{
    return isDark() ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb2, 0x6b, 0x00);
}

QColor okColor()
{
    return isDark() ? QColor(0x7e, 0xe7, 0x87) : QColor(0x2e, 0x7d, 0x32);
}

QColor bannerBackground()
{
    return isDark() ? QColor(0x4d, 0x3d, 0x00) : QColor(0xff, 0xf4, 0xce);
}

QColor bannerText()
{
    return isDark() ? QColor(0xff, 0xe8, 0xa3) : QColor(0x3b, 0x2f, 0x00);
}

} // namespace infiniti::Theme
