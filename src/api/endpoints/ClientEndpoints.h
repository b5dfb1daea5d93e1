#pragma once

#include "api/ApiRequest.h"
#include "api/endpoints/Collection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace infiniti::ClientEndpoints {

// The Client (Produce) module, contract 3: forms, generation, operations, outputs, prepare form,
// and the signed-in user's workflow tasks. Answer files: AnswerFilesEndpoints.
ApiRequest forms();
// One form of forms()' answer, `{folders: [{name, forms: [{name, …}]}]}`. The vendor documents
// only the names (contract 3.1); the id a form is run by is read as `id`, else `publishId`
// (what tasks name forms by), else `projectGroupGuid` or `guid` — empty when none is there.
struct Form
{
    QString folder, name, id, version;
    QJsonObject item; // as the server sent it
};
QList<Form> formsIn(const QJsonArray &folders);
// POST generate/{publishId}: options, values, data, answerFile as given (contract 3.5).
ApiRequest generate(const QString &publishId, const QJsonObject &body);
ApiRequest operation(const QString &id);
ApiRequest operationOfRun(const QString &runId);
ApiRequest cancelOperation(const QString &id);
// generatedoutput/{id} (the output's id; a run id only on our emulator — use operationOfRun()).
ApiRequest outputs(const QString &outputId);
// The same as a collection (envelope `files`) for a list model.
Collection generatedOutput(const QString &outputId);
// A URL the server gave (resourceLocation): followed only on the profile's origins by Session.
ApiRequest follow(const QUrl &url, const QString &action);
// A generated document at its resourceLocation: the answer must be the file (a sign-in page,
// a JSON refusal or nothing is refused unless `fileName` says the file is one).
ApiRequest document(const QUrl &url, const QString &fileName);
ApiRequest prepareForm(const QString &publishId, const QJsonObject &body, const QString &asUser);

enum class TaskAction { Unlock, Cancel, Revert, Submit };
// GET workflow (Client module): the signed-in user's tasks (contract 3.2).
Collection tasks();
ApiRequest task(const QString &id);
ApiRequest taskAction(const QString &id, TaskAction action);
// comment, assignToGuid or assignToName (the guid wins when both are given).
ApiRequest reassignTask(const QString &id, const QString &comment, const QString &toGuid,
                        const QString &toName);

// Administrator's workflow (contract 4.10): abort = DELETE; reassign adds sendNotification.
// The same requests as WorkflowEndpoints (kept here for infiniti-ctl).
ApiRequest abortWorkflow(const QString &id);
ApiRequest revertWorkflow(const QString &id);
ApiRequest reassignWorkflow(const QString &id, const QString &comment, const QString &toGuid,
                            const QString &toName, bool sendNotification);

} // namespace infiniti::ClientEndpoints
