#include "api/EntityJob.h"

#include "api/Session.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace infiniti {

bool EntityJob::parse()
{
    m_withoutEntity = false;
    // A write answered 2xx with nothing, or with a bare value (an id, `true`): done (contract
    // 9.1: any 2xx is success), its result unknown. A page (HTML) is no such answer.
    const QByteArray answer = body().trimmed();
    const bool bareValue = !answer.isEmpty() && !answer.startsWith('{') &&
                           !answer.startsWith('[') &&
                           QJsonDocument::fromJson("[" + answer + "]").array().size() == 1;
    if (request().method != "GET" && (answer.isEmpty() || bareValue)) {
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
