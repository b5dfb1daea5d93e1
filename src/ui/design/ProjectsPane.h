#pragma once

#include "ui/lists/ListPane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace infiniti {

class DownloadJob;
class FileFetches;
class FolderTreePanel;
class HistoryDialog;
class JsonFormDialog;
class ProjectsModel;

// Projects (contract 4.1): a content-folder tree beside the project list; properties, rename
// (F2), delete (naming where the project is published), version history with export and
// "restore as new version", export to files (Export… or drag rows out), import by dropping
// .ixpkg files on the list or a folder (or Import…) through a preview.
class ProjectsPane : public ListPane
{
    Q_OBJECT
public:
    explicit ProjectsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Projects"); }
    void setSession(Session *session) override;
    void refresh() override;

    ProjectsModel *projectsModel() const { return m_projects; }
    FolderTreePanel *folders() const { return m_folders; }
    // Opens the import preview for these files (target folder preselected).
    void importFiles(const QStringList &paths, const QString &folderId = {});
    // Downloads the selected projects into `directory` (or one to `file`), atomically each.
    void exportSelectedTo(const QString &directory);
    void exportProjectTo(const QJsonObject &project, const QString &file);
    void showHistory(const QJsonObject &project);
    // Fetches a project's package into the model's cache (for drags).
    void fetchPackage(const QString &id);
    void askSyncExport();
    void askSyncImport();

signals:
    void exportsFinished(int saved, int failed);

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override;
    void renameItem(const QJsonObject &item) override;
    bool canRename() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;
    // One project: the confirmation names where it is published (fetched first).
    void deleteSelected() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openProperties(const QJsonObject &item, bool rename);
    void folderDeleted(const QString &id, const QString &name, std::optional<int> projectsBefore);
    void prefetchSelection();
    void askImport();
    void askExport();
    // The project read again and shown; with `imported`, one of an import's, selected with the
    // others that import brought.
    void fetchUpdated(const QString &id, std::shared_ptr<QList<QJsonObject>> imported = {});
    // Rows for what an import says it brought in (the whole list again when it does not say).
    void showImported(const QJsonArray &projects);
    void showImported(const QJsonDocument &answer);
    void restorePackage(const QByteArray &package, JsonFormDialog *ask, HistoryDialog *history);
    // Where a project is published; nullopt when the server does not say.
    static std::optional<QStringList> publishedFolders(const QJsonObject &project);
    // One download after another (a cancel stops the run), each written atomically.
    struct ExportRun
    {
        QList<QJsonObject> items;
        QString directory;
        int next = 0;
        int saved = 0;
        QStringList failures;
    };
    void exportNext(ExportRun run);

    ProjectsModel *m_projects;
    FolderTreePanel *m_folders;
    FileFetches *m_fetches = nullptr;
};

} // namespace infiniti
