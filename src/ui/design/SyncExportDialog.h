#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QCheckBox;
class QPushButton;

namespace Ui {
class SyncExportDialog;
}

namespace infiniti {

class Session;

// What to put in a package: the parts as check boxes — off to begin with: connector settings and
// connection strings (secrets, in clear text in the file: a warning says so while one is ticked)
// and users, groups and roles (all of the server's) —, then Export… asks where and saves what the
// server sends; every option goes out as true or false, as a server includes what is not named. Its
// layout is the Designer form ui/SyncExportDialog.ui; the parts come from the API's list.
class SyncExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `projects`: [{id, name}]; empty means every project.
    SyncExportDialog(Session *session, const QList<QJsonObject> &projects,
                     QWidget *parent = nullptr);
    ~SyncExportDialog() override;
    // The options as sent: every part with true/false.
    QJsonObject options() const;
    // Exports to `path` without asking (the Export… button asks, then calls this).
    void exportTo(const QString &path);

signals:
    void exported(const QString &path, const QString &summary);

private:
    void showSecretsWarning();

    Session *m_session;
    QStringList m_projectIds;
    QList<std::pair<QString, QCheckBox *>> m_parts;
    std::unique_ptr<Ui::SyncExportDialog> m_ui;
    QPushButton *m_export;
};

} // namespace infiniti
