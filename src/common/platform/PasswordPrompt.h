#pragma once

#include <QString>

#include <optional>

namespace infiniti::platform {

// Asks for a password on the terminal: prints `prompt` on stderr and reads one line from
// standard input (a terminal) without echoing it; the terminal is restored afterwards, also
// when the user presses Ctrl+C. nullopt when nothing could be read (end of input).
std::optional<QString> askPassword(const QString &prompt);

} // namespace infiniti::platform
