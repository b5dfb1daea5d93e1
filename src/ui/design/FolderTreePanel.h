#pragma once

#include "api/endpoints/Collection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace infiniti {

class FolderTreeModel;
class Session;

// A content- or publish-folder tree beside a list: loads lazily, shows a failed node (Retry in
// its menu, or above the tree when the top level failed), creates, renames, deletes folders and
// edits the groups with rights on them, and takes files dropped on a folder.
class FolderTreePanel : public QWidget
{
    Q_OBJECT
public:
    FolderTreePanel(Collection folders, const QString &allLabel, const QString &what,
                    QWidget *parent = nullptr);
    void setSession(Session *session);
    void reload();
    FolderTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString currentFolderId() const;
    QString currentFolderName() const;
    // Opens the folder dialog (new when `folder` is empty; under `parentId`).
    void editFolder(const QJsonObject &folder, const QString &parentId);
    void deleteFolder(const QJsonObject &folder);

signals:
    void currentFolderChanged(const QString &id, const QString &name);
    void filesDropped(const QStringList &paths, const QString &folderId, const QString &folderName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    Collection m_folders;
    QString m_what;
    QPointer<Session> m_session;
    FolderTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_problem;
};

} // namespace infiniti
