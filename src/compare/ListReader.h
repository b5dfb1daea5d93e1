#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace infiniti {
class ApiJob;
class Session;
} // namespace infiniti

namespace infiniti::compare {

class RequestQueue;

// Reads a whole list, every page, through ListPageJob (contract 9.1): $skip/$top on the first
// request; then @nextLink until the server sends none, on the profile's origins only (else the
// next page by $skip arithmetic, so the token stays home). A short page is not the end: servers
// cap pages below $top. An empty page ends the list. Garbage fails loudly — a list property that
// is not an array, items that are not objects, a link seen before, the same page again, or an
// absurd number of pages — because a comparison on a short list would be a silent wrong answer.
//
// This is the one place in src/compare that walks pages. PageCursor (src/api) still stops on
// short pages, and a read-all helper is being added there; when it lands, this class is what
// to replace with it, and nothing else in the library changes.
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
    int pages() const { return m_pages; }

    // More pages than this is a server that never stops, not a list.
    static constexpr int kMaxPages = 100000;

signals:
    void pageRead(int items);
    void finished(infiniti::compare::ListReader *reader);

private:
    void requestPage(const ApiRequest &request);
    void onPage(ApiJob *job);
    void fail(const ApiError &error);
    void fail(const QString &action, int status, const QString &why);

    Session *m_session;
    RequestQueue *m_queue;
    ApiRequest m_first;
    QLatin1StringView m_envelope;
    int m_pageSize;
    QList<QJsonObject> m_items;
    QSet<QString> m_seenLinks;
    QJsonArray m_previousPage;
    int m_pages = 0;
    int m_skip = 0;
    bool m_done = false;
    ApiError m_error;
};

} // namespace infiniti::compare
