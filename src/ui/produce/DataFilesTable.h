#pragma once

#include "ui/common/CellTable.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

namespace infiniti {

// Data files for a form (contract 3.5 `data`): a file, and optionally the data source it is for
// (its id, when the form has several). data() reads them; an unreadable file is an error.
class DataFilesTable : public QWidget
{
    Q_OBJECT
public:
    explicit DataFilesTable(QWidget *parent = nullptr);
    void addFile(const QString &path, const QString &dataSourceId = {});
    std::optional<QJsonArray> data(QString *error) const;
    QTableWidget *table() const { return m_table; }

private:
    CellTable *m_table;
};

} // namespace infiniti
