#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// One action on a workflow or a task: a request, and a sentence on stderr when it is done.
class WorkflowAction : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace infiniti::ctl
