#pragma once

#include <QString>

namespace infiniti::ctl {

struct CommandSpec;
struct VerbSpec;

// The help texts, made from the registry and the option catalogue so they cannot drift from
// what the parser accepts.
namespace Usage {
QString overview();
QString command(const CommandSpec &command);
QString verb(const CommandSpec &command, const VerbSpec &verb);
QString version();
} // namespace Usage

} // namespace infiniti::ctl
