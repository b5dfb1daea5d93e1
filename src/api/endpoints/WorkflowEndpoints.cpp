#include "api/endpoints/WorkflowEndpoints.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::WorkflowEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct WorkflowEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEndpointsText)
};

QByteArray pathOf(const QString &id)
{
    return "workflow/" + ApiPath::segment(id);
}
} // namespace

Collection workflows()
{
    return {"workflow", "workflows"_L1, ApiModule::Admin, WorkflowEndpointsText::tr("workflows")};
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
    return CrudRequests::make("GET", pathOf(id),
                              WorkflowEndpointsText::tr("load workflow %1").arg(id));
}

ApiRequest abort(const QString &id)
{
    return CrudRequests::make("DELETE", pathOf(id),
                              WorkflowEndpointsText::tr("abort workflow %1").arg(id));
}

ApiRequest revert(const QString &id)
{
    return CrudRequests::make("POST", pathOf(id) + "/revert",
                              WorkflowEndpointsText::tr("revert workflow %1").arg(id));
}

ApiRequest reassign(const QString &id, const QString &comment, const QString &toGuid,
                    const QString &toName, bool sendNotification)
{
    QJsonObject body{
        {"comment"_L1, comment}, {"assignToGuid"_L1, toGuid}, {"assignToName"_L1, toName}};
    // Ours (contract 9.2; the vendor's Manage screens offer the choice, its API names no field):
    // sent only when asked for, so the documented body goes out otherwise.
    if (sendNotification)
        body.insert("sendNotification"_L1, true);
    return CrudRequests::withBody(
        CrudRequests::make("POST", pathOf(id) + "/reassign",
                           WorkflowEndpointsText::tr("reassign workflow %1").arg(id)),
        body);
}

} // namespace infiniti::WorkflowEndpoints
