#pragma once

#include "cli/core/Command.h"

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
    void saveBytes(const QByteArray &bytes);

    Verb m_verb;
    QByteArray m_file; // create, replace
};

} // namespace infiniti::ctl
