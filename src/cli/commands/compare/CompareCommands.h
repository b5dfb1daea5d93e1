#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// diff, promote: two servers compared with src/compare, differences promoted from the source
// (--server/--profile) to the target (--to-server/--to-profile).
void registerCompareCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
