#include "ui/compare/ChangeStyle.h"

#include "ui/shell/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace infiniti::compare;

namespace infiniti {

namespace {
QPixmap changeBadge(Change change, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = ChangeStyle::color(change);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    const QRectF box(1, 1, size - 2, size - 2);
    p.drawRoundedRect(box, 3, 3);
    // The glyph in the opposite lightness of the fill, whatever the theme.
    QPen pen(fill.lightness() > 140 ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
    pen.setWidthF(size / 7.0);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    const QPointF c = box.center();
    const qreal r = size * 0.25;
    switch (change) {
    case Change::Added:
        p.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        p.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r));
        break;
    case Change::Removed:
        p.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        break;
    case Change::Changed: {
        QPainterPath wave;
        wave.moveTo(c.x() - r, c.y() + r * 0.3);
        wave.cubicTo(c.x() - r * 0.4, c.y() - r * 0.9, c.x() + r * 0.4, c.y() + r * 0.9, c.x() + r,
                     c.y() - r * 0.3);
        p.setBrush(Qt::NoBrush);
        p.drawPath(wave);
        break;
    }
    }
    return pixmap;
}
} // namespace

QString ChangeStyle::word(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Changed:
        return tr("Changed");
    }
    return {};
}

QString ChangeStyle::aspects(Aspects a)
{
    QStringList out;
    if (a.testFlag(Aspect::Renamed))
        out << tr("renamed");
    if (a.testFlag(Aspect::Moved))
        out << tr("moved");
    if (a.testFlag(Aspect::NewerHere))
        out << tr("newer here");
    if (a.testFlag(Aspect::NewerThere))
        out << tr("newer there");
    if (a.testFlag(Aspect::ContentDiffers))
        out << tr("other content");
    if (a.testFlag(Aspect::OtherId))
        out << tr("other id");
    return out.join(QStringLiteral(", "));
}

QString ChangeStyle::explanation(Change change, const QString &source, const QString &target)
{
    switch (change) {
    case Change::Added:
        return tr("Only on %1: promoting creates it on %2.").arg(source, target);
    case Change::Removed:
        return tr("Only on %1: promoting can delete it there.").arg(target);
    case Change::Changed:
        return tr("On both, not alike: promoting makes %1's like %2's.").arg(target, source);
    }
    return {};
}

QColor ChangeStyle::color(Change change)
{
    switch (change) {
    case Change::Added:
        return Theme::okColor();
    case Change::Removed:
        return Theme::errorColor();
    case Change::Changed:
        return Theme::warningColor();
    }
    return {};
}

QIcon ChangeStyle::icon(Change change)
{
    // Drawn for the theme in use: the colours differ between light and dark.
    QIcon out;
    for (const qreal dpr : {1.0, 2.0})
        out.addPixmap(changeBadge(change, 16, dpr));
    return out;
}

} // namespace infiniti
