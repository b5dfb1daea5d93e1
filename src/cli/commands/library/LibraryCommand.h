#pragma once

#include "cli/core/Command.h"

namespace infiniti {
class DownloadJob;
}

namespace infiniti::ctl {

// The content library's files: `library get <id> [--out FILE]`, `create --file FILE`,
// `replace <id> --file FILE`, `history <id>`, `export <id> <version> --out FILE`.
class LibraryCommand : public Command
{
    Q_OBJECT
public:
    enum class Verb { Get, Create, Replace, History, Export };
    LibraryCommand(const CommandContext &context, Verb verb);
    bool prepare() override;
    void run() override;

private:
    // Streams the job's answer into --out (put in place once complete) and says so.
    void saveDownload(DownloadJob *job);

    Verb m_verb;
};

} // namespace infiniti::ctl
