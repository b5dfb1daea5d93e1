#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// login (remember a token in the keychain) and logout (sign it out and forget it).
void registerAuthCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
