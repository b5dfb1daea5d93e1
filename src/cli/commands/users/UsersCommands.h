#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// users import (the other users verbs are the generic resource verbs).
void registerUsersCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
