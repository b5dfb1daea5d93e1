#include "compare/ListReader.h"

#include "api/ListPageJob.h"
#include "api/Session.h"
#include "compare/RequestQueue.h"
#include "formats/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct ListReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ListReaderText)
};

void setQuery(ApiRequest &r, const QString &key, const QString &value)
{
    for (auto &[k, v] : r.query) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    r.query.append({key, value});
}

// What is wrong with a list answer's shape, or nothing. Json::listItems() is tolerant to a
// fault: it turns a list property that is not an array into an empty list.
QString shapeProblem(const QJsonDocument &doc, QLatin1StringView envelope)
{
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue named = Json::value(o, envelope);
        if (!named.isUndefined() && !named.isArray())
            return ListReaderText::tr("its “%1” is not a list").arg(envelope);
        if (named.isArray()) {
            items = named.toArray();
        } else {
            bool found = false;
            for (auto it = o.begin(); it != o.end() && !found; ++it) {
                if (it.value().isArray()) {
                    items = it.value().toArray();
                    found = true;
                }
            }
            if (!found)
                return ListReaderText::tr("it holds no list");
        }
    } else {
        return ListReaderText::tr("it is not JSON");
    }
    for (const auto &v : std::as_const(items)) {
        if (!v.isObject())
            return ListReaderText::tr("its list holds something that is not an object");
    }
    return {};
}
} // namespace

ListReader::ListReader(Session *session, RequestQueue *queue, ApiRequest first,
                       QLatin1StringView envelope, int pageSize, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_queue(queue)
    , m_first(std::move(first))
    , m_envelope(envelope)
    , m_pageSize(qMax(1, pageSize))
{
    setQuery(m_first, u"$skip"_s, u"0"_s);
    setQuery(m_first, u"$top"_s, QString::number(m_pageSize));
}

void ListReader::start()
{
    requestPage(m_first);
}

void ListReader::requestPage(const ApiRequest &request)
{
    auto *job = new ListPageJob(m_session, request, m_envelope);
    // The next page of a list goes before files waiting to be fetched: lists are sequential.
    m_queue->submit(
        job, [this](ApiJob *j) { onPage(j); }, true);
}

void ListReader::fail(const ApiError &error)
{
    m_done = true;
    m_error = error;
    emit finished(this);
}

void ListReader::fail(const QString &action, int status, const QString &why)
{
    fail(ApiError(ApiError::Kind::BadResponse, action, status, why));
}

void ListReader::onPage(ApiJob *job)
{
    if (m_done)
        return;
    if (!job->succeeded()) {
        fail(job->error());
        return;
    }
    auto *page = static_cast<ListPageJob *>(job);
    const QString action = job->request().action;
    if (const QString problem = shapeProblem(job->json(), m_envelope); !problem.isEmpty()) {
        fail(action, job->httpStatus(),
             ListReaderText::tr("The server's answer is not a readable list: %1.").arg(problem));
        return;
    }
    const QJsonArray &items = page->items();
    ++m_pages;
    if (!items.isEmpty() && m_pages > 1 && items == m_previousPage) {
        fail(action, job->httpStatus(), ListReaderText::tr("The server keeps sending the same page."));
        return;
    }
    if (m_pages > kMaxPages) {
        fail(action, job->httpStatus(),
             ListReaderText::tr("The server sent more than %1 pages; the list does not end.").arg(kMaxPages));
        return;
    }
    m_items.reserve(m_items.size() + items.size());
    for (const auto &v : items)
        m_items.append(v.toObject());
    emit pageRead(int(items.size()));

    const QUrl next = page->nextLink();
    if (items.isEmpty() || next.isEmpty()) {
        m_done = true;
        emit finished(this);
        return;
    }
    // Kept to spot a server that ignores the link and answers the first page again.
    m_previousPage = items;
    m_skip += int(items.size());
    ApiRequest request = m_first;
    if (m_session && m_session->profile().isOwnOrigin(next)) {
        // A loop only when we follow it: a link we do not follow may repeat harmlessly.
        const QString link = next.toString(QUrl::FullyEncoded);
        if (m_seenLinks.contains(link)) {
            fail(action, job->httpStatus(), ListReaderText::tr("The server sent the same next-page link twice."));
            return;
        }
        m_seenLinks.insert(link);
        request.absoluteUrl = next;
    } else {
        setQuery(request, u"$skip"_s, QString::number(m_skip));
    }
    requestPage(request);
}

} // namespace infiniti::compare
