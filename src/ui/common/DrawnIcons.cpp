#include "ui/common/DrawnIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPalette>
#include <QTransform>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {

// Each drawing is on a 16 × 16 grid, scaled to the size asked for; its paths are made 16 times
// larger (curves combined by QPainterPath's set operations become polygons: made large, their
// corners are too fine to see).
constexpr qreal kGrid = 16.0;
constexpr qreal kFine = 16.0;

QPainterPath fine(const QPainterPath &path)
{
    return QTransform::fromScale(kFine, kFine).map(path);
}

// A drawing's shapes, each outlined and filled: `behind` is drawn first, cut away where `front`
// (with a gap around it) covers it.
struct Drawing
{
    QPainterPath front;
    QPainterPath behind;
};

// A head and the shoulders below it: the body a half ellipse on a short straight base.
QPainterPath person(QPointF head, qreal headRadius, QRectF body)
{
    QPainterPath path;
    path.addEllipse(head, headRadius, headRadius);
    const qreal curve = body.width() * 0.45; // the shoulders' height
    path.moveTo(body.left(), body.bottom());
    path.lineTo(body.left(), body.top() + curve);
    path.arcTo(QRectF(body.left(), body.top(), body.width(), 2 * curve), 180, -180);
    path.lineTo(body.right(), body.bottom());
    path.closeSubpath();
    return fine(path);
}

Drawing drawingOf(DrawnIcon which)
{
    switch (which) {
    case DrawnIcon::Person:
        return {person({8, 4.5}, 3, {2.5, 9.5, 11, 5}), {}};
    case DrawnIcon::People:
        // One in front, one behind and to the right.
        return {person({6, 6.5}, 2.5, {1.5, 11, 9, 3.5}),
                person({10.5, 3.5}, 2.25, {6.5, 7.5, 8, 7})};
    case DrawnIcon::Key:
        break;
    }
    // Its bow on the left, the bit on the right, edges on whole pixels at 16 × 16.
    QPainterPath bow;
    bow.addEllipse(QPointF(5, 8), 4, 4);
    QPainterPath shaft;
    shaft.moveTo(8.5, 6.5);
    shaft.lineTo(15.5, 6.5);
    shaft.lineTo(15.5, 11.5);
    shaft.lineTo(13.5, 11.5);
    shaft.lineTo(13.5, 9.5);
    shaft.lineTo(12.5, 9.5);
    shaft.lineTo(12.5, 12.5);
    shaft.lineTo(10.5, 12.5);
    shaft.lineTo(10.5, 9.5);
    shaft.lineTo(8.5, 9.5);
    QPainterPath hole;
    hole.addEllipse(QPointF(4, 8), 1.5, 1.5);
    return {fine(bow).united(fine(shaft)).subtracted(fine(hole)), {}};
}

class DrawnIconEngine : public QIconEngine
{
public:
    explicit DrawnIconEngine(DrawnIcon which)
        : m_which(which)
        , m_drawing(drawingOf(which))
    {
        if (m_drawing.behind.isEmpty())
            return;
        // Everything but the front shape and a gap around it.
        QPainterPathStroker gap;
        gap.setWidth(3 * kFine);
        gap.setJoinStyle(Qt::RoundJoin);
        m_clip.addRect(QRectF(0, 0, kGrid * kFine, kGrid * kFine));
        m_clip = m_clip.subtracted(m_drawing.front.united(gap.createStroke(m_drawing.front)));
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // The palette of the moment (light or dark, a selected row's), not the one the icon
        // was made in.
        const QPalette palette = QGuiApplication::palette();
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / (kGrid * kFine), side / (kGrid * kFine));
        // Outlined in the text's colour and filled with a tint of the selection's, as Qt's own
        // icons are outlined and lightly coloured; on a selected row, all in its text's colour.
        QColor outline = palette.color(QPalette::Text);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(0.5f);
        if (mode == QIcon::Selected || mode == QIcon::Disabled) {
            outline =
                palette.color(mode == QIcon::Selected ? QPalette::Normal : QPalette::Disabled,
                              mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::Text);
            fill = outline;
            fill.setAlphaF(0.3f);
        }
        QPen pen(outline, kFine); // one pixel at 16 × 16
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(fill);
        if (!m_drawing.behind.isEmpty()) {
            painter->save();
            painter->setClipPath(m_clip, Qt::IntersectClip);
            painter->drawPath(m_drawing.behind);
            painter->restore();
        }
        painter->drawPath(m_drawing.front);
        painter->restore();
    }

    // The base class paints onto an uninitialised pixmap: here onto a transparent one, at the
    // size in device pixels (QIcon sets the ratio on it).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            paint(&painter, QRect(QPoint(), size), mode, state);
        }
        return QPixmap::fromImage(image);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return pixmap(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}, {64, 64}};
    }

    bool isNull() override { return false; }
    QString key() const override { return u"infiniti.drawn"_s; }
    QIconEngine *clone() const override { return new DrawnIconEngine(m_which); }

private:
    DrawnIcon m_which;
    Drawing m_drawing;
    QPainterPath m_clip;
};

} // namespace

QIcon drawnIcon(DrawnIcon which)
{
    return QIcon(new DrawnIconEngine(which));
}

} // namespace infiniti
