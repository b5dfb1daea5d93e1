#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::WorkflowEndpoints {

// The Administrator's workflows (contract 4.10): list, one, abort (DELETE), revert, reassign.
Collection workflows();
// `status`: our emulator's filter (9.2); a server may ignore it, so rows are filtered again.
ApiRequest list(const QString &status = {});
ApiRequest get(const QString &id);
ApiRequest abort(const QString &id);
ApiRequest revert(const QString &id);
// The client reassign body plus `sendNotification` (contract 9.2).
ApiRequest reassign(const QString &id, const QString &comment, const QString &toGuid,
                    const QString &toName, bool sendNotification);

} // namespace infiniti::WorkflowEndpoints
