#include "common/platform/PasswordPrompt.h"

#include <cstdio>
#include <iterator>

#define NOMINMAX
#include <windows.h>

namespace infiniti::platform {

std::optional<QString> askPassword(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr); // the console's code page is UTF-8
    std::fflush(stderr);
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return std::nullopt; // not a console
    // Line input without echo. Ctrl+C still ends the program (ENABLE_PROCESSED_INPUT); shells
    // set their own console mode again when they read the next command.
    SetConsoleMode(input,
                   (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    QString line;
    bool ended = false;
    wchar_t buffer[256];
    while (!ended) {
        DWORD read = 0;
        if (!ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr) || read == 0)
            break;
        for (DWORD i = 0; i < read; ++i) {
            if (buffer[i] == L'\r' || buffer[i] == L'\n') {
                ended = true;
                break;
            }
            line += QChar(char16_t(buffer[i]));
        }
    }
    SetConsoleMode(input, mode);
    std::fputs("\n", stderr);
    if (!ended && line.isEmpty())
        return std::nullopt;
    return line;
}

} // namespace infiniti::platform
