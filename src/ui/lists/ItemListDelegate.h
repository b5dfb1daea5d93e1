#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace infiniti {

// Draws a cell that lists names (PagedListModel::ItemsRole: a user's groups, a role's
// permissions) cut after its last whole name that fits, with how many more there are
// ("Infiniti Users, Claims, +2 more") instead of cutting a name in the middle; the whole list is
// the cell's tooltip. A cell that fits is drawn as any other: only a cut one asks the model for
// its names, so a long list paints no slower (docs/PERFORMANCE.md).
class ItemListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The names that fit in `width` followed by "+N more"; all of them when they fit.
    static QString fit(const QStringList &items, const QFontMetrics &metrics, int width);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace infiniti
