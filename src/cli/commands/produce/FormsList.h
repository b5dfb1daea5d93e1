#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `forms list`: the forms the signed-in user may run, per folder, with their publish ids.
class FormsList : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace infiniti::ctl
