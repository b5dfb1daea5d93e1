#pragma once

#include "api/ApiRequest.h"

#include <QJsonObject>

namespace infiniti::ClientEndpoints {

// The Client (Produce) module, contract 3: forms, generation, operations, outputs, prepare form,
// and the signed-in user's workflow tasks. Answer files are plain collections (CrudRequests
// with module Client).
ApiRequest forms();
// POST generate/{publishId}: options, values, data, answerFile as given (contract 3.5).
ApiRequest generate(const QString &publishId, const QJsonObject &body);
ApiRequest operation(const QString &id);
ApiRequest operationOfRun(const QString &runId);
ApiRequest cancelOperation(const QString &id);
// generatedoutput/{id} (the output's id, or a run id on our emulator).
ApiRequest outputs(const QString &outputId);
// A URL the server gave (resourceLocation): followed only on the profile's origins by Session.
ApiRequest follow(const QUrl &url, const QString &action);
ApiRequest prepareForm(const QString &publishId, const QJsonObject &body, const QString &asUser);

enum class TaskAction { Unlock, Cancel, Revert, Submit };
ApiRequest task(const QString &id);
ApiRequest taskAction(const QString &id, TaskAction action);
// comment, assignToGuid or assignToName (the guid wins when both are given).
ApiRequest reassignTask(const QString &id, const QString &comment, const QString &toGuid, const QString &toName);

// Administrator's workflow (contract 4.10): abort = DELETE; reassign adds sendNotification.
ApiRequest workflow(const QString &id);
ApiRequest abortWorkflow(const QString &id);
ApiRequest revertWorkflow(const QString &id);
ApiRequest reassignWorkflow(const QString &id, const QString &comment, const QString &toGuid, const QString &toName,
                            bool sendNotification);

} // namespace infiniti::ClientEndpoints
