#include "api/endpoints/ClientEndpoints.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ClientEndpoints {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClientEndpoints", text);
}

ApiRequest make(QByteArray method, QByteArray path, const QString &action, ApiModule module = ApiModule::Client)
{
    return CrudRequests::make(std::move(method), std::move(path), action, module);
}

using CrudRequests::withBody;

QJsonObject reassignBody(const QString &comment, const QString &toGuid, const QString &toName)
{
    return {{"comment"_L1, comment}, {"assignToGuid"_L1, toGuid},
            {"assignToName"_L1, toName}};
}
} // namespace

ApiRequest forms()
{
    return make("GET", "forms", tr("list the forms"));
}

ApiRequest generate(const QString &publishId, const QJsonObject &body)
{
    return withBody(make("POST", "generate/" + ApiPath::segment(publishId), tr("start generating documents")), body);
}

ApiRequest operation(const QString &id)
{
    return make("GET", "operations/" + ApiPath::segment(id), tr("check operation %1").arg(id));
}

ApiRequest operationOfRun(const QString &runId)
{
    ApiRequest r = make("GET", "operations", tr("find the operation of run %1").arg(runId));
    r.query = {{u"runid"_s, runId}};
    return r;
}

ApiRequest cancelOperation(const QString &id)
{
    return make("DELETE", "operations/" + ApiPath::segment(id), tr("cancel the generation"));
}

ApiRequest outputs(const QString &outputId)
{
    ApiRequest r = make("GET", "generatedoutput/" + ApiPath::segment(outputId), tr("list the generated files"));
    r.query = {{u"$skip"_s, u"0"_s}, {u"$top"_s, u"100"_s}};
    return r;
}

ApiRequest follow(const QUrl &url, const QString &action)
{
    ApiRequest r = make("GET", {}, action);
    r.absoluteUrl = url;
    r.timeout = std::chrono::minutes(1);
    return r;
}

ApiRequest prepareForm(const QString &publishId, const QJsonObject &body, const QString &asUser)
{
    ApiRequest r = withBody(make("POST", "prepareform/" + ApiPath::segment(publishId), tr("prepare the form")), body);
    if (!asUser.trimmed().isEmpty())
        r.headers.append({"As-User", asUser.trimmed().toUtf8()});
    return r;
}

ApiRequest task(const QString &id)
{
    return make("GET", "workflow/" + ApiPath::segment(id), tr("load task %1").arg(id));
}

ApiRequest taskAction(const QString &id, TaskAction action)
{
    const QByteArray path = "workflow/" + ApiPath::segment(id);
    switch (action) {
    case TaskAction::Unlock: return make("PATCH", path, tr("unlock the task"));
    case TaskAction::Cancel: return make("DELETE", path, tr("cancel the task"));
    case TaskAction::Revert: return make("POST", path + "/revert", tr("revert the task"));
    case TaskAction::Submit: return make("POST", path + "/submit", tr("submit the task"));
    }
    return {};
}

ApiRequest reassignTask(const QString &id, const QString &comment, const QString &toGuid, const QString &toName)
{
    return withBody(make("POST", "workflow/" + ApiPath::segment(id) + "/reassign", tr("reassign the task")),
                    reassignBody(comment, toGuid, toName));
}

ApiRequest workflow(const QString &id)
{
    return make("GET", "workflow/" + ApiPath::segment(id), tr("load workflow %1").arg(id), ApiModule::Admin);
}

ApiRequest abortWorkflow(const QString &id)
{
    return make("DELETE", "workflow/" + ApiPath::segment(id), tr("abort workflow %1").arg(id), ApiModule::Admin);
}

ApiRequest revertWorkflow(const QString &id)
{
    return make("POST", "workflow/" + ApiPath::segment(id) + "/revert", tr("revert workflow %1").arg(id), ApiModule::Admin);
}

ApiRequest reassignWorkflow(const QString &id, const QString &comment, const QString &toGuid, const QString &toName,
                            bool sendNotification)
{
    QJsonObject body = reassignBody(comment, toGuid, toName);
    body.insert("sendNotification"_L1, sendNotification);
    return withBody(make("POST", "workflow/" + ApiPath::segment(id) + "/reassign", tr("reassign workflow %1").arg(id), ApiModule::Admin),
                    body);
}

} // namespace infiniti::ClientEndpoints
