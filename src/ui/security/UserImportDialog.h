#pragma once

#include "api/UserImport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Ui {
class UserImportDialog;
}

namespace infiniti {

class Session;

// Import users from CSV: a preview that checks every row (against the groups and roles on the
// server, and whether its username exists — create or update, which fields change; the
// signed-in account flagged) before anything is sent, then create/update with progress, per-row
// results and a report that can be saved. Rows that fail the checks are never sent. Its layout is
// the Designer form ui/UserImportDialog.ui.
class UserImportDialog : public QDialog
{
    Q_OBJECT
public:
    UserImportDialog(Session *session, QWidget *parent = nullptr);
    ~UserImportDialog() override;
    // Reads the file and shows the preview once the server's groups and roles are known.
    void loadFile(const QString &path);
    UserImport *import() const { return m_import; }

signals:
    void imported(int created, int updated);

private:
    void fetchNamesThenLoad(const QByteArray &csv, const QString &path);
    void showRows();
    // The preview's sentence once every row is checked: how many create, how many update, and
    // a row that changes the signed-in account.
    void showPreviewSummary();
    bool isSignedInAccount(const UserImport::Row &row) const;
    void startImport();
    void saveReport();

    Session *m_session;
    UserImport *m_import;
    std::unique_ptr<Ui::UserImportDialog> m_ui;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    QPushButton *m_reportButton;
    QString m_path;
    bool m_previewing = false; // a dry run finding which rows create and which update
};

} // namespace infiniti
