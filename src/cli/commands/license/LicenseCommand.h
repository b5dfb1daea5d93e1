#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `license get` shows the license; `license update` sends a new key (from --key, or read from
// --key-file before anything is sent).
class LicenseCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    bool prepare() override;
    void run() override;

private:
    QString m_key;
};

} // namespace infiniti::ctl
