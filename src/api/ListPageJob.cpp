#include "api/ListPageJob.h"

#include "formats/Json.h"

using namespace Qt::StringLiterals;

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
        out << Json::string(v.toObject(), "name"_L1);
    return out;
}

bool ListPageJob::parse()
{
    const QJsonDocument doc = json();
    if (!doc.isObject() && !doc.isArray())
        return false;
    m_items = Json::listItems(doc, m_envelopeName);
    const QString next = Json::string(doc.object(), "@nextLink"_L1);
    m_nextLink = next.isEmpty() ? QUrl() : url().resolved(QUrl(next));
    return true;
}

} // namespace infiniti
