#include "cli/commands/workflow/WorkflowAction.h"

#include "api/endpoints/ClientEndpoints.h"
#include "cli/core/OutputStream.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void WorkflowAction::run()
{
    const CtlOptions &o = options();
    const QString id = o.operands.value(0);
    ApiRequest request;
    QString done;
    if (o.command == "workflow"_L1) {
        if (o.verb == "abort"_L1) {
            request = ClientEndpoints::abortWorkflow(id);
            done = tr("Aborted.");
        } else if (o.verb == "revert"_L1) {
            request = ClientEndpoints::revertWorkflow(id);
            done = tr("Reverted.");
        } else {
            request = ClientEndpoints::reassignWorkflow(id, o.comment, {}, o.to, o.notify);
            done = tr("Reassigned.");
        }
    } else {
        using A = ClientEndpoints::TaskAction;
        if (o.verb == "reassign"_L1) {
            request = ClientEndpoints::reassignTask(id, o.comment, {}, o.to);
            done = tr("Reassigned.");
        } else if (o.verb == "unlock"_L1) {
            request = ClientEndpoints::taskAction(id, A::Unlock);
            done = tr("Unlocked.");
        } else if (o.verb == "cancel"_L1) {
            request = ClientEndpoints::taskAction(id, A::Cancel);
            done = tr("Cancelled.");
        } else if (o.verb == "revert"_L1) {
            request = ClientEndpoints::taskAction(id, A::Revert);
            done = tr("Reverted.");
        } else {
            request = ClientEndpoints::taskAction(id, A::Submit);
            done = tr("Submitted.");
        }
    }
    sendOrFail(new ApiJob(session(), request, this), [this, done](ApiJob *) {
        err() << done << '\n';
        finish(Ok);
    });
}

} // namespace infiniti::ctl
