#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `projects import FILE... [--overwrite] [--folder NAME] [--comment TEXT]`: one package after
// another, each read locally first (a file that is not a package is named, not sent); a line
// per file on standard output, the count on stderr; non-zero when any was not imported.
class ProjectsImport : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void importFile(int index);
    void refused(int index, const QString &reason, int exitCode);

    int m_failures = 0;
    int m_lastFailure = Failure;
};

} // namespace infiniti::ctl
