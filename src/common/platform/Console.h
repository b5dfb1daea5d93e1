#pragma once

namespace infiniti::platform {

// Standard streams as a command-line program needs them: bytes written to stdout/stderr go out
// unchanged (no CR inserted before LF, so CSV keeps its CRLF) and a console shows UTF-8 text.
// Call once at start-up, before anything is written.
void prepareStandardStreams();

// Whether standard input is a terminal (a person typing) rather than a pipe or a file.
bool standardInputIsTerminal();

} // namespace infiniti::platform
