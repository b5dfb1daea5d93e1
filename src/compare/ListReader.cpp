#include "compare/ListReader.h"

#include "api/ListPageJob.h"
#include "api/Session.h"
#include "compare/RequestQueue.h"
#include "formats/Json.h"

namespace infiniti::compare {

ListReader::ListReader(Session *session, RequestQueue *queue, ApiRequest first,
                       QLatin1StringView envelope, int pageSize, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_queue(queue)
    , m_envelope(envelope)
    , m_cursor(std::move(first), qMax(1, pageSize))
{
}

void ListReader::setItemIds(ItemIds ids)
{
    m_itemIds = std::move(ids);
}

bool ListReader::noteIds(const QJsonArray &items)
{
    QStringList ids;
    for (const auto &v : items) {
        if (m_itemIds)
            ids << m_itemIds(v.toObject());
        else
            ids << Json::idOf(v.toObject());
    }
    // Compared as PageCursor::advance() does when asked to (requireUniqueIds()): exactly.
    QList<QByteArrayView> bytes;
    bytes.reserve(ids.size());
    for (const QString &id : std::as_const(ids))
        bytes << QByteArrayView(reinterpret_cast<const char *>(id.utf16()), id.size() * 2);
    return m_cursor.noteIds(bytes, [&ids](qsizetype i) { return ids.at(i); });
}

void ListReader::start()
{
    requestPage(m_cursor.current());
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

void ListReader::onPage(ApiJob *job)
{
    if (m_done)
        return;
    // An answer that is no list of objects already failed the page (ListPageJob, contract 9.1).
    if (!job->succeeded()) {
        fail(job->error());
        return;
    }
    auto *page = static_cast<ListPageJob *>(job);
    const QJsonArray &items = page->items();
    m_items.reserve(m_items.size() + items.size());
    for (const auto &v : items)
        m_items.append(v.toObject());
    // The one cursor of src/api decides what comes next and whether the server is looping.
    m_cursor.advance(items, page->nextLink(), m_session ? m_session->profile() : Profile());
    // An item listed twice: the list moved while it was read, or the server's order is not
    // stable, and what moved the other way is missing — a comparison would call that missing on
    // one side (and a promotion create it again). It fails, as a backup does.
    if (!m_cursor.failed())
        noteIds(items);
    if (m_cursor.failed()) {
        m_items.clear(); // never a short list
        fail(m_cursor.error());
        return;
    }
    emit pageRead(int(items.size()));
    if (m_cursor.atEnd()) {
        m_done = true;
        emit finished(this);
        return;
    }
    requestPage(m_cursor.current());
}

} // namespace infiniti::compare
