#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

struct PackageReport;

// `projects inspect FILE... [--json|--csv]`: what each package holds — its projects (id, name,
// type, version, last modified) and files — read locally; nothing is sent and no server is
// needed. A file that is not a readable package is named with the reason, and the exit code is 2.
class ProjectsInspect : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void printText(const PackageReport &report);
};

} // namespace infiniti::ctl
