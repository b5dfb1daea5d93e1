#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `logout`: signs the remembered token out on the server (logoff) and forgets it here; a token
// the server already forgot counts as signed out.
class Logout : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace infiniti::ctl
