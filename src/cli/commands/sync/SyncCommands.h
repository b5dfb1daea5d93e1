#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// sync export, sync import: sync packages (.iqpkg).
void registerSyncCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
