#include "ui/compare/DifferencesModel.h"

#include "ui/compare/ChangeStyle.h"

using namespace infiniti::compare;

namespace infiniti {

DifferencesModel::DifferencesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DifferencesModel::setDifferences(const QList<Difference> &differences, const QString &source,
                                      const QString &target)
{
    beginResetModel();
    m_differences = differences;
    m_checked = QList<bool>(differences.size(), false);
    m_checkedCount = 0;
    m_source = source;
    m_target = target;
    for (const Change c : {Change::Added, Change::Removed, Change::Changed})
        m_icons[size_t(c)] = ChangeStyle::icon(c);
    endResetModel();
    emit checkedChanged(0);
}

void DifferencesModel::clear()
{
    setDifferences({}, m_source, m_target);
}

void DifferencesModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void DifferencesModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = -1, last = -1;
    for (const int row : rows) {
        if (row < 0 || row >= m_checked.size() || m_checked.at(row) == checked)
            continue;
        m_checked[row] = checked;
        m_checkedCount += checked ? 1 : -1;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first < 0)
        return;
    emit dataChanged(index(first, NameColumn), index(last, NameColumn), {Qt::CheckStateRole});
    emit checkedChanged(m_checkedCount);
}

QList<Difference> DifferencesModel::checkedDifferences() const
{
    QList<Difference> out;
    for (int row = 0; row < m_differences.size(); ++row) {
        if (m_checked.at(row))
            out << m_differences.at(row);
    }
    return out;
}

int DifferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DifferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DifferencesModel::changeText(const Difference &d) const
{
    const QString aspects = ChangeStyle::aspects(d.aspects);
    return aspects.isEmpty() ? ChangeStyle::word(d.change)
                             : tr("%1 · %2").arg(ChangeStyle::word(d.change), aspects);
}

QVariant DifferencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Difference &d = m_differences.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case PartColumn:
            return partTitle(d.part);
        case ChangeColumn:
            return changeText(d);
        case SummaryColumn:
            return d.summary;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return ChangeStyle::explanation(d.change, m_source, m_target);
        if (index.column() == SummaryColumn || index.column() == NameColumn)
            return d.summary;
        break;
    case Qt::DecorationRole:
        if (index.column() == ChangeColumn)
            return m_icons[size_t(d.change)];
        break;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == NameColumn)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case PartRole:
        return int(d.part);
    case ChangeRole:
        return int(d.change);
    case KeyRole:
        return d.key;
    case SearchTextRole:
        return QString(d.name + QLatin1Char('\n') + d.summary);
    }
    return {};
}

bool DifferencesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked({index.row()}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags DifferencesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DifferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case PartColumn:
            return tr("Part");
        case ChangeColumn:
            return tr("Change");
        case SummaryColumn:
            return tr("What differs");
        }
    }
    if (role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("As seen from the target: added = only on the source, removed = only on the "
                  "target, changed = on both but not alike.");
    return {};
}

} // namespace infiniti
