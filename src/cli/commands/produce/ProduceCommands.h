#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// The Produce side as the signed-in user: forms list, generate, outputs, prepareform.
void registerProduceCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
