#pragma once

#include "compare/Difference.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace infiniti {

// The differences shown: one part or all, one kind of change or all, and a text found in the
// name or the summary (any case). Sorts by any column.
class DifferencesFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DifferencesFilter(QObject *parent = nullptr);

    void setPart(std::optional<compare::Part> part);
    void setChange(std::optional<compare::Change> change);
    void setText(const QString &text);
    bool isFiltering() const;
    // The source rows shown, in the view's order.
    QList<int> shownSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<compare::Part> m_part;
    std::optional<compare::Change> m_change;
    QString m_text;
};

} // namespace infiniti
