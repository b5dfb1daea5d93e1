#include "api/RawListPageJob.h"

namespace infiniti {

RawListPageJob::RawListPageJob(Session *session, ApiRequest request, QLatin1StringView envelopeName,
                               QObject *parent)
    : ApiJob(session, std::move(request), parent)
    , m_envelopeName(envelopeName)
{
}

bool RawListPageJob::parse()
{
    QString problem;
    // Never an empty or short list for an answer that is not one (contract 9.1 "Envelopes").
    if (!JsonScan::readList(body(), m_envelopeName, &m_page, &problem, m_itemMembers)) {
        setParseProblem(problem);
        return false;
    }
    const JsonScan::Value &next = m_page.nextLink;
    return readNextLink(next.isMissing() || next.type == JsonScan::Type::Null ||
                            next.type == JsonScan::Type::String,
                        JsonScan::string(body(), next), &m_nextLink);
}

} // namespace infiniti
