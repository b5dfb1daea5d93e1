#include "ui/lists/ItemListDelegate.h"

#include "models/PagedListModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace infiniti {

QString ItemListDelegate::fit(const QStringList &items, const QFontMetrics &metrics, int width)
{
    const QString separator = u", "_s;
    const QString all = items.join(separator);
    if (items.size() < 2 || metrics.horizontalAdvance(all) <= width)
        return metrics.elidedText(all, Qt::ElideRight, width);
    // The widths of the first k names with their separators, measured name by name: close to
    // the whole text's (but for kerning and rounding), to start near the answer and measure only
    // a few candidates whole.
    const int separatorWidth = metrics.horizontalAdvance(separator);
    QList<int> prefix{0};
    for (const QString &item : items)
        prefix << prefix.last() + (prefix.size() > 1 ? separatorWidth : 0) +
                      metrics.horizontalAdvance(item);
    const auto more = [&items](qsizetype shown) {
        return tr("+%n more", "names not shown", int(items.size() - shown));
    };
    qsizetype start = items.size() - 1;
    while (start > 1 &&
           prefix.at(start - 1) + separatorWidth + metrics.horizontalAdvance(more(start - 1)) >
               width)
        --start;
    for (qsizetype shown = start; shown >= 1; --shown) {
        const QString text = items.first(shown).join(separator) + separator + more(shown);
        if (metrics.horizontalAdvance(text) <= width)
            return text;
    }
    // Not even the first name fits whole: as much of it as fits, then how many more.
    const QString rest = separator + more(1);
    const int room = width - metrics.horizontalAdvance(rest);
    if (room >= metrics.horizontalAdvance(items.first().left(3) + u"…"_s)) // three letters at least
        return metrics.elidedText(items.first(), Qt::ElideRight, room) + rest;
    return metrics.elidedText(all, Qt::ElideRight, width);
}

void ItemListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The room the style leaves the text (its margins on both sides).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int room =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).width() - 2 * margin;
    if (opt.fontMetrics.horizontalAdvance(opt.text) > room) {
        const QStringList items = index.data(PagedListModel::ItemsRole).toStringList();
        if (items.size() > 1) {
            opt.text = fit(items, opt.fontMetrics, room);
            opt.textElideMode = Qt::ElideRight;
        }
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

} // namespace infiniti
