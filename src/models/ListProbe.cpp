#include "models/ListProbe.h"

#include "api/Call.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/Log.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
// Past this many items a list is not believed (a server answering every $skip): 16.7 million.
constexpr int kListProbeLimit = 1 << 24;
// Each probe of a round that looks for the end goes this many times further than the one before.
constexpr int kListProbeStride = 8;
// The first of them at this many pages (the second page, read beside them, covers the first two).
constexpr int kListProbeFarFirst = 16;
// More rounds than a list changing under the probe can explain: its answers make no length.
constexpr int kListProbeMaxRounds = 64;
} // namespace

ListProbe::ListProbe(Session *session, ApiRequest list, QLatin1StringView envelope, int pageSize,
                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_list(std::move(list))
    , m_envelope(envelope)
    , m_pageSize(pageSize)
{
}

ListProbe::~ListProbe() = default; // requests in flight are our children: aborted, silent

ApiRequest ListProbe::withoutPaging(ApiRequest list)
{
    list.absoluteUrl.clear();
    list.query.removeIf([](const std::pair<QString, QString> &kv) {
        return kv.first == "$skip"_L1 || kv.first == "$top"_L1;
    });
    return list;
}

ApiRequest ListProbe::pageRequest(ApiRequest list, int skip, int top)
{
    list = withoutPaging(std::move(list));
    list.query.append({u"$skip"_s, QString::number(skip)});
    list.query.append({u"$top"_s, QString::number(top)});
    return list;
}

void ListProbe::start()
{
    if (!m_session) {
        fail(ApiError(ApiError::Kind::Cancelled, m_list.action));
        return;
    }
    ++m_result.requests;
    ++m_result.rounds;
    Call<ListPageJob> call = m_session->page(pageRequest(m_list, 0, m_pageSize), m_envelope);
    call.job()->setParseInBackground(true); // a page of users is ~65 KB of JSON
    m_jobs.push_back(std::move(call).then(
        this, [this](ListPageJob &job) { onFirstPage(job); },
        [this](const ApiError &e) { fail(e); }));
}

void ListProbe::abort()
{
    m_done = true;
    for (QPointer<ListPageJob> &job : m_jobs) {
        if (job)
            job->abort(); // cancelled: no callback
    }
    m_jobs.clear();
}

void ListProbe::fail(const ApiError &error)
{
    if (m_done)
        return;
    // The rest would tell nothing now: stopped, and the failure said at once.
    abort();
    emit failed(error);
}

void ListProbe::finish()
{
    m_done = true;
    qCDebug(lcModels).noquote() << m_list.action << "has" << m_result.total << "items; found with"
                                << m_result.requests << "requests in" << m_result.rounds
                                << "rounds";
    emit finished(m_result);
}

void ListProbe::answered()
{
    std::erase_if(m_jobs,
                  [](const QPointer<ListPageJob> &job) { return !job || !job->isRunning(); });
    if (m_jobs.empty() && !m_done)
        nextRound();
}

void ListProbe::onFirstPage(ListPageJob &job)
{
    m_result.firstItems = job.items();
    m_result.firstNextLink = job.nextLink();
    const int n = int(m_result.firstItems.size());
    emit firstPage(m_result.firstItems, m_result.firstNextLink);
    if (m_done)
        return; // aborted by whoever heard of the first page
    if (n == 0 || m_result.firstNextLink.isEmpty() || n > m_pageSize) {
        // The whole list (no link to more), or a server that ignores $top: nothing to probe.
        m_result.complete = n <= m_pageSize || m_result.firstNextLink.isEmpty();
        m_result.total = n;
        m_result.pageRows = n;
        m_jobs.clear();
        finish();
        return;
    }
    m_result.pageRows = n; // a server's cap below $top (the strict profile's 25) sets the grid
    m_low = n;
    // One round: the second page (does it follow the first, i.e. is $skip honoured? and does the
    // list end in it?) and, beside it, one-item probes far apart for where the end may be.
    ++m_result.requests;
    ++m_result.rounds;
    m_jobs.push_back(m_session->page(pageRequest(m_list, n, n), m_envelope)
                         .then(
                             this, [this, n](ListPageJob &second) { onSecondPage(n, second); },
                             [this](const ApiError &e) { fail(e); }));
    probeOnward(kListProbeFarFirst * qint64(qMax(m_pageSize, n)));
    answered(); // the first page's own job is done
}

void ListProbe::onSecondPage(int skip, ListPageJob &job)
{
    // A server that ignores $skip sends the first page again; one that honours it sends other
    // items (ids are unique), though a few may be the first page's last ones when items were
    // added in front meanwhile. An empty page, or items without ids, cannot tell: the list is
    // then read page after page by its links (which loses nothing).
    const QJsonArray &first = m_result.firstItems;
    const QJsonArray items = job.items();
    QSet<QString> firstIds;
    for (const QJsonValue &v : first)
        firstIds.insert(Json::idOf(v.toObject()));
    bool honoured = !items.isEmpty() && !firstIds.contains(QString()) &&
                    Json::idOf(items.at(0).toObject()) != Json::idOf(first.at(0).toObject());
    bool newItem = false;
    for (const QJsonValue &v : items) {
        const QString id = Json::idOf(v.toObject());
        honoured = honoured && !id.isEmpty();
        newItem = newItem || !firstIds.contains(id);
    }
    honoured = honoured && newItem;
    m_honoured = honoured ? 1 : 0;
    if (!honoured)
        qCDebug(lcModels) << "the server ignores $skip/$top: the list is read page after page";
    onProbe(skip, job);
}

void ListProbe::probe(int index, int top)
{
    ++m_result.requests;
    m_jobs.push_back(m_session->page(pageRequest(m_list, index, top), m_envelope)
                         .then(
                             this, [this, index](ListPageJob &job) { onProbe(index, job); },
                             [this](const ApiError &e) { fail(e); }));
}

void ListProbe::probeOnward(qint64 index)
{
    // One-item probes at index - 1, then 8 times further each, up to the last place believed.
    int sent = 0;
    for (; sent < kProbesPerRound && index <= kListProbeLimit; ++sent, index *= kListProbeStride)
        probe(int(index) - 1);
    if (sent == 0)
        probe(kListProbeLimit - 1); // past it, the list has no end (nextRound() says so)
}

void ListProbe::onProbe(int index, const ListPageJob &job)
{
    // (Answers of a server that ignores $skip are not used: m_honoured decides in nextRound().)
    // `count` items from `index` on: the list has at least index + count. It ends there when
    // nothing came, or when the server links to no more (contract 9.1: paging stops where
    // @nextLink is absent); a short page with a link is a server's cap, not the end.
    const int count = int(job.items().size());
    const bool end = count == 0 || job.nextLink().isEmpty();
    if (count > 0) {
        m_low = qMax(m_low, index + count);
        if (m_high >= 0 && m_high < m_low)
            m_high = -1; // the list grew meanwhile: its end is further on
    }
    if (end) {
        m_high = m_high < 0 ? index + count : qMin(m_high, index + count);
        if (m_low > m_high)
            m_low = m_high; // it shrank meanwhile
    }
    answered();
}

void ListProbe::nextRound()
{
    if (m_honoured == 0) {
        m_done = true;
        emit finished(m_result); // randomAccess false: page through in order
        return;
    }
    m_result.randomAccess = true;
    if (m_high >= 0 && m_low >= m_high) {
        m_result.total = m_low;
        finish();
        return;
    }
    if (m_result.rounds >= kListProbeMaxRounds || (m_high < 0 && m_low >= kListProbeLimit)) {
        ApiError error(ApiError::Kind::BadResponse, m_list.action);
        error.setReason(
            tr("the server's list does not end (more than %L1 items).").arg(kListProbeLimit));
        fail(error);
        return;
    }
    ++m_result.rounds;
    if (m_high < 0) {
        // Still looking for the end: each probe 8 times further than the one before.
        probeOnward(qMax<qint64>(2 * qint64(m_low), 2 * qint64(m_pageSize)));
        return;
    }
    // The length is in [m_low, m_high]. When a few pages cover what is left, they are read
    // side by side: the page where the list ends is short, or the last one the server links
    // from, so the length is known after this round (a list of 252 items: 4 rounds, not 7).
    const qint64 span = m_high - m_low;
    const int page = qMax(1, m_result.pageRows);
    if (span <= qint64(kProbesPerRound) * page) {
        for (qint64 skip = m_low; skip < m_high; skip += page)
            probe(int(skip), page);
        return;
    }
    // Otherwise one-item probes split what is left into kProbesPerRound + 1 parts: a probe at p
    // says whether the list is longer than p.
    for (int i = 1; i <= kProbesPerRound; ++i)
        probe(int(m_low + span * i / (kProbesPerRound + 1)));
}

} // namespace infiniti
