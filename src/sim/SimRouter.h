#pragma once

#include "sim/SimHttp.h"

#include <functional>
#include <vector>

namespace infiniti::sim {

// Routes of the emulated API: case-insensitive literal segments, {placeholders}, method
// dispatch with 405 + Allow, and the permission each route needs (checked on every call).
class SimRouter
{
public:
    using Handler = std::function<SimResponse(SimRequest &)>;
    // What a route makes of a large body before its handler runs (SimPrepared::made), on
    // another thread: it reads only the body and the request, never the store.
    using Prepare = std::function<std::any(const QJsonObject &body, const SimRequest &)>;
    static inline const QString kAnonymous = QStringLiteral("<anonymous>");
    static inline const QString kAnyUser = QString();

    // Whether a route is the vendor's or one of ours (contract 9.1 "Extensions").
    enum class Origin { Vendor, Extension };

    // `pattern` is "admin:users/{id}" or "client:forms"; `permission` is a permission name,
    // kAnyUser (any signed-in user) or kAnonymous.
    void add(const QByteArray &method, const QString &pattern, const QString &permission,
             Handler handler, Origin origin = Origin::Vendor);
    // Gives the route added last its preparation.
    void prepareWith(Prepare prepare) { m_routes.back().prepare = std::move(prepare); }
    // Gives the route added as `method` `pattern` its preparation.
    void prepareWith(const QByteArray &method, const QString &pattern, Prepare prepare);
    // The preparation of the route a request goes to (empty when it has none).
    Prepare preparation(const SimRequest &request) const;
    // The strict vendor profile: our extension routes are not there (404, or 405 where the
    // vendor has other methods on the path, as ASP.NET answers).
    void setStrict(bool strict) { m_strict = strict; }
    SimResponse dispatch(SimRequest &request, const SimStore &store) const;

private:
    struct Route
    {
        QByteArray method;
        QString module;
        QStringList segments;
        QString permission;
        Handler handler;
        Origin origin = Origin::Vendor;
        Prepare prepare;
    };
    static bool matches(const Route &route, const SimRequest &request, QStringList *params);
    std::vector<Route> m_routes;
    bool m_strict = false;
};

} // namespace infiniti::sim
