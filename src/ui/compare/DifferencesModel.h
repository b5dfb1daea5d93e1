#pragma once

#include "compare/Difference.h"

#include <array>
#include <QAbstractTableModel>
#include <QIcon>

namespace infiniti {

// The differences of a comparison as a table: name (with a check box for promoting), part,
// change (a word, the aspects and a badge, as seen from the target) and the summary in words.
// Check boxes can be turned off (the differences left after a promotion are only to be read).
class DifferencesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PartColumn, ChangeColumn, SummaryColumn, ColumnCount };
    enum Role {
        PartRole = Qt::UserRole + 1, // int(compare::Part)
        ChangeRole,                  // int(compare::Change)
        KeyRole,                     // Difference::key, stable across runs
        SearchTextRole,              // name and summary, for the text filter
    };

    explicit DifferencesModel(QObject *parent = nullptr);

    // `source` and `target` are the connections' names, for tool tips.
    void setDifferences(const QList<compare::Difference> &differences, const QString &source,
                        const QString &target);
    void clear();
    void setCheckable(bool checkable);

    const QList<compare::Difference> &differences() const { return m_differences; }
    const compare::Difference &difference(int row) const { return m_differences.at(row); }
    bool isChecked(int row) const { return m_checked.at(row); }
    void setChecked(const QList<int> &rows, bool checked);
    int checkedCount() const { return m_checkedCount; }
    // The ticked differences, in the comparison's order.
    QList<compare::Difference> checkedDifferences() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged(int checkedCount);

private:
    QString changeText(const compare::Difference &d) const;

    QList<compare::Difference> m_differences;
    QList<bool> m_checked;
    int m_checkedCount = 0;
    bool m_checkable = true;
    QString m_source;
    QString m_target;
    // Drawn once per model reset: the badges follow the theme in use then.
    std::array<QIcon, 3> m_icons;
};

} // namespace infiniti
