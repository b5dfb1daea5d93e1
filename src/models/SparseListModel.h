#pragma once

#include "models/CompactRows.h"
#include "models/ListProbe.h"
#include "models/PagedListModel.h"

#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace infiniti {

// A paged list that reaches any row at once (issue #15; docs/ARCHITECTURE.md "Lists at scale").
// A ListProbe finds whether the server honours $skip/$top and how long the list is; then
// rowCount() is the whole list, rows not read yet are placeholders ("…", LoadedRole false), and
// only the pages a view paints are fetched (at most two at a time, the latest wanted first, so a
// thumb dragged across the list does not queue every page it passed). Rows are kept compactly
// (CompactRows: the columns' texts and the id), not as QJsonObject. A server that ignores
// $skip/$top, and a search, are paged in order as PagedListModel does (canFetchMore/fetchMore).
// sort() orders every row: the rows not read yet are read first (loadAll(), progress with
// sortProgress(), cancelSort()), the keys are made in slices on this thread and sorted on a
// worker, and the rows take their new places in one layoutChanged.
class SparseListModel : public PagedListModel
{
    Q_OBJECT
public:
    explicit SparseListModel(QObject *parent = nullptr);
    ~SparseListModel() override;

    void refresh() override;
    void reload() override;
    void retry() override;
    QJsonObject itemAt(int row) const override;
    int rowOfId(const QString &id) const override;
    void updateItem(const QJsonObject &item) override;
    void addItem(const QJsonObject &item) override;
    void removeId(const QString &id) override;
    bool isFetching() const override;
    int pagesFetched() const override { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool sortsRows() const override { return true; }

    // Random access in use: rowCount() is the whole list, placeholders included.
    bool isRandomAccess() const { return m_randomAccess; }
    int loadedRows() const { return m_loaded; }
    bool isRowLoaded(int row) const;
    // Requests the probe needed to find the list's length (for the record and the tests).
    int probeRequests() const { return m_probeRequests; }

    // Reads every row not read yet (a sort over all rows needs them); loadAllProgress() while
    // it goes, loadedAll() at the end. cancelLoadAll() stops it (the rows read stay).
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    bool allLoaded() const;
    // The order the rows are in (column -1: the server's) and a sort waiting for rows or keys.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortPending() const { return m_pendingSort.has_value(); }
    void cancelSort();

signals:
    // While loadAll() reads; (0, 0) when a refresh dropped the list it was reading.
    void loadAllProgress(int loaded, int total);
    void loadedAll();
    // A sort waits for rows (loaded of total read) or is being made (loaded == total).
    void sortProgress(int loaded, int total);
    // The rows are in their new order, or the sort was given up (cancelled, a page failed):
    // sortColumn()/sortOrder() say the order the rows are really in.
    void sortFinished(bool sorted);

protected:
    // What a row keeps of an item (the columns' sources and the id).
    virtual QList<CompactField> compactFields() const = 0;

private:
    struct Fetch
    {
        int skip = 0;
        int top = 0;
        bool bulk = false;
        QPointer<ListPageJob> job;
    };

    void clearRows();
    void abortAll();
    void start(bool keepRows);
    void onProbed(const ListProbe::Result &result, bool replacing);
    void onProbeFailed(const ApiError &error, bool replacing);
    const CompactRows &codec() const;
    const QJsonObject &objectAt(int row) const;
    void appendRows(const QJsonArray &items);

    // Sequential paging (a server without random access, or a search).
    void startSequential();
    void onSequentialPage(ListPageJob &job);

    // Random access.
    void want(int row) const;
    void pump();
    void startFetch(int skip, int top, bool bulk);
    void onFetched(const Fetch &fetch, ListPageJob &job);
    void onFetchFailed(const ApiError &error);
    int serverRows() const { return int(m_rows.size()) - m_offset; }
    void finishLoadAll();

    // Sorting.
    bool isNaturalOrder(int column, Qt::SortOrder order) const
    {
        return column < 0 || (column == 0 && order == Qt::AscendingOrder);
    }
    void startSortPass();
    void makeSortKeys();
    void applySortOrder(const std::vector<int> &order, int column, Qt::SortOrder sortOrder);
    void endSort(bool sorted);

    mutable CompactRows m_codec;
    std::vector<QByteArray> m_rows; // empty: not read yet
    int m_loaded = 0;
    int m_offset = 0; // rows added at the top here, ahead of the server's list
    bool m_randomAccess = false;
    int m_pageRows = 100;
    int m_pages = 0;
    int m_probeRequests = 0;
    quint64 m_generation = 0; // answers for an earlier list are dropped

    QPointer<ListProbe> m_probe;
    bool m_replacing = false; // reload(): the rows shown stay until the new list answers

    std::optional<PageCursor> m_cursor;
    QPointer<ListPageJob> m_sequentialJob;
    QSet<QString> m_sequentialIds;

    std::vector<Fetch> m_inFlight;
    mutable std::deque<int> m_wanted; // page starts ($skip) a view painted, the latest last
    mutable QTimer m_pumpTimer;
    bool m_paused = false; // a page failed: nothing more until retry()
    std::vector<int> m_retrySkips;
    bool m_loadingAll = false;
    int m_loadAllNext = 0;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<std::pair<int, Qt::SortOrder>> m_pendingSort;
    std::vector<QString> m_sortKeys;
    int m_sortKeysMade = 0;
    quint64 m_sortGeneration = 0; // a sort under way is dropped when rows change meanwhile
    QTimer m_sortSlice;

    mutable int m_cachedRow = -1;
    mutable QJsonObject m_cachedObject;
};

} // namespace infiniti
