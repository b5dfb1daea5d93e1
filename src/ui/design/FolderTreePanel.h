#pragma once

#include "api/ApiRequest.h"
#include "api/endpoints/Collection.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QModelIndex;
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
    // Reads the folders again (F5); the folders that were open open again, and the one that
    // was current is current again, as they come back.
    void reload();
    FolderTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString currentFolderId() const;
    QString currentFolderName() const;
    // Opens the folder dialog (new when `folder` is empty; under `parentId`).
    void editFolder(const QJsonObject &folder, const QString &parentId);
    // Asks first, saying what the folder holds (sub-folders, and the items setContents()
    // counts) and that the vendor does not document what becomes of them.
    void deleteFolder(const QJsonObject &folder);
    // The context menu of the folder at `at` (of the tree itself when `at` is not a folder).
    void fillMenu(QMenu *menu, const QModelIndex &at);

    // What a folder holds besides sub-folders (a content folder's projects): `list` reads them
    // (every page; a server may ignore a folder filter in it, so each item is checked against
    // the folder), `count` says how many ("5 projects").
    struct Contents
    {
        std::function<ApiRequest(const QString &folderId)> list;
        QLatin1StringView envelope;
        std::function<QString(int)> count;
    };
    void setContents(Contents contents) { m_contents = std::move(contents); }
    // Counts the items in the folder now: `then` gets the number, or nothing and the error.
    void countContents(const QString &folderId, const QString &folderName,
                       std::function<void(std::optional<int>, const QString &error)> then);
    const Contents &contents() const { return m_contents; }

signals:
    void currentFolderChanged(const QString &id, const QString &name);
    // The server deleted the folder (its items, `itemsBefore` of them when counted, may or may
    // not be gone with it: the vendor does not say).
    void folderDeleted(const QString &id, const QString &name, std::optional<int> itemsBefore);
    void filesDropped(const QStringList &paths, const QString &folderId, const QString &folderName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    // The ids of the open folders under `parent`, at every depth.
    void collectExpanded(const QModelIndex &parent, QSet<QString> *ids) const;
    // Rows the model added (a level read after reload()): opens and selects them as before.
    void restore(const QModelIndex &parent, int first, int last);
    QSet<QString> m_reopen;             // folders to open again once they are read
    std::optional<QString> m_recurrent; // the folder to make current again ("": all)
    std::optional<QString> m_announced; // the folder currentFolderChanged() last named
    Collection m_folders;
    QString m_what;
    QPointer<Session> m_session;
    FolderTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_problem;
    Contents m_contents;
};

} // namespace infiniti
