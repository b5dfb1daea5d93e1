#include "models/FolderTreeModel.h"

#include "api/Call.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "formats/Json.h"
#include "models/Log.h"

#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti {

FolderTreeModel::FolderTreeModel(Collection folders, QString allLabel, QObject *parent)
    : QAbstractItemModel(parent)
    , m_folders(std::move(folders))
    , m_allLabel(std::move(allLabel))
    , m_root(std::make_unique<Node>())
{
}

FolderTreeModel::~FolderTreeModel()
{
    stopJobs(m_root.get());
}

void FolderTreeModel::stopJobs(Node *node)
{
    if (node->job)
        node->job->abort(); // cancelled: no callback
    for (auto &c : node->children)
        stopJobs(c.get());
}

void FolderTreeModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void FolderTreeModel::reload()
{
    beginResetModel();
    stopJobs(m_root.get());
    m_root = std::make_unique<Node>();
    m_nests = false;
    if (!m_allLabel.isEmpty()) {
        auto all = std::make_unique<Node>();
        all->all = true;
        all->parent = m_root.get();
        all->childCount = 0;
        all->state = State::Loaded;
        m_root->children.push_back(std::move(all));
    }
    endResetModel();
    if (m_session)
        fetchMore({});
}

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return createIndex(int(i), 0, const_cast<Node *>(node));
    }
    return {};
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool FolderTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (!parent.isValid())
        return !n->children.empty();
    if (n->all)
        return false;
    if (n->state == State::Loaded)
        return !n->children.empty();
    return n->childCount != 0; // unknown (-1) or some: show the expander
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (n->all)
            return m_allLabel;
        if (n->state == State::Loading && n->children.empty())
            return tr("%1 (loading…)").arg(Json::string(n->json, "name"_L1));
        return Json::string(n->json, "name"_L1);
    case Qt::ToolTipRole:
        if (n->state == State::Failed)
            return tr("Its sub-folders could not be loaded: %1 — use Retry.")
                .arg(n->error.message());
        if (n->all)
            return {};
        return tr("Groups with rights: %1").arg([&] {
            QStringList groups;
            for (const auto &g : Json::value(n->json, "groups"_L1).toArray())
                groups << g.toString();
            return groups.isEmpty() ? tr("none") : groups.join(u", "_s);
        }());
    case Qt::DecorationRole:
        if (n->state == State::Failed)
            return QIcon::fromTheme(u"dialog-warning"_s);
        return QIcon::fromTheme(n->all ? u"view-list-details"_s : u"folder"_s);
    case IdRole:
        return n->id;
    case JsonRole:
        return n->json;
    case StateRole:
        return QVariant::fromValue(n->state);
    case AllRole:
        return n->all;
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

bool FolderTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return m_session && !n->all && n->state == State::NotLoaded;
}

void FolderTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeOf(parent);
    if (!canFetchMore(parent))
        return;
    n->state = State::Loading;
    if (parent.isValid())
        emit dataChanged(parent, parent);
    n->job = m_session->readAll(FoldersEndpoints::children(m_folders, n->id), m_folders.envelope)
                 .then(
                     this, [this, n](const QJsonArray &folders) { onChildren(n, folders); },
                     [this, n](const ApiError &error) {
                         n->job = nullptr;
                         n->state = State::Failed;
                         n->error = error;
                         const QModelIndex at = indexOf(n);
                         if (at.isValid())
                             emit dataChanged(at, at);
                         emit loadFailed(at, n->error);
                     });
}

void FolderTreeModel::onChildren(Node *n, const QJsonArray &folders)
{
    n->job = nullptr;
    const QModelIndex at = indexOf(n);
    bool parentInfo = false; // does this server tell a folder's parent at all?
    bool honoured = true;    // did it send only this node's children?
    for (const auto &v : folders) {
        const QJsonValue parent = Json::value(v.toObject(), "parentId"_L1);
        parentInfo = parentInfo || !parent.isUndefined();
        honoured = honoured && Json::id(parent).compare(n->id, Qt::CaseInsensitive) == 0;
    }
    m_nests = m_nests || parentInfo;
    std::vector<std::unique_ptr<Node>> fresh;
    if (!parentInfo && n == m_root.get()) {
        // No nesting known: every folder at the top, none with sub-folders (nothing to ask).
        for (const auto &v : folders) {
            auto child = std::make_unique<Node>();
            child->parent = n;
            setJson(child.get(), v.toObject());
            child->state = State::Loaded;
            child->childCount = 0;
            fresh.push_back(std::move(child));
        }
        qCDebug(lcModels) << m_folders.noun << "carry no parentId: shown flat";
    } else if (parentInfo && !honoured) {
        // The server ignored `parentId` and sent every folder: build the whole subtree now.
        adopt(n, folders, &fresh);
    } else {
        for (const auto &v : folders) {
            auto child = std::make_unique<Node>();
            child->parent = n;
            setJson(child.get(), v.toObject());
            fresh.push_back(std::move(child));
        }
    }
    n->state = State::Loaded;
    n->childCount = int(fresh.size());
    if (!fresh.empty()) {
        const int first = int(n->children.size());
        beginInsertRows(at, first, first + int(fresh.size()) - 1);
        for (auto &c : fresh)
            n->children.push_back(std::move(c));
        endInsertRows();
    }
    if (at.isValid())
        emit dataChanged(at, at); // the expander may go away, the "loading" text does
}

void FolderTreeModel::adopt(Node *node, const QJsonArray &folders,
                            std::vector<std::unique_ptr<Node>> *into)
{
    for (const auto &v : folders) {
        const QJsonObject o = v.toObject();
        if (Json::id(Json::value(o, "parentId"_L1)).compare(node->id, Qt::CaseInsensitive) != 0)
            continue;
        auto child = std::make_unique<Node>();
        child->parent = node;
        setJson(child.get(), o);
        if (child->id.isEmpty() || child->id.compare(node->id, Qt::CaseInsensitive) == 0) {
            into->push_back(std::move(child)); // no id, or its own parent: no subtree to hang on it
            continue;
        }
        std::vector<std::unique_ptr<Node>> grandchildren;
        // A folder is its own ancestor only on a broken server: stop at a depth no tree has.
        int depth = 0;
        for (const Node *p = node; p; p = p->parent)
            ++depth;
        if (depth < 64)
            adopt(child.get(), folders, &grandchildren);
        child->children = std::move(grandchildren);
        child->state = State::Loaded;
        child->childCount = int(child->children.size());
        into->push_back(std::move(child));
    }
}

void FolderTreeModel::setJson(Node *node, const QJsonObject &json)
{
    node->json = json;
    node->id = Json::idOf(json);
    const QJsonValue count = Json::value(json, "childCount"_L1);
    if (node->state != State::Loaded)
        node->childCount = count.isDouble() ? count.toInt() : -1;
}

void FolderTreeModel::retry(const QModelIndex &index)
{
    Node *n = nodeOf(index);
    if (n->state != State::Failed)
        return;
    n->state = State::NotLoaded;
    n->error = {};
    fetchMore(index);
}

FolderTreeModel::State FolderTreeModel::stateOf(const QModelIndex &index) const
{
    return nodeOf(index)->state;
}

ApiError FolderTreeModel::errorOf(const QModelIndex &index) const
{
    return nodeOf(index)->error;
}

FolderTreeModel::Node *FolderTreeModel::find(Node *from, const QString &id) const
{
    if (!from->all && from != m_root.get() && from->id.compare(id, Qt::CaseInsensitive) == 0)
        return from;
    for (auto &c : from->children) {
        if (Node *hit = find(c.get(), id))
            return hit;
    }
    return nullptr;
}

QModelIndex FolderTreeModel::indexOfId(const QString &id) const
{
    Node *n = id.isEmpty() ? nullptr : find(m_root.get(), id);
    return n ? indexOf(n) : QModelIndex();
}

void FolderTreeModel::upsert(const QJsonObject &folder)
{
    const QString id = Json::idOf(folder);
    const QString parentId = Json::id(Json::value(folder, "parentId"_L1));
    Node *parent = parentId.isEmpty() ? m_root.get() : find(m_root.get(), parentId);
    if (Node *existing = find(m_root.get(), id)) {
        if (existing->parent == parent || !parent) {
            setJson(existing, folder);
            const QModelIndex at = indexOf(existing);
            emit dataChanged(at, at);
            return;
        }
        removeId(id); // moved: show it under its new parent
    }
    if (!parent)
        return; // its parent is not in the tree yet: it comes when that is loaded
    if (parent != m_root.get() && parent->state != State::Loaded) {
        parent->childCount =
            qMax(parent->childCount, 0) + 1; // the expander shows; loading brings it
        const QModelIndex at = indexOf(parent);
        emit dataChanged(at, at);
        return;
    }
    auto node = std::make_unique<Node>();
    node->parent = parent;
    setJson(node.get(), folder);
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    parent->children.push_back(std::move(node));
    endInsertRows();
    parent->childCount = int(parent->children.size());
}

void FolderTreeModel::removeId(const QString &id)
{
    Node *n = find(m_root.get(), id);
    if (!n)
        return;
    Node *parent = n->parent;
    const QModelIndex at = indexOf(n);
    beginRemoveRows(at.parent(), at.row(), at.row());
    stopJobs(n);
    parent->children.erase(parent->children.begin() + at.row());
    endRemoveRows();
    if (parent != m_root.get()) {
        parent->childCount = int(parent->children.size());
        const QModelIndex p = indexOf(parent);
        emit dataChanged(p, p);
    }
}

void FolderTreeModel::collect(const Node *node, const QString &prefix,
                              QList<std::pair<QString, QString>> *out) const
{
    for (const auto &c : node->children) {
        if (c->all)
            continue;
        const QString path = prefix.isEmpty()
                                 ? Json::string(c->json, "name"_L1)
                                 : prefix + QLatin1Char('/') + Json::string(c->json, "name"_L1);
        out->append({c->id, path});
        collect(c.get(), path, out);
    }
}

QList<std::pair<QString, QString>> FolderTreeModel::loadedFolders() const
{
    QList<std::pair<QString, QString>> out;
    collect(m_root.get(), {}, &out);
    return out;
}

} // namespace infiniti
