#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class SyncImportDialog;
}

namespace infiniti {

class Session;

// A package read before anything is sent: what it holds per part, how each part is to be
// applied (Always, IfNotExists, IfNewer), then the server's count of what it created, updated
// and skipped, with its problems. Its layout is the Designer form ui/SyncImportDialog.ui.
class SyncImportDialog : public QDialog
{
    Q_OBJECT
public:
    SyncImportDialog(Session *session, const QString &path, QWidget *parent = nullptr);
    ~SyncImportDialog() override;
    bool isReadable() const { return !m_pack.isEmpty(); }
    QTableWidget *table() const { return m_table; }
    void setMode(const QString &part, const QString &mode);
    void startImport();

signals:
    void imported(const QJsonObject &summary);

private:
    Session *m_session;
    QByteArray m_bytes;
    QJsonObject m_pack;
    std::unique_ptr<Ui::SyncImportDialog> m_ui;
    QTableWidget *m_table;
    QPushButton *m_import;
};

} // namespace infiniti
