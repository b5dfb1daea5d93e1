#include "models/SparseListModel.h"

#include "api/Call.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/Log.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kSparseVisibleInFlight = 2; // pages for what a view paints
constexpr int kSparseBulkInFlight = 3;    // pages for loadAll()
constexpr int kSparseBulkPage = 250;      // rows per loadAll() page (read on a worker thread)
constexpr int kSparseWantedKept = 6;      // pages remembered as wanted (the latest)
} // namespace

SparseListModel::SparseListModel(QObject *parent)
    : PagedListModel(parent)
{
    m_pumpTimer.setObjectName(u"pump"_s); // names for profiles (bench_console_scale)
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SparseListModel::pump);
    m_sortSlice.setObjectName(u"sortSlice"_s);
    m_sortSlice.setSingleShot(true);
    m_sortSlice.setInterval(0);
    connect(&m_sortSlice, &QTimer::timeout, this, &SparseListModel::makeSortKeys);
}

SparseListModel::~SparseListModel() = default; // pages in flight are our children: aborted, silent

const CompactRows &SparseListModel::codec() const
{
    if (m_codec.isEmpty())
        m_codec = CompactRows(compactFields()); // virtual: not from the constructor
    return m_codec;
}

void SparseListModel::dropFetches()
{
    ++m_fetchGeneration; // answers still coming are dropped
    for (Fetch &f : m_inFlight) {
        if (ListPageJob *job = std::exchange(f.job, nullptr))
            job->abort();
    }
    m_inFlight.clear();
    m_retrySkips.clear();
}

void SparseListModel::abortAll()
{
    ++m_generation;
    ++m_sortGeneration;
    if (ListProbe *probe = std::exchange(m_probe, nullptr)) {
        probe->abort();
        probe->deleteLater();
    }
    if (ListPageJob *job = std::exchange(m_sequentialJob, nullptr))
        job->abort();
    if (ListPageJob *job = std::exchange(m_wholeJob, nullptr))
        job->abort();
    dropFetches();
    m_wanted.clear();
    m_pumpTimer.stop();
    m_sortSlice.stop();
    m_paused = false;
}

void SparseListModel::clearRows()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_loaded = 0;
    m_offset = 0;
    m_hidden.clear();
    m_resyncAfterProbe = false;
    m_cap = 0;
    m_capSeen = 0;
    m_moves.clear();
    m_randomAccess = false;
    m_pageRows = pageSize();
    m_cursor.reset();
    m_sequentialIds.clear();
    m_cachedRow = -1;
    m_cachedObject = {};
    m_sortKeys.clear();
    if (m_sortColumn >= 0 && !m_pendingSort)
        m_pendingSort = std::pair{m_sortColumn, m_sortOrder}; // a new list is sorted again
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
}

void SparseListModel::refresh()
{
    const bool wasLoadingAll = m_loadingAll;
    abortAll();
    m_loadingAll = false;
    beginResetModel();
    clearRows();
    m_replacing = false;
    m_pages = 0;
    setError({});
    setStale(false);
    setSearchIgnored(false);
    endResetModel();
    if (wasLoadingAll && !m_pendingSort)
        emit loadAllProgress(0, 0); // given up: the list it was loading is gone
    if (session() && ready()) {
        start(false);
    } else {
        setState(State::Idle);
    }
}

void SparseListModel::reload()
{
    if (m_rows.empty() || !session() || !ready()) {
        refresh();
        return;
    }
    abortAll();
    m_loadingAll = false;
    setError({});
    start(true);
}

void SparseListModel::retry()
{
    if (state() != State::Error)
        return;
    if (isStale() || m_rows.empty() || (!m_randomAccess && !m_cursor)) {
        reload(); // the list itself failed (or its length, after its first page): ask for it again
        return;
    }
    setError({});
    m_paused = false;
    m_moves.clear();
    setState(m_randomAccess || !m_cursor || m_cursor->atEnd() ? State::Loaded : State::Loading);
    if (!m_randomAccess) {
        startSequential();
        return;
    }
    if (m_pendingSort)
        m_loadingAll = true;
    for (int skip : std::exchange(m_retrySkips, {}))
        want(m_offset + skip);
    m_pumpTimer.start();
}

void SparseListModel::start(bool keepRows)
{
    m_replacing = keepRows;
    setState(State::Loading);
    const quint64 generation = m_generation;
    if (!search().isEmpty()) {
        // The server searches; its answers are pages read in order.
        if (keepRows) {
            beginResetModel();
            clearRows();
            endResetModel();
            m_replacing = false;
        }
        m_cursor.emplace(listRequest(search()), pageSize());
        startSequential();
        return;
    }
    m_probe = new ListProbe(session(), listRequest({}), envelopeName(), pageSize(), this);
    connect(m_probe, &ListProbe::firstPage, this, [this, generation](const QJsonArray &items) {
        if (generation == m_generation)
            onFirstPage(items);
    });
    connect(m_probe, &ListProbe::finished, this, [this, generation](const ListProbe::Result &r) {
        if (generation == m_generation)
            onProbed(r);
    });
    connect(m_probe, &ListProbe::failed, this, [this, generation](const ApiError &e) {
        if (generation == m_generation)
            onProbeFailed(e, m_replacing);
    });
    m_probe->start();
}

void SparseListModel::onProbeFailed(const ApiError &error, bool replacing)
{
    if (m_probe)
        m_probe->deleteLater();
    m_probe = nullptr;
    m_replacing = false;
    setError(error);
    setStale(replacing); // after reload(): the rows shown are the ones from before it
    qCDebug(lcModels).noquote() << metaObject()->className() << "list failed:" << error.message();
    const bool hadPendingSort = m_pendingSort.has_value();
    m_pendingSort.reset();
    setState(State::Error);
    emit pageFailed(error);
    if (hadPendingSort)
        emit sortFinished(false);
}

// ---- sequential paging ----

void SparseListModel::startSequential()
{
    if (!session() || !m_cursor || m_cursor->atEnd() || m_sequentialJob)
        return;
    setState(State::Loading);
    Call<ListPageJob> call = session()->page(m_cursor->current(), envelopeName());
    call.job()->setParseInBackground(true);
    m_sequentialJob = std::move(call).then(
        this, [this](ListPageJob &job) { onSequentialPage(job); },
        [this](const ApiError &error) {
            m_sequentialJob = nullptr;
            onFetchFailed(error);
        });
}

void SparseListModel::appendRows(const QJsonArray &items)
{
    std::vector<QByteArray> fresh;
    fresh.reserve(size_t(items.size()));
    for (const QJsonValue &v : items) {
        const QJsonObject o = normalise(v.toObject());
        const QString id = itemId(o);
        if (!id.isEmpty() && m_sequentialIds.contains(id))
            continue; // rows shift between pages when others edit the list: never one twice
        if (!search().isEmpty() && searchesOnServer() && !matchesSearch(o, search()))
            setSearchIgnored(true);
        m_sequentialIds.insert(id);
        fresh.push_back(codec().encode(o));
    }
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (QByteArray &row : fresh)
        m_rows.push_back(std::move(row));
    m_loaded += int(fresh.size());
    endInsertRows();
}

void SparseListModel::onSequentialPage(ListPageJob &job)
{
    m_sequentialJob = nullptr;
    ++m_pages;
    const QJsonArray items = job.items();
    // Advance before inserting: views (and the model tester) call fetchMore() from rowsInserted.
    m_cursor->advance(items, job.nextLink(), session()->profile());
    if (m_cursor->failed()) {
        onFetchFailed(m_cursor->error()); // a page sent again is no page: the rows shown stay
        return;
    }
    if (m_pages == 1)
        setLoadedAt(QDateTime::currentDateTime());
    const int before = int(m_rows.size());
    appendRows(items);
    setState(m_rows.empty() && m_cursor->atEnd() ? State::Empty : State::Loaded);
    if (m_pendingSort && !m_loadingAll && !m_sortSlice.isActive()) {
        const auto [column, order] = *std::exchange(m_pendingSort, std::nullopt);
        sort(column, order); // a list read again (a new search) is sorted as the one before
        return;
    }
    if (m_loadingAll) {
        emit loadAllProgress(m_loaded, m_loaded + (m_cursor->atEnd() ? 0 : m_cursor->pageSize()));
        if (m_cursor->atEnd())
            finishLoadAll();
        else
            startSequential();
        return;
    }
    // A page that adds no row inserts nothing, so no view asks for more: go on by ourselves.
    if (int(m_rows.size()) == before && !m_cursor->atEnd())
        startSequential();
}

bool SparseListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_randomAccess || !m_cursor)
        return false;
    return !m_cursor->atEnd() && state() != State::Error;
}

void SparseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_sequentialJob || !canFetchMore())
        return; // one page at a time
    startSequential();
}

bool SparseListModel::isFetching() const
{
    return m_probe || m_sequentialJob || m_wholeJob || !m_inFlight.empty();
}

// ---- random access ----

bool SparseListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && !m_rows[size_t(row)].isEmpty();
}

void SparseListModel::want(int row) const
{
    if (!m_randomAccess || row < m_offset)
        return;
    const int skip = (row - m_offset) / m_pageRows * m_pageRows;
    const auto it = std::find(m_wanted.begin(), m_wanted.end(), skip);
    if (it != m_wanted.end()) {
        if (it + 1 == m_wanted.end())
            return; // already the latest
        m_wanted.erase(it);
    }
    m_wanted.push_back(skip);
    while (m_wanted.size() > size_t(kSparseWantedKept))
        m_wanted.pop_front(); // scrolled past: no longer wanted
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void SparseListModel::pump()
{
    if (!m_randomAccess || m_paused || !session() || m_probe || m_wholeJob)
        return; // (while a reload() probes, the rows shown are the old list's)
    auto inFlight = [this](bool bulk) {
        return int(std::count_if(m_inFlight.begin(), m_inFlight.end(),
                                 [bulk](const Fetch &f) { return f.bulk == bulk; }));
    };
    auto covered = [this](int skip) {
        return std::any_of(m_inFlight.begin(), m_inFlight.end(), [skip](const Fetch &f) {
            return skip >= f.skip && skip < f.skip + f.top;
        });
    };
    // What a view painted first, the latest wanted first.
    while (!m_wanted.empty() && inFlight(false) < kSparseVisibleInFlight) {
        const int skip = m_wanted.back();
        m_wanted.pop_back();
        if (skip >= serverRows() || covered(skip))
            continue;
        int first = skip;
        const int end = qMin(serverRows(), skip + m_pageRows);
        while (first < end && isRowLoaded(m_offset + first))
            ++first;
        if (first < end) {
            const int covered = startFetch(first, end - first, false);
            if (first + covered < end)
                want(m_offset + first + covered); // a capped server: the rest of the page next
        }
    }
    if (!m_loadingAll)
        return;
    // A server that caps its pages gets pages of its size; otherwise large ones.
    const int bulkPage = m_cap > 0 ? m_pageRows : kSparseBulkPage;
    for (int pass = 0; pass < 2; ++pass) {
        while (inFlight(true) < kSparseBulkInFlight) {
            int skip = m_loadAllNext;
            while (skip < serverRows() && (isRowLoaded(m_offset + skip) || covered(skip)))
                ++skip;
            if (skip >= serverRows()) {
                m_loadAllNext = skip;
                break;
            }
            int end = skip;
            while (end < serverRows() && end - skip < bulkPage && !isRowLoaded(m_offset + end) &&
                   !covered(end))
                ++end;
            m_loadAllNext = skip + startFetch(skip, end - skip, true);
        }
        if (inFlight(true) > 0 || m_loadAllNext == 0)
            break;
        m_loadAllNext = 0; // rows left over (short pages): once more from the top
    }
    if (m_inFlight.empty() && allLoaded())
        finishLoadAll();
}

int SparseListModel::startFetch(int skip, int top, bool bulk)
{
    // One row either side, where there is one: a page's edges are checked against the rows read
    // beside it (onFetched), so that a list that changed on the server between two pages is
    // read again rather than shown with a row twice or one missing. The edges are only checked,
    // never filled. A server that caps its pages gets no more than its cap, edges included.
    const int rows = serverRows();
    const bool before = skip > 0 && (m_cap == 0 || m_cap > 2);
    if (m_cap > 0)
        top = qMin(top, qMax(1, m_cap - (before ? 1 : 0) - (m_cap > 2 ? 1 : 0)));
    const bool after = skip + top < rows && (m_cap == 0 || m_cap > 2);
    const int first = serverIndexOf(before ? skip - 1 : skip);
    const int end = serverIndexOf(skip + top - (after ? 0 : 1)) + 1;
    const quint64 generation = m_fetchGeneration;
    Fetch fetch{skip, top, first, end - first, bulk, {}};
    Call<ListPageJob> call = session()->page(
        ListProbe::pageRequest(listRequest({}), first, end - first), envelopeName());
    // The page is read and its rows made on a worker thread; only the rows come back here.
    call.job()->setRowDigest(
        [codec = codec()](const QJsonObject &item) { return codec.encode(item); });
    fetch.job = std::move(call).then(
        this,
        [this, generation, fetch](ListPageJob &job) {
            if (generation != m_fetchGeneration)
                return;
            std::erase_if(m_inFlight, [&job](const Fetch &f) { return f.job == &job; });
            onFetched(fetch, job);
        },
        [this, generation, skip, bulk](const ApiError &error) {
            if (generation != m_fetchGeneration)
                return;
            std::erase_if(m_inFlight,
                          [](const Fetch &f) { return f.job.isNull() || !f.job->isRunning(); });
            if (!bulk)
                m_retrySkips.push_back(skip); // asked for again by retry()
            onFetchFailed(error);
        });
    m_inFlight.push_back(fetch);
    return top;
}

void SparseListModel::onFetched(const Fetch &fetch, ListPageJob &job)
{
    ++m_pages;
    const QList<QByteArray> &rows = job.rows();
    const int n = int(rows.size());
    const bool more = !job.nextLink().isEmpty();
    if (more && n > 0 && n < fetch.count && (m_cap == 0 || n < m_cap)) {
        // A page shorter than asked, with a link: the server's cap, once a second page says the
        // same (one odd page, say of a server that fills pages by bytes, is no cap: pages of one
        // row for ever after would be). Pages fit it from then on.
        if (std::exchange(m_capSeen, n) == n) {
            m_cap = n;
            m_pageRows = qMax(1, qMin(m_pageRows, n > 2 ? n - 2 : n));
        }
    }
    // Rows added here that the server's list holds: their places there are hidden from now on.
    if (!hideAddedRows(fetch, rows))
        return;
    const int known = serverRows();
    const int knownEnd = serverIndexOf(known); // the server's length as far as we know it
    // Fill the placeholders this page covers (rows read already stay as they are); every row
    // it shares with the rows read, its edges included, must be the same item, or the list
    // moved on the server since they were read.
    int firstChanged = -1;
    int lastChanged = -1;
    const int end = fetch.first + n; // the server's index after this page's last item
    for (int i = 0; i < n; ++i) {
        const int index = fetch.first + i;
        if (index >= knownEnd)
            break; // past the end we knew: below
        if (const Hidden *h = hiddenAt(index)) {
            if (codec().id(rows.at(i)) != h->id)
                return listMoved(u"a row added here is no longer where it was found"_s);
            continue;
        }
        const int row = m_offset + rowsBefore(index);
        QByteArray &cell = m_rows[size_t(row)];
        if (!cell.isEmpty()) {
            if (codec().id(cell) != codec().id(rows.at(i)))
                return listMoved(u"row %1 was %2, the server now has %3 there"_s.arg(
                    QString::number(row - m_offset), codec().id(cell), codec().id(rows.at(i))));
            continue;
        }
        const int serverRow = row - m_offset;
        if (serverRow < fetch.skip || serverRow >= fetch.skip + fetch.top)
            continue; // an edge: only checked
        cell = rows.at(i);
        ++m_loaded;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0) {
        ++m_sortGeneration;
        emit dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
    }
    if (end < qMin(knownEnd, fetch.first + fetch.count)) {
        if (more && n > 0) {
            // A page shorter than asked (a cap): the rest of it next. (An empty page ends the
            // list here whatever it links to: a view reads by position, not by links.)
            const int rest = rowsBefore(end);
            if (fetch.bulk)
                m_loadAllNext = qMin(m_loadAllNext, rest);
            else if (rest < fetch.skip + fetch.top)
                want(m_offset + rest);
        } else {
            // The list is shorter than it was: the rows past its end go (and the places of rows
            // added here that were there).
            const int from = m_offset + rowsBefore(end);
            const int to = int(m_rows.size()) - 1;
            for (int r = from; r <= to; ++r) {
                // Rows read there are rows the server no longer has there: those before them
                // may have gone or moved too, so every row is read again rather than trusted.
                if (!m_rows[size_t(r)].isEmpty())
                    return listMoved(u"the list now ends at %1, before row %2 read"_s.arg(
                        QString::number(end), QString::number(r - m_offset)));
            }
            std::erase_if(m_hidden, [end](const Hidden &h) { return h.index >= end; });
            if (from <= to) {
                ++m_sortGeneration;
                beginRemoveRows({}, from, to);
                for (int r = from; r <= to; ++r)
                    m_loaded -= m_rows[size_t(r)].isEmpty() ? 0 : 1;
                m_rows.resize(size_t(from));
                m_cachedRow = -1;
                endRemoveRows();
            }
            if (n == 0 && fetch.first > 0 && from > m_offset)
                want(from - 1); // the end lies before this page: look one page back
        }
    } else if (end >= knownEnd && (more || n > knownEnd - fetch.first)) {
        // The list grew past the end we knew: the new rows are added, and the end is read again.
        std::vector<QByteArray> extra;
        for (int i = qMax(0, knownEnd - fetch.first); i < n; ++i) {
            if (!hiddenAt(fetch.first + i))
                extra.push_back(rows.at(i));
        }
        if (!extra.empty()) {
            ++m_sortGeneration;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + extra.size()) - 1);
            for (QByteArray &row : extra) {
                m_rows.push_back(std::move(row));
                ++m_loaded;
            }
            endInsertRows();
        }
        if (more && n > 0) {
            // A list that grows at its end by a page or more while each page is read would be
            // followed for ever: that many changes and it is read whole instead.
            if (movedTooOften()) {
                readWhole();
                return;
            }
            startFetch(serverRows(), m_pageRows,
                       fetch.bulk); // a tail page: grows the list again if need be
        }
    }
    if (m_loadingAll)
        emit loadAllProgress(m_loaded, int(m_rows.size()));
    if (m_pendingSort)
        emit sortProgress(m_loaded, int(m_rows.size()));
    pump();
}

void SparseListModel::onFetchFailed(const ApiError &error)
{
    m_paused = true; // no silent hammering of a failing server: retry() goes on
    setError(error);
    qCDebug(lcModels).noquote() << metaObject()->className() << "page failed:" << error.message();
    const bool hadPendingSort = m_pendingSort.has_value();
    if (hadPendingSort) {
        m_pendingSort.reset();
        m_loadingAll = false;
    }
    setState(State::Error);
    emit pageFailed(error);
    if (hadPendingSort)
        emit sortFinished(false);
}

void SparseListModel::loadAll()
{
    if (allLoaded()) {
        m_loadingAll = false;
        finishLoadAll();
        return;
    }
    m_loadingAll = true;
    m_loadAllNext = 0;
    emit loadAllProgress(m_loaded, int(m_rows.size()));
    if (m_randomAccess) {
        pump();
    } else {
        startSequential();
    }
}

void SparseListModel::cancelLoadAll()
{
    m_loadingAll = false;
    for (Fetch &f : m_inFlight) {
        if (f.bulk) {
            if (ListPageJob *job = std::exchange(f.job, nullptr))
                job->abort();
        }
    }
    std::erase_if(m_inFlight, [](const Fetch &f) { return f.job.isNull(); });
}

bool SparseListModel::allLoaded() const
{
    if (m_probe || m_replacing)
        return false;
    if (!m_randomAccess && m_cursor && !m_cursor->atEnd())
        return false;
    return m_loaded == int(m_rows.size());
}

void SparseListModel::finishLoadAll()
{
    m_loadingAll = false;
    emit loadAllProgress(m_loaded, int(m_rows.size()));
    emit loadedAll();
    if (m_pendingSort)
        startSortPass();
}

// ---- rows ----

const QJsonObject &SparseListModel::objectAt(int row) const
{
    if (row != m_cachedRow) {
        m_cachedObject = codec().decode(m_rows[size_t(row)]);
        m_cachedRow = row;
    }
    return m_cachedObject;
}

int SparseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SparseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QByteArray &raw = m_rows[size_t(index.row())];
    if (raw.isEmpty()) {
        switch (role) {
        case LoadedRole:
            return false;
        case Qt::DisplayRole:
            want(index.row()); // painted: read its page soon
            return index.column() == 0 ? u"…"_s : QString();
        default:
            return {};
        }
    }
    switch (role) {
    case LoadedRole:
        return true;
    case IdRole:
        return codec().id(raw);
    case JsonRole:
        return objectAt(index.row());
    default:
        return cell(objectAt(index.row()), index.column(), role);
    }
}

QJsonObject SparseListModel::itemAt(int row) const
{
    return isRowLoaded(row) ? objectAt(row) : QJsonObject();
}

int SparseListModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        if (!m_rows[size_t(r)].isEmpty() && codec().id(m_rows[size_t(r)]) == id)
            return r;
    }
    return -1;
}

void SparseListModel::updateItem(const QJsonObject &answer)
{
    if (answer.isEmpty()) {
        refresh(); // the server did not say what it made of it: read again
        return;
    }
    const QJsonObject item = normalise(answer);
    const int row = rowOfId(itemId(item));
    if (row < 0)
        return;
    m_rows[size_t(row)] = codec().encode(item);
    m_cachedRow = -1;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace infiniti
