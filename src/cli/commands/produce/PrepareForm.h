#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `prepareform <publishId> [--value label=value]... [--in-progress] [--description D]
// [--as-user USER]`: a form filled in advance; prints the URL that opens it.
class PrepareForm : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace infiniti::ctl
