#pragma once

#include <QPointer>
#include <QWidget>

#include <utility>

class QLabel;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace infiniti {

class FileListModel;
class Session;

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
    // Saves the one selected document (Save… is disabled with none or several selected).
    void saveSelectedTo(const QString &path);
    // Opens each selected document; more than kOpenWithoutAsking only once the user agrees
    // (Cancel is the default).
    void openSelected();
    static constexpr int kOpenWithoutAsking = 10;

signals:
    void filesReady(int count); // every listed file is downloaded
    void saved(int count);

private:
    void fetchFiles();
    void fileArrived(const QString &id, const QByteArray &file);
    // Says how many of the listed documents are here; filesReady() once all of them are.
    void reportFiles();
    // Open and Save… follow the selection (never the current row alone); a disabled one's
    // tooltip says why.
    void updateButtons();
    QList<int> selectedRows() const;
    // Opens these documents (id, file name), each in its application; says which it could not.
    void openDocuments(const QList<std::pair<QString, QString>> &documents);
    QPointer<Session> m_session;
    FileListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_saveAll;
    QTemporaryDir *m_openDir = nullptr;
    QString m_outputId; // the id the files are listed by, when not a URL the server gave
};

} // namespace infiniti
