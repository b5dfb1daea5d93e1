#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <vector>

namespace infiniti {

class ListPageJob;
class Session;

// How a paged list can be read (contract 9.1: the API has no total count). Reads the first page
// ($skip=0, $top=pageSize) and says so at once (firstPage(): a view shows those rows while the
// length is still being found). A first page with a link to more is followed by one round of
// requests at once: the second item alone ($skip=1, $top=1) — a server that answers with exactly
// that item honours $skip/$top, so any part of the list can be read at any time — and
// kProbesPerRound tiny probes ($top=1) at $skip far apart (each 8 times the one before).
// Further rounds of kProbesPerRound probes in flight at once narrow where the list ends: a round
// splits what is left into kProbesPerRound + 1 parts, so the length of 10,002 is known after 8
// round trips (29 requests), of 100,002 after 9 (34), instead of 22 or 28 requests one after
// another (and two of Qt's six connections to the server stay free for other requests). A
// server that ignores $skip or $top (or whose first page is the whole list) is reported as such,
// with the first page, for the caller to page through in order. Exactly one of finished() /
// failed(), after every request it sent has answered; abort() sends neither.
class ListProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProbesPerRound = 4;

    struct Result
    {
        bool randomAccess = false; // $skip/$top honoured: total is the list's length
        bool complete = false;     // the first page is the whole list
        int total = 0;
        int pageRows = 0; // the rows of a full page as the server sends them (its cap)
        QJsonArray firstItems;
        QUrl firstNextLink;
        int requests = 0;
        int rounds = 0; // requests that had to wait for others (round trips)
    };

    ListProbe(Session *session, ApiRequest list, QLatin1StringView envelope, int pageSize,
              QObject *parent = nullptr);
    ~ListProbe() override;
    void start();
    void abort();

    // `list` asking for `top` items from `skip` on (replacing any $skip/$top it has).
    static ApiRequest pageRequest(ApiRequest list, int skip, int top);

signals:
    // The first page is in (before the length is known); finished() follows with it again.
    void firstPage(const QJsonArray &items, const QUrl &nextLink);
    void finished(const infiniti::ListProbe::Result &result);
    void failed(const infiniti::ApiError &error);

private:
    void onFirstPage(ListPageJob &job);
    void onSecondItem(ListPageJob &job);
    void probe(int index);
    void onProbe(int index, bool exists);
    void nextRound();
    void answered();
    void fail(const ApiError &error);
    void finish();

    QPointer<Session> m_session;
    ApiRequest m_list;
    QLatin1StringView m_envelope;
    int m_pageSize;
    std::vector<QPointer<ListPageJob>> m_jobs; // in flight
    Result m_result;
    int m_honoured = -1; // the second item: -1 not known yet, 0 $skip/$top ignored, 1 honoured
    int m_low = 0;       // the list has at least this many items
    int m_high = -1;     // and at most this many (-1: not known yet)
    bool m_done = false;
    bool m_failed = false;
    ApiError m_error;
};

} // namespace infiniti
