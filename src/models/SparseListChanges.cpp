// SparseListModel and a list that changes while it is read: rows added or removed here, and pages
// that no longer fit beside the rows read (docs/ARCHITECTURE.md "Lists at scale", "Changes").
//
// The model's rows are the rows added here (m_offset of them, at the top) followed by this
// list's rows, which are the server's items in the server's order except those added here: where
// a page shows one of them, its index is hidden (m_hidden), so it is not shown twice and the rows
// after it keep their places. A create puts its item somewhere in the server's list, and where
// is not known (the vendor documents no order): every row read is read again (resync). Pages are
// read with one row either side, and every row a page shares with the rows read must be the
// same item; if not, the list moved on the server (others' edits) and the rows are read again.
#include "models/SparseListModel.h"

#include "api/Call.h"
#include "api/Session.h"
#include "models/Log.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kMovesAllowed = 4;         // resyncs after pages that did not fit, within…
constexpr qint64 kMovesWindowMs = 60000; // …this long, before the list says it cannot be read
} // namespace

int SparseListModel::serverIndexOf(int serverRow) const
{
    int index = serverRow;
    for (const Hidden &h : m_hidden) {
        if (h.index > index)
            break;
        ++index; // a hidden place before it (or at it): one further on
    }
    return index;
}

int SparseListModel::rowsBefore(int index) const
{
    const auto hiddenBefore = std::count_if(m_hidden.begin(), m_hidden.end(),
                                            [index](const Hidden &h) { return h.index < index; });
    return index - int(hiddenBefore);
}

const SparseListModel::Hidden *SparseListModel::hiddenAt(int index) const
{
    const auto it = std::find_if(m_hidden.begin(), m_hidden.end(),
                                 [index](const Hidden &h) { return h.index == index; });
    return it == m_hidden.end() ? nullptr : &*it;
}

int SparseListModel::addedRowOf(const QString &id) const
{
    for (int r = 0; r < m_offset; ++r) {
        if (codec().id(m_rows[size_t(r)]) == id)
            return r;
    }
    return -1;
}

bool SparseListModel::hideAddedRows(const Fetch &fetch, const QList<QByteArray> &rows)
{
    if (m_offset == 0)
        return true;
    for (int i = 0; i < int(rows.size()); ++i) {
        const int index = fetch.first + i;
        if (hiddenAt(index))
            continue; // checked with the page's other rows
        const QString id = codec().id(rows.at(i));
        if (addedRowOf(id) < 0)
            continue;
        if (std::any_of(m_hidden.begin(), m_hidden.end(),
                        [&id](const Hidden &h) { return h.id == id; })) {
            listMoved(u"a row added here is no longer where it was found"_s);
            return false;
        }
        // Found: its place among this list's rows goes (a placeholder, or the same item).
        const int knownEnd = serverIndexOf(serverRows());
        const auto hide = [this, index, &id] {
            const auto at = std::find_if(m_hidden.begin(), m_hidden.end(),
                                         [index](const Hidden &h) { return h.index > index; });
            m_hidden.insert(at, Hidden{index, id});
        };
        if (index < knownEnd) {
            const int row = m_offset + rowsBefore(index);
            const QByteArray &cell = m_rows[size_t(row)];
            if (!cell.isEmpty() && codec().id(cell) != id) {
                listMoved(u"row %1 was %2, the server now has %3 there"_s.arg(
                    QString::number(row - m_offset), codec().id(cell), id));
                return false;
            }
            ++m_sortGeneration;
            beginRemoveRows({}, row, row);
            if (!cell.isEmpty())
                --m_loaded;
            m_rows.erase(m_rows.begin() + row);
            m_cachedRow = -1;
            // Hidden before the views hear of the row going: what they read then (itemCount(),
            // the footer's count; a row's place on the server) already counts it once.
            hide();
            endRemoveRows();
        } else {
            hide();
        }
    }
    return true;
}

void SparseListModel::resync(int grown)
{
    ++m_resyncs;
    dropFetches(); // the pages asked for were placed by the list as it was
    ++m_sortGeneration;
    m_cachedRow = -1;
    // The rows added here are all somewhere in the server's list again, until a page shows them.
    grown += int(m_hidden.size());
    m_hidden.clear();
    int first = -1;
    int last = -1;
    for (int r = m_offset; r < int(m_rows.size()); ++r) {
        QByteArray &cell = m_rows[size_t(r)];
        if (cell.isEmpty())
            continue;
        cell = QByteArray();
        --m_loaded;
        if (first < 0)
            first = r;
        last = r;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1)); // read when painted
    if (grown > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + grown - 1);
        m_rows.resize(m_rows.size() + size_t(grown));
        endInsertRows();
    } else if (grown < 0 && serverRows() > 0) {
        const int from = qMax(m_offset, int(m_rows.size()) + grown);
        beginRemoveRows({}, from, int(m_rows.size()) - 1);
        m_rows.resize(size_t(from));
        endRemoveRows();
    }
    if (m_loadingAll)
        m_loadAllNext = 0;
    // The end read again too, whatever the views show: the length follows what changed (a row
    // created while the length was being found may or may not have been counted).
    if (serverRows() > 0)
        want(int(m_rows.size()) - 1);
    qCDebug(lcModels).noquote() << metaObject()->className() << "reads its" << serverRows()
                                << "rows again";
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void SparseListModel::listMoved(const QString &why)
{
    qCInfo(lcModels).noquote() << metaObject()->className()
                               << "changed on the server while it was read (" << why
                               << "): its rows are read again";
    if (movedTooOften()) {
        // Changing faster than it can be read page by page: read whole, in one answer.
        readWhole();
        return;
    }
    resync(0);
}

bool SparseListModel::movedTooOften()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::erase_if(m_moves, [now](qint64 t) { return now - t > kMovesWindowMs; });
    m_moves.push_back(now);
    return int(m_moves.size()) > kMovesAllowed;
}

void SparseListModel::readWhole()
{
    // Pages asked for are of a list that moved: dropped, and none asked for until it is in.
    dropFetches();
    m_wanted.clear();
    // Without $skip and $top the server sends the whole list (contract: "Without them the full
    // list is returned"): one answer is one moment of the list, however often it changes.
    const ApiRequest whole = ListProbe::withoutPaging(listRequest({}));
    qCInfo(lcModels).noquote() << metaObject()->className()
                               << "keeps changing on the server while it is read: read whole";
    Call<ListPageJob> call = session()->page(whole, envelopeName());
    call.job()->setRowDigest(
        [codec = codec()](const QJsonObject &item) { return codec.encode(item); });
    m_wholeJob = std::move(call).then(
        this, [this](ListPageJob &job) { onWhole(job); },
        [this](const ApiError &error) {
            m_wholeJob = nullptr;
            onFetchFailed(error);
        });
}

void SparseListModel::onWhole(ListPageJob &job)
{
    m_wholeJob = nullptr;
    if (!job.nextLink().isEmpty()) {
        // The server pages even so: there is no one moment of the list to be had from it.
        // Said, rather than shown a row off.
        ApiError error(ApiError::Kind::BadResponse, listRequest({}).action);
        error.setReason(tr("the list changed on the server again and again while it was being "
                           "read; refresh it to read it once more."));
        onFetchFailed(error);
        return;
    }
    ++m_pages;
    // The whole list as the server has it now, in its order (rows created here are in it):
    // read in order from here, with nothing left to read.
    const QList<QByteArray> &rows = job.rows();
    ++m_sortGeneration;
    beginResetModel();
    clearRows();
    m_rows.reserve(size_t(rows.size()));
    for (const QByteArray &row : rows) {
        const QString id = codec().id(row);
        if (!id.isEmpty() && m_sequentialIds.contains(id))
            continue; // never one row twice, whatever the server sent
        m_sequentialIds.insert(id);
        m_rows.push_back(row);
    }
    m_loaded = int(m_rows.size());
    m_cursor.emplace(listRequest({}), pageSize());
    m_cursor->advance(int(rows.size()), QUrl(), session()->profile());
    endResetModel();
    qCInfo(lcModels).noquote() << metaObject()->className() << "read whole:" << m_loaded << "rows";
    setLoadedAt(QDateTime::currentDateTime());
    setState(m_rows.empty() ? State::Empty : State::Loaded);
    if (m_loadingAll) {
        finishLoadAll(); // a sort waiting for every row goes on (startSortPass)
    } else if (m_pendingSort) {
        const auto [column, order] = *std::exchange(m_pendingSort, std::nullopt);
        sort(column, order);
    }
}

void SparseListModel::addItem(const QJsonObject &answer)
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
    ++m_sortGeneration;
    if (const int place = sortedPlaceOf(item); place >= 0) {
        // Sorted here, every row read: in its place (as a sort would put it) at once.
        beginInsertRows({}, place, place);
        m_rows.insert(m_rows.begin() + place, codec().encode(item));
        ++m_loaded;
        m_cachedRow = -1;
        m_sequentialIds.insert(id);
        endInsertRows();
        if (state() == State::Empty)
            setState(State::Loaded);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), codec().encode(item));
    ++m_loaded;
    m_cachedRow = -1;
    const bool atTop = m_randomAccess || m_probe;
    if (atTop)
        ++m_offset; // shown at the top, ahead of the server's list
    // Paged in order: not shown again when its page comes, wherever it is. (The cursor stays:
    // if the item went in among the rows read, the next page repeats one of them, which is not
    // shown twice; moving it on would skip a row wherever it went in after them.)
    m_sequentialIds.insert(id);
    endInsertRows();
    if (m_randomAccess)
        resync(+1); // somewhere in the server's list now (usually a new item: one row more)
    else if (m_probe)
        m_resyncAfterProbe = true;
    if (state() == State::Empty)
        setState(State::Loaded);
}

void SparseListModel::removeId(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    int grown = 0;
    if (m_randomAccess) {
        // Its place in the server's list goes: the hidden places after it move up one.
        int index = -1;
        if (row >= m_offset) {
            index = serverIndexOf(row - m_offset);
        } else {
            const auto it = std::find_if(m_hidden.begin(), m_hidden.end(),
                                         [&id](const Hidden &h) { return h.id == id; });
            if (it != m_hidden.end()) {
                index = it->index;
                m_hidden.erase(it);
            } else {
                grown = -1; // somewhere in the server's list, not found yet
            }
        }
        if (index >= 0) {
            for (Hidden &h : m_hidden) {
                if (h.index > index)
                    --h.index;
            }
        }
    } else if (m_probe) {
        m_resyncAfterProbe = true;
    }
    ++m_sortGeneration;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    --m_loaded;
    m_cachedRow = -1;
    if (row < m_offset)
        --m_offset;
    m_sequentialIds.remove(id);
    endRemoveRows();
    if (grown != 0)
        resync(grown);
    if (m_cursor)
        m_cursor->shift(-1); // paged in order: or the next page would skip the item that moved up
}

} // namespace infiniti
