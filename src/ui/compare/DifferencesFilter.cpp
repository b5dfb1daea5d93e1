#include "ui/compare/DifferencesFilter.h"

#include "ui/compare/DifferencesModel.h"

using namespace infiniti::compare;

namespace infiniti {

DifferencesFilter::DifferencesFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DifferencesFilter::setPart(std::optional<Part> part)
{
    m_part = part;
    invalidateFilter();
}

void DifferencesFilter::setChange(std::optional<Change> change)
{
    m_change = change;
    invalidateFilter();
}

void DifferencesFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool DifferencesFilter::isFiltering() const
{
    return m_part || m_change || !m_text.isEmpty();
}

QList<int> DifferencesFilter::shownSourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows << mapToSource(index(r, 0)).row();
    return rows;
}

bool DifferencesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_part && i.data(DifferencesModel::PartRole).toInt() != int(*m_part))
        return false;
    if (m_change && i.data(DifferencesModel::ChangeRole).toInt() != int(*m_change))
        return false;
    return m_text.isEmpty() || i.data(DifferencesModel::SearchTextRole)
                                   .toString()
                                   .contains(m_text, Qt::CaseInsensitive);
}

} // namespace infiniti
