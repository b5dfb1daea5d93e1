// SparseListModel's first page and length: the first page shown as soon as it comes, the rest
// of the list once ListProbe has found its length.
#include "models/SparseListModel.h"

#include "api/Session.h"
#include "models/Log.h"

namespace infiniti {

void SparseListModel::onFirstPage(const QJsonArray &items)
{
    // Shown at once, while the probe still looks for the length (the state stays Loading).
    if (m_replacing) {
        beginResetModel();
        clearRows();
        setStale(false);
        setSearchIgnored(false);
        m_replacing = false;
        m_pages = 1;
        appendFirstPage(items);
        endResetModel();
    } else if (!items.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        m_pages = 1;
        appendFirstPage(items);
        endInsertRows();
    }
    setLoadedAt(QDateTime::currentDateTime());
    qCDebug(lcModels).noquote() << metaObject()->className() << "shows its first" << items.size()
                                << "rows; its length is being found";
}

void SparseListModel::appendFirstPage(const QJsonArray &items)
{
    // In the server's order, as many as it sent: with random access, row i is item i.
    for (const QJsonValue &v : items) {
        const QJsonObject o = normalise(v.toObject());
        m_sequentialIds.insert(itemId(o));
        m_rows.push_back(codec().encode(o));
    }
    m_loaded += int(items.size());
}

void SparseListModel::onProbed(const ListProbe::Result &r)
{
    if (m_probe)
        m_probe->deleteLater();
    m_probe = nullptr;
    m_probeRequests = r.requests;
    m_probeRounds = r.rounds;
    m_pages = 1;
    m_randomAccess = r.randomAccess;
    if (m_randomAccess) {
        // The first page is shown: the rest of the list comes as placeholders.
        m_pageRows = qMax(1, r.pageRows);
        if (r.pageRows > 0 && r.pageRows < pageSize()) {
            // The server's cap: a page and the rows either side of it (startFetch) fit in it.
            m_cap = r.pageRows;
            m_pageRows = m_cap > 2 ? m_cap - 2 : m_cap;
        }
        const int shown = serverRows();
        if (r.total > shown) {
            beginInsertRows({}, int(m_rows.size()), m_offset + r.total - 1);
            m_rows.resize(size_t(m_offset + r.total));
            endInsertRows();
        } else if (r.total < shown) {
            beginRemoveRows({}, m_offset + r.total, int(m_rows.size()) - 1);
            m_loaded -= shown - r.total;
            m_rows.resize(size_t(m_offset + r.total));
            m_cachedRow = -1;
            endRemoveRows();
        }
        if (std::exchange(m_resyncAfterProbe, false))
            resync(0); // rows came or went here meanwhile: the rows read may be a row off
    } else {
        m_resyncAfterProbe = false;
        m_cursor.emplace(listRequest({}), pageSize());
        m_cursor->advance(r.firstItems, r.complete ? QUrl() : r.firstNextLink,
                          session()->profile());
        if (!m_cursor->atEnd()) {
            // Paged in order from here: views ask for more (canFetchMore()) when they are reset.
            beginResetModel();
            endResetModel();
        }
    }
    if (!m_randomAccess && m_cursor->failed()) {
        setError(m_cursor->error());
        setState(State::Error);
        emit pageFailed(m_cursor->error());
        return;
    }
    setState(m_rows.empty() && (m_randomAccess || m_cursor->atEnd()) ? State::Empty
                                                                     : State::Loaded);
    emit lengthKnown();
    if (m_pendingSort) {
        const auto [column, order] = *m_pendingSort;
        m_pendingSort.reset();
        sort(column, order);
    }
}

} // namespace infiniti
