#pragma once

#include "formats/ProjectPackage.h"

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ui {
class ProjectImportDialog;
}

namespace infiniti {

class ApiJob;
class Session;

// Project packages about to be imported: each file is read here first (ProjectPackage::inspect:
// every entry checked; every project of its projects.xml listed with kind, name, version, last
// modified and id — a form and the page fragments it brings are one row each), each project is
// looked up on the server to say whether it would be overwritten, and unreadable or damaged
// files are named with every reason and not sent. Options: overwrite projects, overwrite content
// items, target folder, comment. Import uploads one package at a time with progress (Cancel
// stops); each file then shows its result. Its layout is the Designer form
// ui/ProjectImportDialog.ui.
class ProjectImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        // What the import does to each project comes right after its name: in a narrow
        // dialog the columns that are cut are the package's details, not the effect.
        FileColumn,
        ProjectColumn,
        EffectColumn,
        ResultColumn,
        KindColumn,
        VersionColumn,
        ModifiedColumn,
        IdColumn,
        ColumnCount
    };

    ProjectImportDialog(Session *session, const QStringList &paths,
                        const QList<std::pair<QString, QString>> &folders, const QString &folderId,
                        QWidget *parent = nullptr);
    ~ProjectImportDialog() override;

    struct Package
    {
        QString path;
        ProjectPackage::Contents contents;
        QString result; // after the import: what happened
        bool imported = false;
    };
    const QList<Package> &packages() const { return m_packages; }
    // A package with a project that exists, while not overwriting: the server would refuse
    // it, so it is left out of the import (and the preview says so).
    bool wouldBeRefused(const Package &package) const;
    QTableWidget *table() const { return m_table; }
    QCheckBox *overwriteProjects() const { return m_overwrite; }
    QComboBox *folderChooser() const { return m_folder; }
    QLineEdit *comment() const { return m_comment; }
    QPushButton *importButton() const { return m_import; }
    bool isBusy() const { return m_busy; }
    // How many projects the server already has (known once the lookups are back).
    int existingCount() const;
    bool lookupsDone() const { return m_pendingLookups == 0; }
    void cancel();

signals:
    // Each package the server took: its answer's projects ({id, name, version, folderName}).
    // What the server says it imported; empty when it did not say (then refresh the list).
    void imported(const QJsonArray &projects);
    void finishedImporting();

private:
    void lookUp();
    void startImport();
    void importNext(int index);
    void updateRows();

    Session *m_session;
    QList<Package> m_packages;
    QHash<QString, QString> m_existing; // project id → name on the server
    int m_pendingLookups = 0;
    bool m_busy = false;
    bool m_done = false; // imported once: the dialog reports, it does not send again
    bool m_cancelled = false;
    QPointer<ApiJob> m_job;
    std::unique_ptr<Ui::ProjectImportDialog> m_ui;
    QTableWidget *m_table;
    QCheckBox *m_overwrite;
    QCheckBox *m_overwriteItems;
    QComboBox *m_folder;
    QLineEdit *m_comment;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace infiniti
