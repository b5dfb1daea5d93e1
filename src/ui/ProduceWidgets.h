#pragma once

#include <QJsonObject>
#include <QWidget>

#include <QJsonArray>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTemporaryDir;

namespace infiniti {

class DownloadJob;
class FileListModel;
class JsonListModel;
class Session;

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
    QTableWidget *m_table;
};

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
    QTableWidget *m_table;
};

// The published forms the user may run, in a combo box (id as data), filled from GET forms.
void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context);

// The files of a generated output (contract 3.7): listed from the server, each downloaded in
// the background so it can be opened, saved (one or all) or dragged out as a file.
class OutputFilesView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputFilesView(QWidget *parent = nullptr);
    ~OutputFilesView() override;
    // Lists the output at this URL (resourceLocation), or generatedoutput/{id}.
    void show(Session *session, const QUrl &location, const QString &outputId);
    void clear(const QString &message = {});
    FileListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Saves every file into `directory` (atomically each); reports in the status line.
    void saveAllTo(const QString &directory);
    void saveSelectedTo(const QString &path);
    void openSelected();

signals:
    void filesReady(int count); // every listed file is downloaded
    void saved(int count);

private:
    void fetchFiles();
    Session *m_session = nullptr;
    FileListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_saveAll;
    QTemporaryDir *m_openDir = nullptr;
};

} // namespace infiniti
