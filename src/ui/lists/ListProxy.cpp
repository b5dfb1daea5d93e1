#include "ui/lists/ListProxy.h"

#include "models/DisplayText.h"
#include "models/PagedListModel.h"

#include <QRegularExpression>

namespace infiniti {

ListProxy::ListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ListProxy::setListModel(PagedListModel *model)
{
    m_list = model;
    setSourceModel(model);
}

void ListProxy::sort(int column, Qt::SortOrder order)
{
    if (m_list && m_list->sortsRows()) {
        if (sortColumn() >= 0)
            QSortFilterProxyModel::sort(-1); // the model's order, row for row
        m_list->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool ListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return DisplayText::sortKey(l.toString()) < DisplayText::sortKey(r.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ListProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(row, parent) && !matchesServerWord(row, parent))
        return false;
    return !extra ||
           extra(
               sourceModel()->index(row, 0, parent).data(PagedListModel::JsonRole).toJsonObject());
}

} // namespace infiniti

namespace infiniti {

bool ListProxy::matchesServerWord(int row, const QModelIndex &parent) const
{
    // A cell shown in words ("Formular", "Inhalt") holds the server's word ("Form", "Content")
    // as its text to sort by: the filter finds a row by either. Only text: a date's or a
    // number's sort value is no word anyone types.
    const QRegularExpression &pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty() || !sourceModel())
        return false;
    for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
        const QVariant word = sourceModel()->index(row, column, parent).data(sortRole());
        if (word.typeId() == QMetaType::QString && word.toString().contains(pattern))
            return true;
    }
    return false;
}

} // namespace infiniti
