#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `projects rename <id> --name NEW`, `history <id>`, `export <id> --out FILE|DIR [--version V]`.
class ProjectsCommand : public Command
{
    Q_OBJECT
public:
    enum class Verb { Rename, History, Export };
    ProjectsCommand(const CommandContext &context, Verb verb);
    void run() override;

private:
    Verb m_verb;
};

} // namespace infiniti::ctl
