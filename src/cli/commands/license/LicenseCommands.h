#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// license get, license update --key KEY | --key-file FILE.
void registerLicenseCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
