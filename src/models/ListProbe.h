#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace infiniti {

class ListPageJob;
class Session;

// How a paged list can be read (contract 9.1: the API has no total count). Reads the first page
// ($skip=0, $top=pageSize), then asks for the second item alone ($skip=1, $top=1): a server that
// answers with exactly that item honours $skip/$top, so any part of the list can be read at any
// time. The length is then found with tiny requests ($top=1): $skip doubled until past the end,
// then a binary search — about 2·log2(N / page) of them. A server that ignores $skip or $top
// (or whose first page is the whole list) is reported as such, with the first page, for the
// caller to page through in order. Exactly one of finished() / failed(); abort() sends neither.
class ListProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool randomAccess = false; // $skip/$top honoured: total is the list's length
        bool complete = false;     // the first page is the whole list
        int total = 0;
        int pageRows = 0; // the rows of a full page as the server sends them (its cap)
        QJsonArray firstItems;
        QUrl firstNextLink;
        int requests = 0;
    };

    ListProbe(Session *session, ApiRequest list, QLatin1StringView envelope, int pageSize,
              QObject *parent = nullptr);
    void start();
    void abort();

    // `list` asking for `top` items from `skip` on (replacing any $skip/$top it has).
    static ApiRequest pageRequest(ApiRequest list, int skip, int top);

signals:
    void finished(const infiniti::ListProbe::Result &result);
    void failed(const infiniti::ApiError &error);

private:
    void onFirstPage(ListPageJob &job);
    void onSecondItem(ListPageJob &job);
    void probe(int index);
    void onProbe(int index, bool exists);
    void fail(const ApiError &error);

    QPointer<Session> m_session;
    ApiRequest m_list;
    QLatin1StringView m_envelope;
    int m_pageSize;
    QPointer<ListPageJob> m_job;
    Result m_result;
    int m_low = 0;   // the list has at least this many items
    int m_high = -1; // and at most this many (-1: not known yet)
    bool m_done = false;
};

} // namespace infiniti
