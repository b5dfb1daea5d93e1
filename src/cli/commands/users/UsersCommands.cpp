#include "cli/commands/users/UsersCommands.h"

#include "cli/commands/users/UsersImport.h"
#include "cli/core/CommandRegistry.h"

namespace infiniti::ctl {

void registerUsersCommands(CommandRegistry &registry)
{
    VerbSpec v;
    v.verb = QStringLiteral("import");
    v.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "FILE.csv [--dry-run]");
    v.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "create or update users from CSV; prints a CSV report");
    v.options = {VerbOption(
        "dry-run",
        QT_TRANSLATE_NOOP("infiniti-ctl",
                          "check every row and report what would happen; change nothing"))};
    v.minOperands = v.maxOperands = 1;
    v.create = [](const CommandContext &c) {
        return new UsersImport(c);
    };
    registry.command(QStringLiteral("users"), nullptr).verbs << v;
}

} // namespace infiniti::ctl
