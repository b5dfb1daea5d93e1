#pragma once

#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <functional>

namespace infiniti {

class PagedListModel;

// The filter box's text match over a list pane's rows (what a cell shows, or the server's
// word where it shows that in words: "Content" finds the rows that say "Inhalt"), narrowed
// further by the pane's own criteria (type, category…). Sorting: a model that orders every row
// itself (PagedListModel::sortsRows(), the users) is asked to; this proxy then keeps the model's
// order. Otherwise the proxy sorts the rows loaded.
class ListProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ListProxy(QObject *parent = nullptr);

    void setListModel(PagedListModel *model);
    std::function<bool(const QJsonObject &)> extra;
    void refilter() { invalidateFilter(); }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    // Text in the order of DisplayText::sortKey() (user2 before user10), as the users' model
    // sorts; other values as Qt compares them.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Whether the filter text is in a cell's text to sort by (the server's word where the cell
    // shows it in words).
    bool matchesServerWord(int row, const QModelIndex &parent) const;
    PagedListModel *m_list = nullptr;
};

} // namespace infiniti
