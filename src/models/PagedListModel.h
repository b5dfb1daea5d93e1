#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ListPageJob.h"
#include "api/PageCursor.h"
#include "api/Session.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace infiniti {

// A table over a paged server list (contract 1.5/9.1). rowCount() counts loaded rows,
// canFetchMore() says more exist (the server sent an @nextLink, whatever the size of its pages),
// fetchMore() asks for one page; calls while a page is in flight are ignored
// (QAbstractItemModelTester calls it on every check). An answer that is not a list, or a server
// that keeps sending the same page, is an error (state Error, lastError()), never a short list.
// Subclasses say which request lists the resource and how an item shows in the columns.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)
    enum Role {
        IdRole = Qt::UserRole + 1, // the item's opaque id
        JsonRole,                  // the whole item as the server sent it (QJsonObject)
        SortRole,                  // a value that sorts naturally (booleans, dates)
        LoadedRole, // false for a row not read yet (a placeholder, see SparseListModel)
        // A cell that lists names ("Infiniti Users, Legal"): the names (QStringList). In the
        // header (horizontal): true for a column of such cells.
        ItemsRole,
    };

    explicit PagedListModel(QObject *parent = nullptr);
    ~PagedListModel() override;

    void setSession(Session *session);
    Session *session() const { return m_session; }

    // The filter text. A model that searchesOnServer() asks the server (our emulator's `search`
    // extension) and reads the list again; when the server ignores it,
    // searchCoversLoadedRowsOnly() turns true. Views filter the loaded rows themselves.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Whether the list is asked of the server with the search text; otherwise (short lists:
    // groups, roles, projects…) only the view filters, and nothing is read again.
    virtual bool searchesOnServer() const { return false; }
    // The filter covers the rows loaded so far only: the server ignored the search, or the view
    // filters a list not read to its end.
    bool searchCoversLoadedRowsOnly() const
    {
        return searchesOnServer() ? m_searchIgnored : !m_search.isEmpty() && canFetchMore();
    }

    // Rows must pass `accepts` to be listed at all: where the model asks the server to filter
    // with an extension it may ignore (folderId, status), the rows are filtered again here.
    // Refreshes. rowFilterWasIgnored() turns true once the server sent a row the filter drops.
    void setRowFilter(std::function<bool(const QJsonObject &)> accepts);
    bool rowFilterWasIgnored() const { return m_rowFilterIgnored; }

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    virtual bool isFetching() const { return m_job != nullptr; }
    virtual int pagesFetched() const { return m_pagesFetched; }
    // How many items the list holds as far as it is known: its rows, less any row shown twice
    // for now (SparseListModel: a row added here until the page holding it is read).
    virtual int itemCount() const { return rowCount(); }

    // Drops what is loaded and fetches the first page again.
    virtual void refresh();
    // F5: fetches the first page again but keeps the loaded rows until it answers. When that
    // fails they stay, stale (isStale()), beside the error; retry() tries the first page again.
    virtual void reload();
    bool isStale() const { return m_stale; }
    // When the rows on screen were read (the first page of the current list).
    QDateTime loadedAt() const { return m_loadedAt; }
    // After a failed page: try that page again.
    virtual void retry();

    virtual QJsonObject itemAt(int row) const { return m_items.value(row); }
    virtual int rowOfId(const QString &id) const;
    // Replaces one item with the server's newer answer (after an edit elsewhere).
    virtual void updateItem(const QJsonObject &item);
    // Shows an item the server just created, at the top (the next refresh puts it in order; a
    // view's sorting proxy puts it in place at once).
    virtual void addItem(const QJsonObject &item);
    // Whether addItem() leaves a new item at the top, out of the order the rows are shown in (a
    // model that sorts its rows itself, while they are in the server's order); false where a
    // view's sorting puts it in its place.
    virtual bool addsItemsAtTheTop() const { return false; }
    virtual void removeId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Whether sort() orders every row of the list itself (loading what it needs first); when
    // false, a view sorts the rows it has (a QSortFilterProxyModel over the loaded rows).
    virtual bool sortsRows() const { return false; }

signals:
    void stateChanged(infiniti::PagedListModel::State state);
    void pageFailed(const infiniti::ApiError &error);

protected:
    virtual ApiRequest listRequest(const QString &search) const = 0;
    virtual QLatin1StringView envelopeName() const = 0;
    virtual QString itemId(const QJsonObject &item) const;
    virtual QStringList columnTitles() const = 0;
    virtual QVariant cell(const QJsonObject &item, int column, int role) const = 0;
    // A column whose cells list names (see ItemsRole).
    virtual bool listsItems(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    // Asked only of a model that searchesOnServer(): whether a row the server sent matches the
    // search text, to notice a server that ignored `search`.
    virtual bool matchesSearch(const QJsonObject &item, const QString &text) const
    {
        Q_UNUSED(item);
        Q_UNUSED(text);
        return true;
    }
    virtual int pageSize() const { return 100; }
    // False while the list has nothing to ask for yet (a sub-list before its parent is chosen):
    // refresh() then leaves it empty and Idle.
    virtual bool ready() const { return true; }
    // What a row keeps of an item the server sent (e.g. without a large binary); called for
    // listed, added and updated items.
    virtual QJsonObject normalise(const QJsonObject &item) { return item; }
    // The rows a page's items make (one each; published projects may come as folders holding
    // several).
    virtual QList<QJsonObject> rowsOf(const QJsonArray &items) const;

    // For subclasses that keep rows of their own (SparseListModel).
    void setState(State state);
    void setError(const ApiError &error) { m_error = error; }
    void setStale(bool stale) { m_stale = stale; }
    void setLoadedAt(const QDateTime &at) { m_loadedAt = at; }
    void setSearchIgnored(bool ignored) { m_searchIgnored = ignored; }

private:
    void onPage(ListPageJob &job);
    void onPageFailed(const ApiError &error);
    void startFetch();

    QPointer<Session> m_session;
    QString m_search;
    bool m_searchIgnored = false;
    std::function<bool(const QJsonObject &)> m_rowFilter;
    bool m_rowFilterIgnored = false;
    std::optional<PageCursor> m_cursor;
    QPointer<ListPageJob> m_job;
    QList<QJsonObject> m_items;
    mutable int m_columns = -1; // columnTitles() is translated text: count it once
    QSet<QString> m_ids;
    State m_state = State::Idle;
    ApiError m_error;
    int m_pagesFetched = 0;
    bool m_replacing = false; // the next page answered replaces the rows (reload())
    bool m_stale = false;
    QDateTime m_loadedAt;
};

} // namespace infiniti
