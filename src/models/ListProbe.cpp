#include "models/ListProbe.h"

#include "api/Call.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/Log.h"

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
// Past this many items a list is not believed (a server answering every $skip): 16.7 million.
constexpr int kListProbeLimit = 1 << 24;
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

ApiRequest ListProbe::pageRequest(ApiRequest list, int skip, int top)
{
    list.absoluteUrl.clear();
    QList<std::pair<QString, QString>> query;
    for (const auto &[k, v] : std::as_const(list.query)) {
        if (k != "$skip"_L1 && k != "$top"_L1)
            query.append({k, v});
    }
    query.append({u"$skip"_s, QString::number(skip)});
    query.append({u"$top"_s, QString::number(top)});
    list.query = query;
    return list;
}

void ListProbe::start()
{
    if (!m_session) {
        fail(ApiError(ApiError::Kind::Cancelled, m_list.action));
        return;
    }
    ++m_result.requests;
    m_job = m_session->page(pageRequest(m_list, 0, m_pageSize), m_envelope)
                .then(
                    this, [this](ListPageJob &job) { onFirstPage(job); },
                    [this](const ApiError &e) { fail(e); });
}

void ListProbe::abort()
{
    m_done = true;
    if (ListPageJob *job = std::exchange(m_job, nullptr))
        job->abort(); // cancelled: no callback
}

void ListProbe::fail(const ApiError &error)
{
    if (std::exchange(m_done, true))
        return;
    m_job = nullptr;
    emit failed(error);
}

void ListProbe::onFirstPage(ListPageJob &job)
{
    m_job = nullptr;
    m_result.firstItems = job.items();
    m_result.firstNextLink = job.nextLink();
    const int n = int(m_result.firstItems.size());
    if (n == 0 || m_result.firstNextLink.isEmpty() || n > m_pageSize) {
        // The whole list (no link to more), or a server that ignores $top: nothing to probe.
        m_result.complete = n <= m_pageSize || m_result.firstNextLink.isEmpty();
        m_result.total = n;
        m_result.pageRows = n;
        m_done = true;
        emit finished(m_result);
        return;
    }
    m_result.pageRows = n; // a server's cap below $top (the strict profile's 25) sets the grid
    ++m_result.requests;
    m_job = m_session->page(pageRequest(m_list, 1, 1), m_envelope)
                .then(
                    this, [this](ListPageJob &second) { onSecondItem(second); },
                    [this](const ApiError &e) { fail(e); });
}

void ListProbe::onSecondItem(ListPageJob &job)
{
    m_job = nullptr;
    const QJsonArray &first = m_result.firstItems;
    const QJsonArray items = job.items();
    const QString got = items.size() == 1 ? Json::idOf(items.at(0).toObject()) : QString();
    const bool honoured =
        !got.isEmpty() && (first.size() >= 2 ? got == Json::idOf(first.at(1).toObject())
                                             : got != Json::idOf(first.at(0).toObject()));
    if (!honoured) {
        qCDebug(lcModels) << "the server ignores $skip/$top: the list is read page after page";
        m_done = true;
        emit finished(m_result); // randomAccess false: page through in order
        return;
    }
    m_result.randomAccess = true;
    m_low = int(first.size());
    probe(qMax(2 * m_pageSize, 2 * m_low) - 1);
}

void ListProbe::probe(int index)
{
    ++m_result.requests;
    m_job =
        m_session->page(pageRequest(m_list, index, 1), m_envelope)
            .then(
                this, [this, index](ListPageJob &job) { onProbe(index, !job.items().isEmpty()); },
                [this](const ApiError &e) { fail(e); });
}

void ListProbe::onProbe(int index, bool exists)
{
    m_job = nullptr;
    if (exists)
        m_low = qMax(m_low, index + 1);
    else
        m_high = index;
    if (m_high < 0 && m_low < kListProbeLimit) {
        probe(qMin(kListProbeLimit, 2 * m_low) - 1); // still doubling
        return;
    }
    if (m_high < 0) {
        ApiError error(ApiError::Kind::BadResponse, m_list.action);
        error.setReason(
            tr("the server's list does not end (more than %L1 items).").arg(kListProbeLimit));
        fail(error);
        return;
    }
    if (m_low < m_high) {
        probe(m_low + (m_high - m_low) / 2); // exists(mid) means at least mid + 1 items
        return;
    }
    m_result.total = m_low;
    m_done = true;
    qCDebug(lcModels).noquote() << m_list.action << "has" << m_result.total << "items; found with"
                                << m_result.requests << "requests";
    emit finished(m_result);
}

} // namespace infiniti
