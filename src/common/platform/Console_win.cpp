#include "common/platform/Console.h"

#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#define NOMINMAX
#include <windows.h>

namespace infiniti::platform {

void prepareStandardStreams()
{
    // The C runtime opens the standard streams in text mode, which writes "\r\r\n" for a CSV
    // record's "\r\n"; our bytes are final, so binary mode. A console shows the UTF-8 we
    // write only with its output code page set to UTF-8.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
}

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

} // namespace infiniti::platform
