#include "cli/core/CommandRegistry.h"

#include "cli/commands/auth/AuthCommands.h"
#include "cli/commands/compare/CompareCommands.h"
#include "cli/commands/library/LibraryCommands.h"
#include "cli/commands/license/LicenseCommands.h"
#include "cli/commands/produce/ProduceCommands.h"
#include "cli/commands/projects/ProjectsCommands.h"
#include "cli/commands/resources/ResourceCommands.h"
#include "cli/commands/sync/SyncCommands.h"
#include "cli/commands/users/UsersCommands.h"
#include "cli/commands/workflow/WorkflowCommands.h"

#include <algorithm>

namespace infiniti::ctl {

const CommandRegistry &CommandRegistry::instance()
{
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerAuthCommands(r);
        registerResourceCommands(r); // users, groups, roles … list/get/create/update/delete
        registerUsersCommands(r);
        registerLibraryCommands(r);
        registerProjectsCommands(r);
        registerSyncCommands(r);
        registerCompareCommands(r);
        registerWorkflowCommands(r);
        registerProduceCommands(r);
        registerLicenseCommands(r);
        // Help lists the usual verbs first, whichever area added them.
        static const QStringList order = {QStringLiteral("list"), QStringLiteral("get"),
                                          QStringLiteral("create"), QStringLiteral("update"),
                                          QStringLiteral("delete")};
        for (auto &c : r.m_commands) {
            std::stable_sort(c.verbs.begin(), c.verbs.end(),
                             [](const VerbSpec &a, const VerbSpec &b) {
                                 const auto rank = [](const QString &v) {
                                     return order.contains(v) ? order.indexOf(v) : order.size();
                                 };
                                 return rank(a.verb) < rank(b.verb);
                             });
        }
        return r;
    }();
    return registry;
}

const CommandSpec *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

CommandSpec &CommandRegistry::command(const QString &name, const char *summary)
{
    for (auto &c : m_commands) {
        if (c.name == name)
            return c;
    }
    m_commands.append(CommandSpec{name, summary, {}});
    return m_commands.last();
}

} // namespace infiniti::ctl
