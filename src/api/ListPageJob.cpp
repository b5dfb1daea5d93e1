#include "api/ListPageJob.h"

#include "formats/Json.h"

namespace infiniti {

ListPageJob::ListPageJob(Session *session, ApiRequest request, QLatin1StringView envelopeName,
                         QObject *parent)
    : ApiJob(session, std::move(request), parent)
    , m_envelopeName(envelopeName)
{
}

QStringList ListPageJob::names() const
{
    QStringList out;
    for (const auto &v : m_items)
        out << Json::string(v.toObject(), QLatin1StringView("name"));
    return out;
}

bool ListPageJob::parse()
{
    const QJsonDocument doc = json();
    if (!doc.isObject() && !doc.isArray())
        return false;
    m_items = Json::listItems(doc, m_envelopeName);
    const QString next = Json::string(doc.object(), QLatin1StringView("@nextLink"));
    m_nextLink = next.isEmpty() ? QUrl() : url().resolved(QUrl(next));
    return true;
}

} // namespace infiniti
