#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/PageCursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace infiniti {
class ApiJob;
class Session;
} // namespace infiniti

namespace infiniti::compare {

class RequestQueue;

// Reads a whole list, every page, through ListPageJob and src/api's PageCursor (contract 9.1):
// $skip/$top on the first request; then @nextLink until the server sends none, on the profile's
// origins only (else the next page by $skip arithmetic, so the token stays home). A short page is
// not the end: servers cap pages below $top; nor is an empty page that links on. Garbage fails
// loudly — a list property that is not an array, items that are not objects (ListPageJob), a link
// seen before, the same page again, an item (by id) listed twice, or an absurd number of pages
// (PageCursor; which ids: setItemIds()) — because a comparison on a short list would be a silent
// wrong answer. Unlike Session::readAll() (ListAllJob), each page goes through the server's
// RequestQueue, so a comparison's reads share its bound.
class ListReader : public QObject
{
    Q_OBJECT
public:
    ListReader(Session *session, RequestQueue *queue, ApiRequest first, QLatin1StringView envelope,
               int pageSize, QObject *parent = nullptr);

    void start();
    bool succeeded() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QList<QJsonObject> &items() const { return m_items; }
    QList<QJsonObject> takeItems() { return std::move(m_items); }
    int pages() const { return m_cursor.pages(); }
    // The ids a list item stands for in the check for an item listed twice: its own id unless
    // told otherwise — a list whose items nest the ones that count says which (the documented
    // published-projects list: a publish folder may go on over the next page, its publications
    // may not come twice). Before start().
    using ItemIds = std::function<QStringList(const QJsonObject &item)>;
    void setItemIds(ItemIds ids);

    // More pages than this is a server that never stops, not a list.
    static constexpr int kMaxPages = PageCursor::kMaxPages;

signals:
    void pageRead(int items);
    void finished(infiniti::compare::ListReader *reader);

private:
    void requestPage(const ApiRequest &request);
    void onPage(ApiJob *job);
    void fail(const ApiError &error);
    // The page's ids noted in the cursor; false (the cursor failed) on one listed before.
    bool noteIds(const QJsonArray &items);

    Session *m_session;
    RequestQueue *m_queue;
    QLatin1StringView m_envelope;
    PageCursor m_cursor;
    QList<QJsonObject> m_items;
    ItemIds m_itemIds;
    bool m_done = false;
    ApiError m_error;
};

} // namespace infiniti::compare
