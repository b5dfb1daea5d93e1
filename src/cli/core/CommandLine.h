#pragma once

#include "cli/core/CtlOptions.h"

#include <QStringList>

namespace infiniti::ctl {

struct CommandSpec;
struct VerbSpec;

// What the command line asks for. Options are read with QCommandLineParser: --opt VALUE and
// --opt=VALUE, anywhere on the line, and "--" ends them. Each command takes the global options
// and those of its verbs; an option another verb takes is refused by name.
struct ParseResult
{
    enum class Kind { Run, Help, Version, UsageError };
    Kind kind = Kind::UsageError;
    CtlOptions options;
    const CommandSpec *command = nullptr; // Run; Help: the topic (null: the overview)
    const VerbSpec *verb = nullptr;       // Run; Help: the verb asked about (may be null)
    QString error;                        // UsageError: one sentence
    QString hint;                         // UsageError: what to run for help
};

namespace CommandLine {
ParseResult parse(const QStringList &arguments);
// "infiniti-ctl: <error> Try '<hint>'." — the one line a usage error prints.
QString usageErrorLine(const ParseResult &result);
} // namespace CommandLine

} // namespace infiniti::ctl
