#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

// `sync export [PROJECT-ID...] --out FILE [--without PART]...`: a sync package saved with what
// it holds per part; `sync import FILE [--mode MODE | --mode PART=MODE]...`: sent (read and
// checked here first) and the server's created/updated/skipped counts printed per part.
class SyncCommand : public Command
{
    Q_OBJECT
public:
    enum class Verb { Export, Import };
    SyncCommand(const CommandContext &context, Verb verb);
    bool prepare() override;
    void run() override;

private:
    void exportPackage();
    void importPackage();

    Verb m_verb;
    ApiRequest m_import;
};

} // namespace infiniti::ctl
