#include "api/endpoints/GroupsEndpoints.h"

#include "api/endpoints/CrudRequests.h"
#include "api/JsonEdits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::GroupsEndpoints {

ApiRequest list(int skip, int top)
{
    return CrudRequests::list("groups", skip, top,
                              QCoreApplication::translate("GroupsEndpoints", "list groups"));
}

ApiRequest get(const QString &id)
{
    return CrudRequests::get(
        "groups", id, QCoreApplication::translate("GroupsEndpoints", "load group %1").arg(id));
}

ApiRequest create(const Group &group)
{
    return CrudRequests::create(
        "groups", group.toJson(),
        QCoreApplication::translate("GroupsEndpoints", "create group “%1”").arg(group.name));
}

ApiRequest update(const Group &group)
{
    return CrudRequests::update(
        "groups", group.id,
        JsonEdits::withOthersFrom(group.toJson(), group.raw, {QStringLiteral("id")}),
        QCoreApplication::translate("GroupsEndpoints", "save group “%1”").arg(group.name));
}

ApiRequest remove(const QString &id)
{
    return CrudRequests::remove(
        "groups", id, QCoreApplication::translate("GroupsEndpoints", "delete group %1").arg(id));
}

ApiRequest members(const QString &id, int skip, int top, const QString &search)
{
    ApiRequest r = CrudRequests::list(
        "groups/" + ApiPath::segment(id) + "/users", skip, top,
        QCoreApplication::translate("GroupsEndpoints", "list the members of group %1").arg(id));
    if (!search.isEmpty())
        r.query.append({u"search"_s, search});
    return r;
}

} // namespace infiniti::GroupsEndpoints
