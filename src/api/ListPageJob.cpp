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
    QString problem;
    // Never an empty or short list for an answer that is not one (contract 9.1 "Envelopes").
    if (!Json::readList(doc, m_envelopeName, &m_items, &problem)) {
        setParseProblem(problem);
        return false;
    }
    const QJsonValue next = Json::value(doc.object(), "@nextLink"_L1);
    return readNextLink(next.isUndefined() || next.isNull() || next.isString(), next.toString(),
                        &m_nextLink);
}

} // namespace infiniti
