#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace infiniti {

class Session;

// Sync packages (.iqpkg, contract 5.2): a set of projects with what they use — library items,
// data sources, folders, groups, roles, users, settings — to move between servers.

// What to put in a package: the parts as check boxes (connection strings off to begin with:
// they are secrets), then Export… asks where and saves what the server sends.
class SyncExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `projects`: [{id, name}]; empty means every project.
    SyncExportDialog(Session *session, const QList<QJsonObject> &projects, QWidget *parent = nullptr);
    // The options as sent: every part with true/false.
    QJsonObject options() const;
    // Exports to `path` without asking (the Export… button asks, then calls this).
    void exportTo(const QString &path);

signals:
    void exported(const QString &path, const QString &summary);

private:
    Session *m_session;
    QStringList m_projectIds;
    QList<std::pair<QString, QCheckBox *>> m_parts;
    QLabel *m_status;
    QPushButton *m_export;
};

// A package read before anything is sent: what it holds per part, how each part is to be
// applied (Always, IfNotExists, IfNewer), then the server's count of what it created, updated
// and skipped, with its problems.
class SyncImportDialog : public QDialog
{
    Q_OBJECT
public:
    SyncImportDialog(Session *session, const QString &path, QWidget *parent = nullptr);
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
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_import;
};

} // namespace infiniti
