#include "api/ListAllJob.h"

#include "api/ListPageJob.h"
#include "api/Log.h"
#include "api/Session.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

ListAllJob::ListAllJob(Session *session, ApiRequest first, QLatin1StringView envelope, int pageSize,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_first(first)
    , m_envelope(envelope)
    , m_cursor(std::move(first), pageSize)
{
}

ListAllJob::~ListAllJob()
{
    if (m_page)
        m_page->disconnect(this); // deleted with us, as our child: aborted, silent
}

void ListAllJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &ListAllJob::next, Qt::QueuedConnection);
}

void ListAllJob::abort()
{
    if (m_finished)
        return;
    if (m_page) {
        m_page->disconnect(this);
        m_page->abort();
    }
    finish(ApiError(ApiError::Kind::Cancelled, m_first.action));
}

QStringList ListAllJob::names() const
{
    QStringList out;
    for (const auto &v : m_items)
        out << Json::string(v.toObject(), "name"_L1);
    return out;
}

void ListAllJob::next()
{
    if (m_finished)
        return;
    if (!m_session) {
        finish(ApiError(ApiError::Kind::Network, m_first.action, 0, tr("No session.")));
        return;
    }
    auto *page = new ListPageJob(m_session, m_cursor.current(), m_envelope, this);
    m_page = page;
    connect(page, &ApiJob::finished, this, [this, page] {
        m_page = nullptr;
        if (!page->succeeded()) {
            finish(page->error());
            return;
        }
        for (const auto &item : page->items())
            m_items.append(item);
        m_cursor.advance(page->items(), page->nextLink(),
                         m_session ? m_session->profile() : Profile());
        emit progress(m_cursor.pages(), int(m_items.size()));
        if (m_cursor.failed()) {
            finish(m_cursor.error());
        } else if (m_cursor.atEnd()) {
            qCDebug(lcApi).noquote() << "read" << m_items.size() << "items in" << m_cursor.pages()
                                     << "pages:" << m_first.action;
            finish({});
        } else {
            next();
        }
    });
    page->start();
}

void ListAllJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace infiniti
