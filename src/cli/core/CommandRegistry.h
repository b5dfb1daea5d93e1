#pragma once

#include "cli/core/CommandSpec.h"

#include <QList>

namespace infiniti::ctl {

// Every command of infiniti-ctl, in the order the overview lists them. The command areas
// (src/cli/commands/<area>/) add theirs in their register…() function; a command word may
// collect verbs from several areas (users: the resource verbs and import).
class CommandRegistry
{
public:
    static const CommandRegistry &instance();

    const QList<CommandSpec> &commands() const { return m_commands; }
    const CommandSpec *find(const QString &name) const;

    // For the areas' register functions: the command, made on first use.
    CommandSpec &command(const QString &name, const char *summary);

private:
    QList<CommandSpec> m_commands;
};

} // namespace infiniti::ctl
