#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// library get (with --out: the file), create, replace, history, export.
void registerLibraryCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
