#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `projects inspect FILE... [--json|--csv]`: what each package holds — its projects (id, name,
// kind, version, last modified) and files, every entry checked — read here by
// ProjectPackage::inspectFile; nothing is sent and no server is needed. --json prints an array
// of ProjectPackage::inspectionJson objects (docs/FORMATS.md), the text is inspectionText's.
// A package that cannot be imported is named with its problems, and the exit code is 2.
class ProjectsInspect : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace infiniti::ctl
