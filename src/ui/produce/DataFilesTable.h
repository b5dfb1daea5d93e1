#pragma once

#include "ui/common/CellTable.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;

namespace infiniti {

class Session;

// Data files for a form (contract 3.5 `data`): a file, and optionally the data source it is for
// (when the form has several). The data sources are offered by name once setSession() has read
// them (contract 4.6, an administrator's list: a user without the permission, or a server that
// refuses, is told so and types the data source's id instead). data() reads the files; an
// unreadable file is an error.
class DataFilesTable : public QWidget
{
    Q_OBJECT
public:
    explicit DataFilesTable(QWidget *parent = nullptr);
    // Reads the data sources to offer; until they come (or when they cannot) an id is typed.
    void setSession(Session *session);
    void addFile(const QString &path, const QString &dataSourceId = {});
    std::optional<QJsonArray> data(QString *error) const;
    QTableWidget *table() const { return m_table; }
    // (name, id) of the data sources read, sorted by name; empty until they are.
    const QList<std::pair<QString, QString>> &dataSources() const { return m_sources; }
    // Says whether the data sources are being read, could not be, or what to do.
    QLabel *sourcesState() const { return m_state; }
    // Sets a row's data source: one of dataSources() by its name or id, else the text as an id.
    void setDataSource(int row, const QString &nameOrId);

signals:
    void dataSourcesRead(); // or failed to be: sourcesState() says which

private:
    void showSourceNames();
    QString sourceOf(int row) const; // the data source's id a row is for, or empty

    CellTable *m_table;
    QLabel *m_state;
    QList<std::pair<QString, QString>> m_sources;
};

} // namespace infiniti
