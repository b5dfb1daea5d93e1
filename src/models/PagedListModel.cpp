#include "models/PagedListModel.h"

#include "api/Call.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/Log.h"

namespace infiniti {

PagedListModel::PagedListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedListModel::~PagedListModel() = default; // a page in flight is our child: aborted, silent

void PagedListModel::setSession(Session *session)
{
    m_session = session;
    refresh();
}

void PagedListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    if (searchesOnServer())
        refresh();
}

void PagedListModel::setRowFilter(std::function<bool(const QJsonObject &)> accepts)
{
    m_rowFilter = std::move(accepts);
    refresh();
}

QList<QJsonObject> PagedListModel::rowsOf(const QJsonArray &items) const
{
    QList<QJsonObject> rows;
    rows.reserve(items.size());
    for (const auto &v : items)
        rows << v.toObject();
    return rows;
}

void PagedListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PagedListModel::refresh()
{
    if (ListPageJob *job = std::exchange(m_job, nullptr))
        job->abort(); // cancelled: no callback
    beginResetModel();
    m_items.clear();
    m_ids.clear();
    m_replacing = false;
    m_stale = false;
    m_searchIgnored = false;
    m_rowFilterIgnored = false;
    m_error = {};
    m_pagesFetched = 0;
    m_cursor.reset();
    if (m_session && ready())
        m_cursor.emplace(listRequest(m_search), pageSize());
    endResetModel();
    if (m_session && ready()) {
        startFetch();
    } else {
        setState(State::Idle);
    }
}

void PagedListModel::reload()
{
    if (m_items.isEmpty() || !m_session || !ready()) {
        refresh();
        return;
    }
    if (ListPageJob *job = std::exchange(m_job, nullptr))
        job->abort(); // cancelled: no callback
    m_error = {};
    m_pagesFetched = 0;
    m_replacing = true;
    m_cursor.emplace(listRequest(m_search), pageSize());
    startFetch();
}

void PagedListModel::retry()
{
    if (m_state != State::Error || !m_cursor)
        return;
    m_error = {};
    startFetch();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_cursor)
        return false;
    return !m_cursor->atEnd() && m_state != State::Error;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_job || !canFetchMore())
        return; // one page at a time
    startFetch();
}

void PagedListModel::startFetch()
{
    if (!m_session || !m_cursor || m_cursor->atEnd() || m_job)
        return;
    setState(State::Loading);
    m_job = m_session->page(m_cursor->current(), envelopeName())
                .then(
                    this, [this](ListPageJob &job) { onPage(job); },
                    [this](const ApiError &error) { onPageFailed(error); });
}

void PagedListModel::onPageFailed(const ApiError &error)
{
    m_job = nullptr;
    m_error = error;
    m_stale = m_replacing; // after reload(): the rows shown are the ones from before it
    qCDebug(lcModels).noquote() << metaObject()->className() << "page failed:" << error.message();
    setState(State::Error);
    emit pageFailed(m_error);
}

void PagedListModel::onPage(ListPageJob &job)
{
    if (&job != m_job)
        return; // a page of a list we have since dropped
    m_job = nullptr;
    ++m_pagesFetched;
    const QJsonArray items = job.items();
    // Advance before inserting: views (and the model tester) call fetchMore() from rowsInserted.
    m_cursor->advance(items, job.nextLink(), m_session->profile());
    if (m_cursor->failed()) {
        onPageFailed(m_cursor->error()); // a page sent again is no page: the rows shown stay
        return;
    }
    const bool replacing = std::exchange(m_replacing, false);
    if (replacing) {
        beginResetModel();
        m_items.clear();
        m_ids.clear();
        m_searchIgnored = false;
        m_rowFilterIgnored = false;
        m_stale = false;
    }
    if (m_pagesFetched == 1)
        m_loadedAt = QDateTime::currentDateTime();
    QList<QJsonObject> fresh;
    fresh.reserve(items.size());
    for (const QJsonObject &row : rowsOf(items)) {
        const QJsonObject o = normalise(row);
        const QString id = itemId(o);
        // Rows shift between pages when others edit the list; never show one twice.
        if (!id.isEmpty() && m_ids.contains(id))
            continue;
        if (m_rowFilter && !m_rowFilter(o)) {
            m_rowFilterIgnored = true; // the server sent it all the same: say so in the view
            continue;
        }
        if (!m_search.isEmpty() && searchesOnServer() && !matchesSearch(o, m_search))
            m_searchIgnored = true; // the server sent what it was asked to leave out
        m_ids.insert(id);
        fresh << o;
    }
    if (replacing) {
        m_items = fresh;
        endResetModel();
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + fresh.size() - 1));
        m_items << fresh;
        endInsertRows();
    }
    setState(m_items.isEmpty() && m_cursor->atEnd() ? State::Empty : State::Loaded);
    // A page that adds no row (all filtered out here, or already shown) inserts nothing, so no
    // view asks for more: go on by ourselves until a row comes or the list ends.
    if (fresh.isEmpty() && !m_cursor->atEnd())
        startFetch();
}

int PagedListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (itemId(m_items.at(i)) == id)
            return i;
    }
    return -1;
}

void PagedListModel::updateItem(const QJsonObject &answer)
{
    if (answer.isEmpty()) {
        refresh(); // the server did not say what it made of it: read again
        return;
    }
    const QJsonObject item = normalise(answer);
    const int row = rowOfId(itemId(item));
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedListModel::addItem(const QJsonObject &answer)
{
    if (answer.isEmpty()) {
        refresh(); // made, but the server did not say what: read again to show it
        return;
    }
    const QJsonObject item = normalise(answer);
    const QString id = itemId(item);
    if (rowOfId(id) >= 0) {
        updateItem(item);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    m_ids.insert(id);
    endInsertRows();
    // The cursor stays: if the item went in among the rows read, the next page repeats one of
    // them (not shown twice: m_ids); moving it on would skip a row wherever it went in after.
    if (m_state == State::Empty)
        setState(State::Loaded);
}

void PagedListModel::removeId(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_ids.remove(id);
    endRemoveRows();
    if (m_cursor)
        m_cursor->shift(-1); // or the next page would skip the item that moved up
}

QString PagedListModel::itemId(const QJsonObject &item) const
{
    return Json::idOf(item);
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_columns < 0)
        m_columns = int(columnTitles().size());
    return m_columns;
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return itemId(item);
    case JsonRole:
        return item;
    default:
        return cell(item, index.column(), role);
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitles().value(section);
    if (orientation == Qt::Horizontal && role == ItemsRole)
        return listsItems(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace infiniti
