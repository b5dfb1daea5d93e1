#pragma once

#include "api/ApiError.h"
#include "api/endpoints/Collection.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace infiniti {

class ListAllJob;
class Session;

// Content or publish folders as a tree (contract 4.3, 4.4). With our emulator's extensions
// (`?parentId=` and `childCount`, contract 9.2) it loads one level at a time: a node shows an
// expander while its children are unknown or present; fetching them is fetchMore() on that
// node; a failed fetch marks the node (error text, retry()). Without them it still works: a
// server that ignores `parentId` sends every folder, and the tree is built from that one answer
// (by the folders' parentId), or — when the folders carry no parentId — shown flat. Every level
// is read whole, through every page. An optional first row stands for "all" (no folder).
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, JsonRole, StateRole, AllRole };
    enum class State { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    FolderTreeModel(Collection folders, QString allLabel = {}, QObject *parent = nullptr);
    ~FolderTreeModel() override;
    void setSession(Session *session);
    // Drops everything and loads the top level again.
    void reload();
    // After a failed fetch: try that node's children again.
    void retry(const QModelIndex &index);
    State stateOf(const QModelIndex &index) const;
    // Whether this server has shown folders within folders (a `parentId` in its folders; ours,
    // contract 9.2): until it has, no sub-folder is offered or asked for.
    bool nests() const { return m_nests; }
    ApiError errorOf(const QModelIndex &index) const;
    QModelIndex indexOfId(const QString &id) const;
    // Shows the server's answer for a folder it created, renamed or changed (under its parent
    // when that is loaded) — and takes one away.
    void upsert(const QJsonObject &folder);
    void removeId(const QString &id);
    // Every loaded folder's name, path-like ("Forms/Claims"), for choosers.
    QList<std::pair<QString, QString>> loadedFolders() const; // (id, path)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }

signals:
    void loadFailed(const QModelIndex &node, const infiniti::ApiError &error);

private:
    struct Node
    {
        QJsonObject json;
        QString id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int childCount = -1; // from the server, -1 unknown
        State state = State::NotLoaded;
        ApiError error;
        bool all = false;
        QPointer<ListAllJob> job;
    };
    void onChildren(Node *node, const QJsonArray &folders);
    // Builds the children of `node` (and theirs, recursively) from a list of every folder.
    void adopt(Node *node, const QJsonArray &folders, std::vector<std::unique_ptr<Node>> *into);
    Node *nodeOf(const QModelIndex &index) const;
    void stopJobs(Node *node); // aborts the fetches of a node and its children
    QModelIndex indexOf(const Node *node) const;
    Node *find(Node *from, const QString &id) const;
    void setJson(Node *node, const QJsonObject &json);
    void collect(const Node *node, const QString &prefix,
                 QList<std::pair<QString, QString>> *out) const;

    Collection m_folders;
    QString m_allLabel;
    QPointer<Session> m_session;
    std::unique_ptr<Node> m_root;
    bool m_nests = false;
};

} // namespace infiniti
