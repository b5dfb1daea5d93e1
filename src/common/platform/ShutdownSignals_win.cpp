#include "common/platform/ShutdownSignals.h"

#include <QMetaObject>

#include <atomic>

#define NOMINMAX
#include <windows.h>

namespace infiniti::platform {

namespace {
// The console calls the handler on a thread of its own: it only posts to the main thread
// (posting an event is thread-safe) and lets the first request through.
std::atomic<ShutdownSignals *> g_instance = nullptr;
std::atomic<bool> g_requested = false;
HANDLE g_stopped = nullptr; // set once the program has let go of the handler (it is quitting)

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    ShutdownSignals *instance = g_instance.load();
    if (!instance || g_requested.exchange(true))
        return FALSE; // a second request: the default handler ends the process
    QMetaObject::invokeMethod(
        instance, [instance] { emit instance->requested(); }, Qt::QueuedConnection);
    // Closing the window ends the process as soon as this returns: give the program a few
    // seconds (the system allows five) to quit on its own.
    if (event == CTRL_CLOSE_EVENT && g_stopped)
        WaitForSingleObject(g_stopped, 4500);
    return TRUE;
}
} // namespace

bool ShutdownSignals::install()
{
    if (!g_stopped)
        g_stopped = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(g_stopped);
    g_requested = false;
    g_instance = this;
    if (SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        return true;
    g_instance = nullptr;
    return false;
}

void ShutdownSignals::uninstall()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
    // Not closed: the console's thread may still be waiting on it, and the program is ending.
    if (g_stopped)
        SetEvent(g_stopped);
}

} // namespace infiniti::platform
