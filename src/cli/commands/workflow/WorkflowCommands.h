#pragma once

namespace infiniti::ctl {

class CommandRegistry;

// workflow abort|revert|reassign (administrators) and tasks unlock|cancel|revert|submit|reassign
// (the signed-in user's); their list/get are the generic resource verbs.
void registerWorkflowCommands(CommandRegistry &registry);

} // namespace infiniti::ctl
