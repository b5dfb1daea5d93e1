#pragma once

#include "ui/common/CellTable.h"

#include <QJsonObject>
#include <QWidget>

namespace infiniti {

// Named values for a form (label → value), as generate and prepare form send them.
class ValuesTable : public QWidget
{
    Q_OBJECT
public:
    explicit ValuesTable(QWidget *parent = nullptr);
    void setValue(const QString &label, const QString &value);
    QJsonObject values() const;
    QTableWidget *table() const { return m_table; }

private:
    CellTable *m_table;
};

} // namespace infiniti
