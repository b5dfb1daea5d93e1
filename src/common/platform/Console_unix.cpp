#include "common/platform/Console.h"

#include <unistd.h>

namespace infiniti::platform {

void prepareStandardStreams()
{
    // POSIX streams are binary and terminals take UTF-8 from the locale: nothing to do.
}

bool standardInputIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

} // namespace infiniti::platform
