#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// projects rename, history, export (one, or --all), import, inspect.
void registerProjectsCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
