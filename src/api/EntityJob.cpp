#include "api/EntityJob.h"

#include "api/Session.h"

namespace infiniti {

bool EntityJob::parse()
{
    m_withoutEntity = false;
    // (A 201 or 204 only: a write answered 200 with nothing is no answer a caller can use.)
    if (request().method != "GET" && (httpStatus() == 201 || httpStatus() == 204) &&
        body().trimmed().isEmpty()) {
        m_object = {};
        m_withoutEntity = true;
        return true;
    }
    const QJsonDocument doc = json();
    if (!doc.isObject())
        return false;
    m_object = doc.object();
    return true;
}

std::optional<ApiRequest> EntityJob::followUpWhenEmpty() const
{
    ApiRequest next = request();
    next.method = "GET";
    next.body.clear();
    next.contentType.clear();
    if (const QUrl target = location(); !target.isEmpty()) {
        if (!session() || !session()->profile().isOwnOrigin(target))
            return std::nullopt; // never chase (or send the token to) another origin
        next.absoluteUrl = target;
        next.query.clear();
        return next;
    }
    if (request().method == "PATCH")
        return next;
    return std::nullopt;
}

} // namespace infiniti
