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
// requests at once: the second page — a server that honours $skip sends other items than the
// first page's, one that ignores it the same again; a list of under two pages ends in it — and
// kProbesPerRound one-item probes ($top=1) at $skip far apart (16 pages on, each 8 times further
// than the one before). Further rounds of kProbesPerRound probes in flight at once narrow where
// the list ends: a round splits what is left into kProbesPerRound + 1 parts, and once
// kProbesPerRound pages cover it, those pages are read side by side and the one where the list
// ends gives its length. The length of 252 is known after 4 round trips, of 10,002 after 6, of
// 100,002 after 7, instead of 12–28 requests one after another (and two of Qt's six connections
// to the server stay free for other requests). A server that ignores $skip or $top (or whose
// first page is the whole list) is reported as such, with the first page, for the caller to page
// through in order. Exactly one of finished() / failed(), after every request it sent has
// answered; abort() sends neither.
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
    // `list` without $skip and $top: the whole list in one answer (the vendor: "Without them
    // the full list is returned").
    static ApiRequest withoutPaging(ApiRequest list);

signals:
    // The first page is in (before the length is known); finished() follows with it again.
    void firstPage(const QJsonArray &items, const QUrl &nextLink);
    void finished(const infiniti::ListProbe::Result &result);
    void failed(const infiniti::ApiError &error);

private:
    void onFirstPage(ListPageJob &job);
    void onSecondPage(int skip, ListPageJob &job);
    void probe(int index, int top = 1);
    // Where the end may be: probes from `index` on, each kListProbeStride times further.
    void probeOnward(qint64 index);
    void onProbe(int index, const ListPageJob &job);
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
