#include "api/endpoints/WorkflowEndpoints.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::WorkflowEndpoints {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WorkflowEndpoints", text);
}

QByteArray pathOf(const QString &id)
{
    return "workflow/" + ApiPath::segment(id);
}
} // namespace

Collection workflows()
{
    return {"workflow", "workflows"_L1, ApiModule::Admin, tr("workflows")};
}

ApiRequest list(const QString &status)
{
    ApiRequest r = workflows().list();
    if (!status.isEmpty())
        r.query.append({u"status"_s, status});
    return r;
}

ApiRequest get(const QString &id)
{
    return CrudRequests::make("GET", pathOf(id), tr("load workflow %1").arg(id));
}

ApiRequest abort(const QString &id)
{
    return CrudRequests::make("DELETE", pathOf(id), tr("abort workflow %1").arg(id));
}

ApiRequest revert(const QString &id)
{
    return CrudRequests::make("POST", pathOf(id) + "/revert", tr("revert workflow %1").arg(id));
}

ApiRequest reassign(const QString &id, const QString &comment, const QString &toGuid, const QString &toName,
                    bool sendNotification)
{
    const QJsonObject body{{"comment"_L1, comment},
                           {"assignToGuid"_L1, toGuid},
                           {"assignToName"_L1, toName},
                           {"sendNotification"_L1, sendNotification}};
    return CrudRequests::withBody(CrudRequests::make("POST", pathOf(id) + "/reassign", tr("reassign workflow %1").arg(id)), body);
}

} // namespace infiniti::WorkflowEndpoints
