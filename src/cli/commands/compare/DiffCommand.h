#pragma once

#include "cli/commands/compare/CompareCommand.h"

namespace infiniti::ctl {

// `diff --to-server URL [--part PART]... [--json|--csv]`: one row per difference (part, name,
// change as seen from the target, details in words); exit 0 when the servers match, 7
// (Differences) when they differ.
class DiffCommand : public CompareCommand
{
    Q_OBJECT
public:
    explicit DiffCommand(const CommandContext &context);
    void run() override;

private:
    void print();
};

} // namespace infiniti::ctl
