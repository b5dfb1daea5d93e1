// SparseListModel's sorting: every row read first, keys made in slices, compared on a worker.
#include "models/SparseListModel.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kSparseKeySliceMs = 8; // time spent making sort keys per turn of the event loop

QString sparseSortKey(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? u"1"_s : u"0"_s;
    case QMetaType::Int:
    case QMetaType::LongLong:
        // Sign-flipped and zero-padded: text order is number order.
        return QString::number(quint64(v.toLongLong()) ^ (quint64(1) << 63), 16)
            .rightJustified(16, u'0');
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        // Plain text order, case-folded — as a server orders its list — not the numbers-aware
        // DisplayText::sortKey() of the smaller lists: the users' natural order is the server's
        // (by username, never sorted here), and the other way round must be its reverse.
        return v.toString().toCaseFolded();
    }
}
} // namespace

int SparseListModel::sortedPlaceOf(const QJsonObject &item) const
{
    // Only rows this model ordered itself (every row here) have a place it can tell; in the
    // server's order, where a new row goes is the server's to say.
    if (m_sortColumn < 0 || m_randomAccess || m_pendingSort || !allLoaded())
        return -1;
    const auto keyOf = [this](const QJsonObject &o) {
        QVariant v = cell(o, m_sortColumn, SortRole);
        if (!v.isValid())
            v = cell(o, m_sortColumn, Qt::DisplayRole);
        return sparseSortKey(v);
    };
    const QString key = keyOf(item);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    int low = 0;
    int high = int(m_rows.size());
    while (low < high) { // after its equals, as a stable sort puts a row that came last
        const int middle = low + (high - low) / 2;
        const QString there = keyOf(codec().decode(m_rows[size_t(middle)]));
        if (descending ? there < key : key < there)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

bool SparseListModel::addsItemsAtTheTop() const
{
    return m_sortColumn < 0 || m_randomAccess || m_pendingSort || !allLoaded();
}

void SparseListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    if (column < 0 || isNaturalOrder(column, order)) {
        if (m_sortColumn < 0 && !m_pendingSort)
            return; // the server's order already
        if (m_sortColumn < 0 || isNaturalOrder(m_sortColumn, m_sortOrder)) {
            // The rows are in this order already: a sort waiting for rows is not needed.
            const bool pending = m_pendingSort.has_value();
            m_pendingSort.reset();
            cancelSort();
            if (pending)
                emit sortFinished(true);
            return;
        }
        column = 0; // sorted otherwise before: back to the first column's order
        order = Qt::AscendingOrder;
    }
    if (!m_pendingSort && column == m_sortColumn && order == m_sortOrder)
        return;
    m_pendingSort = std::pair{column, order};
    if (m_probe || m_replacing)
        return; // sorted once the list is known (onProbed)
    if (allLoaded()) {
        startSortPass();
        return;
    }
    emit sortProgress(m_loaded, int(m_rows.size()));
    setError({});
    if (state() == State::Error) {
        m_paused = false;
        setState(State::Loaded);
    }
    loadAll();
}

void SparseListModel::cancelSort()
{
    const bool pending = m_pendingSort.has_value();
    m_pendingSort.reset();
    ++m_sortGeneration;
    m_sortSlice.stop();
    m_sortKeys.clear();
    if (m_loadingAll)
        cancelLoadAll();
    if (pending)
        emit sortFinished(false);
}

void SparseListModel::startSortPass()
{
    if (!m_pendingSort)
        return;
    m_sortKeys.assign(m_rows.size(), QString());
    m_sortKeysMade = 0;
    ++m_sortGeneration;
    emit sortProgress(m_loaded, int(m_rows.size()));
    m_sortSlice.start();
}

void SparseListModel::makeSortKeys()
{
    if (!m_pendingSort)
        return;
    if (m_sortKeys.size() != m_rows.size() || !allLoaded()) {
        sort(m_pendingSort->first, m_pendingSort->second); // rows came or went: again
        return;
    }
    const int column = m_pendingSort->first;
    QElapsedTimer slice;
    slice.start();
    int end = m_sortKeysMade;
    while (end < int(m_rows.size()) && ((end & 15) != 0 || slice.elapsed() < kSparseKeySliceMs)) {
        const QJsonObject o = codec().decode(m_rows[size_t(end)]);
        QVariant v = cell(o, column, SortRole);
        if (!v.isValid())
            v = cell(o, column, Qt::DisplayRole);
        m_sortKeys[size_t(end)] = sparseSortKey(v);
        ++end;
    }
    m_sortKeysMade = end;
    if (end < int(m_rows.size())) {
        m_sortSlice.start(); // the next slice after the events waiting
        return;
    }
    // The comparisons on a worker thread, on keys of its own; the rows move here.
    const auto [sortColumn, sortOrder] = *m_pendingSort;
    const quint64 generation = m_sortGeneration;
    auto keys = std::make_shared<std::vector<QString>>(std::move(m_sortKeys));
    m_sortKeys.clear();
    auto order = std::make_shared<std::vector<int>>();
    QThread *worker = QThread::create([keys, order, descending = sortOrder == Qt::DescendingOrder] {
        order->resize(keys->size());
        std::iota(order->begin(), order->end(), 0);
        std::stable_sort(order->begin(), order->end(), [&](int a, int b) {
            return descending ? (*keys)[size_t(b)] < (*keys)[size_t(a)]
                              : (*keys)[size_t(a)] < (*keys)[size_t(b)];
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this,
            [this, order, generation, column = sortColumn, o = sortOrder] {
                if (generation != m_sortGeneration || !m_pendingSort ||
                    order->size() != m_rows.size())
                    return; // rows changed meanwhile (or cancelled): a later pass sorts them
                applySortOrder(*order, column, o);
            });
    worker->start(QThread::LowPriority);
}

void SparseListModel::applySortOrder(const std::vector<int> &order, int column,
                                     Qt::SortOrder sortOrder)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to << index(rank[size_t(i.row())], i.column());
    std::vector<QByteArray> sorted(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = std::move(m_rows[size_t(order[i])]);
    m_rows.swap(sorted);
    m_cachedRow = -1;
    m_randomAccess = false; // every row is here; their places are no longer the server's
    m_offset = 0;
    m_hidden.clear();
    m_sortColumn = column;
    m_sortOrder = sortOrder;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    endSort(true);
}

void SparseListModel::endSort(bool sorted)
{
    m_pendingSort.reset();
    emit sortFinished(sorted);
}

} // namespace infiniti
