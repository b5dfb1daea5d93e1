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

ListPageJob::Reading ListPageJob::read(const QByteArray &body, QLatin1StringView envelope,
                                       const RowDigest &digest)
{
    Reading r;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // Never an empty or short list for an answer that is not one (contract 9.1 "Envelopes").
    r.isList = Json::readList(doc, envelope, &r.items, &r.problem);
    if (!r.isList)
        return r;
    const QJsonValue next = Json::value(doc.object(), "@nextLink"_L1);
    r.linkIsText = next.isUndefined() || next.isNull() || next.isString();
    r.link = next.toString();
    if (digest) {
        r.rows.reserve(r.items.size());
        for (const QJsonValue &v : std::as_const(r.items))
            r.rows.append(digest(v.toObject()));
        r.items = QJsonArray(); // freed here, not on the thread that takes the rows
    }
    return r;
}

bool ListPageJob::take(Reading reading)
{
    if (!reading.isList) {
        setParseProblem(reading.problem);
        return false;
    }
    m_items = std::move(reading.items);
    m_rows = std::move(reading.rows);
    return readNextLink(reading.linkIsText, reading.link, &m_nextLink);
}

bool ListPageJob::parse()
{
    return take(read(body(), m_envelopeName, m_digest));
}

std::function<ApiJob::ParseCompletion()> ListPageJob::parseInBackground()
{
    if (!m_background && !m_digest)
        return {};
    // Copies for the worker (the body is shared, not copied); the job itself stays here.
    return
        [this, body = body(), envelope = m_envelopeName, digest = m_digest]() -> ParseCompletion {
            auto reading = std::make_shared<Reading>(read(body, envelope, digest));
            return [this, reading] {
                return take(std::move(*reading));
            };
        };
}

} // namespace infiniti
