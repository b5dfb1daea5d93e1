#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `login`: signs in with the password given and remembers the token in the keychain for this
// server and user (and the user as the saved connection's last one).
class Login : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    bool prepare() override;
    void run() override;
};

} // namespace infiniti::ctl
