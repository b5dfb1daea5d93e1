#include "api/endpoints/ClientEndpoints.h"

#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/WorkflowEndpoints.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ClientEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct ClientEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(ClientEndpointsText)
};

ApiRequest make(QByteArray method, QByteArray path, const QString &action,
                ApiModule module = ApiModule::Client)
{
    return CrudRequests::make(std::move(method), std::move(path), action, module);
}

using CrudRequests::withBody;

QJsonObject reassignBody(const QString &comment, const QString &toGuid, const QString &toName)
{
    return {{"comment"_L1, comment}, {"assignToGuid"_L1, toGuid}, {"assignToName"_L1, toName}};
}
} // namespace

ApiRequest forms()
{
    return make("GET", "forms", ClientEndpointsText::tr("list the forms"));
}

QList<Form> formsIn(const QJsonArray &folders)
{
    QList<Form> out;
    for (const auto &folder : folders) {
        const QString folderName = Json::string(folder.toObject(), "name"_L1);
        for (const auto &f : Json::value(folder.toObject(), "forms"_L1).toArray()) {
            const QJsonObject item = f.toObject();
            const QString id =
                Json::firstOf(item, {"id"_L1, "publishId"_L1, "projectGroupGuid"_L1, "guid"_L1});
            out.append({folderName, Json::string(item, "name"_L1), id,
                        Json::id(Json::value(item, "version"_L1)), item});
        }
    }
    return out;
}

ApiRequest generate(const QString &publishId, const QJsonObject &body)
{
    // The named values under both of the vendor's names (contract 8: `labels` in its knowledge
    // base, `values` in its samples), so a server following either gets them.
    QJsonObject sent = body;
    const QJsonValue values = Json::value(body, "values"_L1);
    if (values.isObject() && Json::value(body, "labels"_L1).isUndefined())
        sent.insert("labels"_L1, values);
    return withBody(make("POST", "generate/" + ApiPath::segment(publishId),
                         ClientEndpointsText::tr("start generating documents")),
                    sent);
}

ApiRequest operation(const QString &id)
{
    return make("GET", "operations/" + ApiPath::segment(id),
                ClientEndpointsText::tr("check operation %1").arg(id));
}

ApiRequest operationOfRun(const QString &runId)
{
    ApiRequest r = make("GET", "operations",
                        ClientEndpointsText::tr("find the operation of run %1").arg(runId));
    r.query = {{u"runid"_s, runId}};
    return r;
}

ApiRequest cancelOperation(const QString &id)
{
    return make("DELETE", "operations/" + ApiPath::segment(id),
                ClientEndpointsText::tr("cancel the generation"));
}

ApiRequest outputs(const QString &outputId)
{
    ApiRequest r = make("GET", "generatedoutput/" + ApiPath::segment(outputId),
                        ClientEndpointsText::tr("list the generated files"));
    r.query = {{u"$skip"_s, u"0"_s}, {u"$top"_s, u"100"_s}};
    return r;
}

Collection generatedOutput(const QString &outputId)
{
    return {"generatedoutput/" + ApiPath::segment(outputId), "files"_L1, ApiModule::Client,
            ClientEndpointsText::tr("the generated files")};
}

ApiRequest follow(const QUrl &url, const QString &action)
{
    ApiRequest r = make("GET", {}, action);
    r.absoluteUrl = url;
    r.forLargeTransfer(
        std::chrono::minutes(1)); // resourceLocation: a document, or the list of them
    return r;
}

ApiRequest document(const QUrl &url, const QString &fileName)
{
    ApiRequest r = follow(url, ClientEndpointsText::tr("download %1").arg(fileName));
    r.fileAnswer = true;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    r.fileExtension = suffix.isEmpty() ? QString() : u"."_s + suffix;
    return r;
}

ApiRequest prepareForm(const QString &publishId, const QJsonObject &body, const QString &asUser)
{
    // The flags at the top level (the vendor's sample) and inside `options` (its knowledge
    // base, contract 8), so a server following either gets them.
    QJsonObject sent = body;
    QJsonObject options = Json::value(body, "options"_L1).toObject();
    for (const auto key : {"createInProgress"_L1, "saveDescription"_L1, "asUserAssignedBy"_L1}) {
        const QJsonValue v = Json::value(body, key);
        if (!v.isUndefined() && Json::value(options, key).isUndefined())
            options.insert(key, v);
    }
    if (!options.isEmpty())
        JsonEdits::set(sent, u"options"_s, options);
    ApiRequest r = withBody(make("POST", "prepareform/" + ApiPath::segment(publishId),
                                 ClientEndpointsText::tr("prepare the form")),
                            sent);
    if (!asUser.trimmed().isEmpty())
        r.headers.append({"As-User", asUser.trimmed().toUtf8()});
    return r;
}

Collection tasks()
{
    return {"workflow", "workflows"_L1, ApiModule::Client, ClientEndpointsText::tr("your tasks")};
}

ApiRequest task(const QString &id)
{
    return make("GET", "workflow/" + ApiPath::segment(id),
                ClientEndpointsText::tr("load task %1").arg(id));
}

ApiRequest taskAction(const QString &id, TaskAction action)
{
    const QByteArray path = "workflow/" + ApiPath::segment(id);
    switch (action) {
    case TaskAction::Unlock:
        return make("PATCH", path, ClientEndpointsText::tr("unlock the task"));
    case TaskAction::Cancel:
        return make("DELETE", path, ClientEndpointsText::tr("cancel the task"));
    case TaskAction::Revert:
        return make("POST", path + "/revert", ClientEndpointsText::tr("revert the task"));
    case TaskAction::Submit:
        return make("POST", path + "/submit", ClientEndpointsText::tr("submit the task"));
    }
    return {};
}

ApiRequest reassignTask(const QString &id, const QString &comment, const QString &toGuid,
                        const QString &toName)
{
    return withBody(make("POST", "workflow/" + ApiPath::segment(id) + "/reassign",
                         ClientEndpointsText::tr("reassign the task")),
                    reassignBody(comment, toGuid, toName));
}

ApiRequest abortWorkflow(const QString &id)
{
    return WorkflowEndpoints::abort(id);
}

ApiRequest revertWorkflow(const QString &id)
{
    return WorkflowEndpoints::revert(id);
}

ApiRequest reassignWorkflow(const QString &id, const QString &comment, const QString &toGuid,
                            const QString &toName, bool sendNotification)
{
    return WorkflowEndpoints::reassign(id, comment, toGuid, toName, sendNotification);
}

} // namespace infiniti::ClientEndpoints
