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
// worker, and the rows take their new places in one layoutChanged. Pages are read with the rows
// either side and checked against the rows read: a list that changed on the server between two
// pages, or a row created here, makes the rows be read again (SparseListChanges.cpp), so no row
// is shown twice or left out; a list that keeps changing is read whole, in one answer without
// $skip/$top (or, from a server that pages even then, fails saying so).
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
    int itemCount() const override
    {
        return int(m_rows.size()) - (m_randomAccess ? m_offset - int(m_hidden.size()) : 0);
    }
    // The rows a page is read in (the grid a view's rows are fetched by).
    int pageRows() const { return m_pageRows; }
    // How often pages did not fit beside the rows read, so that the rows were read again.
    int resyncs() const { return m_resyncs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool sortsRows() const override { return true; }
    // At the top while the rows are in the server's order (or not all here); in their place
    // once this model ordered every row itself.
    bool addsItemsAtTheTop() const override;

    // Random access in use: rowCount() is the whole list, placeholders included.
    bool isRandomAccess() const { return m_randomAccess; }
    int loadedRows() const { return m_loaded; }
    bool isRowLoaded(int row) const;
    // Requests the probe needed to find the list's length, and in how many rounds (requests that
    // waited for others' answers); for the record and the tests.
    int probeRequests() const { return m_probeRequests; }
    int probeRounds() const { return m_probeRounds; }
    // The first page may be shown while the list's length is still being found (then the state
    // is Loading); lengthKnown() once it is (the rows are then the whole list, or paged in order).
    bool isFindingLength() const { return m_probe != nullptr; }

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
    void lengthKnown();

protected:
    // What a row keeps of an item (the columns' sources and the id).
    virtual QList<CompactField> compactFields() const = 0;
    // Rows are made from the server's items on a worker thread (CompactRows), so nothing of the
    // model may change an item before: a sparse list takes its items as the server sends them.
    QJsonObject normalise(const QJsonObject &item) final { return item; }

private:
    struct Fetch
    {
        int skip = 0;  // the first of this list's rows asked for (rows added here not counted)
        int top = 0;   // how many
        int first = 0; // the server's index of the first item asked for: one row before skip
        int count = 0; // items asked for: top, and the rows either side to check the edges
        bool bulk = false;
        QPointer<ListPageJob> job;
    };
    // A row added here (shown at the top) found in the server's list: its index there is
    // hidden, so that it is not shown twice and the rows after it keep their places.
    struct Hidden
    {
        int index = 0;
        QString id;
    };

    void clearRows();
    void abortAll();
    // Every page asked for is aborted and forgotten (retries too); their answers are dropped.
    void dropFetches();
    void start(bool keepRows);
    void onFirstPage(const QJsonArray &items);
    void appendFirstPage(const QJsonArray &items);
    void onProbed(const ListProbe::Result &result);
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
    int startFetch(int skip, int top, bool bulk);
    void onFetched(const Fetch &fetch, ListPageJob &job);
    void onFetchFailed(const ApiError &error);
    int serverRows() const { return int(m_rows.size()) - m_offset; }

    // The server's list as it is now, and this list's rows (SparseListChanges.cpp).
    int serverIndexOf(int serverRow) const; // the server's index of one of this list's rows
    int rowsBefore(int index) const;        // this list's rows before the server's index
    const Hidden *hiddenAt(int index) const;
    int addedRowOf(const QString &id) const; // among the rows added here (at the top), or -1
    bool hideAddedRows(const Fetch &fetch, const QList<QByteArray> &rows);
    // The server's list changed where its rows cannot tell (a create here, a page that does not
    // fit beside the rows read): every row read from it is read again; `grown` rows more.
    void resync(int grown);
    // A page that does not fit beside the rows read: the list changed on the server.
    void listMoved(const QString &why);
    // A change of the server's list seen now; true when they came too often within a minute.
    bool movedTooOften();
    // A list that keeps moving while it is read: read in one answer, without $skip/$top.
    void readWhole();
    void onWhole(ListPageJob &job);
    void finishLoadAll();

    // Sorting.
    bool isNaturalOrder(int column, Qt::SortOrder order) const
    {
        return column < 0 || (column == 0 && order == Qt::AscendingOrder);
    }
    // Where a new row goes among rows this model sorted (every row read): after its equals;
    // -1 in the server's order.
    int sortedPlaceOf(const QJsonObject &item) const;
    void startSortPass();
    void makeSortKeys();
    void applySortOrder(const std::vector<int> &order, int column, Qt::SortOrder sortOrder);
    void endSort(bool sorted);

    mutable CompactRows m_codec;
    std::vector<QByteArray> m_rows; // empty: not read yet
    int m_loaded = 0;
    int m_offset = 0;                // rows added at the top here, ahead of the server's list
    std::vector<Hidden> m_hidden;    // by index; the server's indexes of rows added here
    bool m_resyncAfterProbe = false; // rows added or removed while the length was being found
    int m_cap = 0;                   // the server's largest page, once it showed one (0: none)
    int m_capSeen = 0;               // the last short page with a link (a cap once seen twice)
    std::vector<qint64> m_moves;     // when pages last did not fit (ms since the epoch)
    quint64 m_fetchGeneration = 0;   // pages asked for before a resync are dropped
    int m_resyncs = 0;
    bool m_randomAccess = false;
    int m_pageRows = 100;
    int m_pages = 0;
    int m_probeRequests = 0;
    int m_probeRounds = 0;
    quint64 m_generation = 0; // answers for an earlier list are dropped

    QPointer<ListProbe> m_probe;
    bool m_replacing = false; // reload(): the rows shown stay until the new list answers

    std::optional<PageCursor> m_cursor;
    QPointer<ListPageJob> m_sequentialJob;
    QPointer<ListPageJob> m_wholeJob; // readWhole()
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
