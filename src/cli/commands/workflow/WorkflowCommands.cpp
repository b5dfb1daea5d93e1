#include "cli/commands/workflow/WorkflowCommands.h"

#include "cli/commands/workflow/WorkflowAction.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
VerbSpec action(const char *verb, const char *summary)
{
    VerbSpec v;
    v.verb = QString::fromLatin1(verb);
    v.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id>");
    v.summary = summary;
    v.minOperands = v.maxOperands = 1;
    v.create = [](const CommandContext &c) {
        return new WorkflowAction(c);
    };
    return v;
}

VerbSpec reassign(bool notify)
{
    VerbSpec v =
        action("reassign", QT_TRANSLATE_NOOP("infiniti-ctl", "give it to another user or group"));
    v.synopsis =
        notify ? QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --to NAME [--comment TEXT] [--notify]")
               : QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --to NAME [--comment TEXT]");
    v.options = {VerbOption("to"),
                 VerbOption("comment",
                            QT_TRANSLATE_NOOP("infiniti-ctl", "why (shown to the new assignee)"))};
    if (notify)
        v.options << VerbOption("notify");
    v.check = [](const CtlOptions &o) {
        return o.to.isEmpty() ? QCoreApplication::translate(
                                    "infiniti-ctl", "'%1 reassign' needs --to USER-OR-GROUP.")
                                    .arg(o.command)
                              : QString();
    };
    return v;
}
} // namespace

void registerWorkflowCommands(CommandRegistry &registry)
{
    registry.command(u"workflow"_s, nullptr).verbs
        << action("abort", QT_TRANSLATE_NOOP("infiniti-ctl", "end a workflow in progress"))
        << reassign(true)
        << action("revert",
                  QT_TRANSLATE_NOOP("infiniti-ctl", "send a workflow back to its previous state"));
    registry.command(u"tasks"_s, nullptr).verbs
        << action("unlock", QT_TRANSLATE_NOOP("infiniti-ctl", "unlock a task someone has open"))
        << action("cancel", QT_TRANSLATE_NOOP("infiniti-ctl", "cancel a task (when it allows it)"))
        << reassign(false)
        << action("revert",
                  QT_TRANSLATE_NOOP("infiniti-ctl", "send a task back to its previous state"))
        << action("submit", QT_TRANSLATE_NOOP("infiniti-ctl", "submit a task"));
}

} // namespace infiniti::ctl
