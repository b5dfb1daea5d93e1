#include "sim/SimRouter.h"

using namespace Qt::StringLiterals;

namespace infiniti::sim {

void SimRouter::add(const QByteArray &method, const QString &pattern, const QString &permission,
                    Handler handler, Origin origin)
{
    const qsizetype colon = pattern.indexOf(QLatin1Char(':'));
    Route r;
    r.method = method;
    r.module = pattern.left(colon);
    r.segments = pattern.mid(colon + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.permission = permission;
    r.handler = std::move(handler);
    r.origin = origin;
    m_routes.push_back(std::move(r));
}

void SimRouter::prepareWith(const QByteArray &method, const QString &pattern, Prepare prepare)
{
    const qsizetype colon = pattern.indexOf(QLatin1Char(':'));
    const QString module = pattern.left(colon);
    const QStringList segments = pattern.mid(colon + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (Route &route : m_routes) {
        if (route.method == method && route.module == module && route.segments == segments) {
            route.prepare = std::move(prepare);
            return;
        }
    }
    Q_ASSERT_X(false, "SimRouter::prepareWith", "no such route");
}

bool SimRouter::matches(const Route &route, const SimRequest &request, QStringList *params)
{
    if (route.module != request.module || route.segments.size() != request.segments.size())
        return false;
    params->clear();
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        const QString &got = request.segments.at(i);
        if (want.startsWith(QLatin1Char('{'))) {
            if (got.isEmpty())
                return false;
            *params << got;
        } else if (want.compare(got, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

SimRouter::Prepare SimRouter::preparation(const SimRequest &request) const
{
    for (const Route &route : m_routes) {
        QStringList params;
        if ((!m_strict || route.origin != Origin::Extension) && route.method == request.method &&
            matches(route, request, &params))
            return route.prepare;
    }
    return {};
}

SimResponse SimRouter::dispatch(SimRequest &request, const SimStore &store) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        if (m_strict && route.origin == Origin::Extension)
            continue;
        QStringList params;
        if (!matches(route, request, &params))
            continue;
        if (route.method != request.method) {
            allowed << route.method;
            continue;
        }
        if (route.permission != kAnonymous) {
            request.caller = request.token.isEmpty() ? nullptr : store.userForToken(request.token);
            if (!request.caller) {
                SimResponse r = SimResponse::error(
                    401,
                    request.token.isEmpty()
                        ? u"Authorization token missing."_s
                        : u"The authorization token is invalid or has expired, or its account is disabled or locked out."_s);
                r.addHeader("WWW-Authenticate", "Bearer");
                return r;
            }
            if (!route.permission.isEmpty() &&
                !store.permissionsOf(*request.caller)
                     .contains(route.permission, Qt::CaseInsensitive)) {
                return SimResponse::error(403, u"User '%1' lacks the permission '%2'."_s.arg(
                                                   request.caller->username, route.permission));
            }
        }
        request.params = params;
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        SimResponse r = SimResponse::error(
            405, u"Method %1 is not allowed here."_s.arg(QString::fromLatin1(request.method)));
        r.addHeader("Allow", allowed.join(", "));
        return r;
    }
    return SimResponse::error(404, u"No such resource: /api/v1/%1/%2"_s.arg(
                                       request.module, request.segments.join(QLatin1Char('/'))));
}

} // namespace infiniti::sim
