#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// The generic verbs of every CtlResource: list, get, create, update, delete.
void registerResourceCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
