#include "common/platform/PasswordPrompt.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace infiniti::platform {

namespace {
// The terminal as it was, for the signal handler: Ctrl+C at the prompt must not leave the
// shell without echo. tcsetattr is async-signal-safe.
termios g_saved{};

void restoreAndDie(int signal)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}
} // namespace

std::optional<QString> askPassword(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const bool terminal = ::tcgetattr(STDIN_FILENO, &g_saved) == 0;
    struct sigaction restore = {}, oldInt = {}, oldTerm = {};
    if (terminal) {
        restore.sa_handler = restoreAndDie;
        sigemptyset(&restore.sa_mask);
        ::sigaction(SIGINT, &restore, &oldInt);
        ::sigaction(SIGTERM, &restore, &oldTerm);
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::sigaction(SIGTERM, &oldTerm, nullptr);
    }
    std::fputs("\n", stderr);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!got)
        return std::nullopt;
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace infiniti::platform
