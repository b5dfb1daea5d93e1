#pragma once

#include <QObject>

namespace infiniti::platform {

// The operating system asking the program to stop arrives as requested() on the main thread,
// so the program can quit the way a normal quit does (the console saves where the user was;
// infiniti-ctl signs a one-shot token out). Unix: SIGTERM (a desktop logging out) and SIGINT
// (Ctrl+C). Windows: Ctrl+C, Ctrl+Break and closing the console window (log-off and shutdown
// reach a program with windows as session-end messages, which Qt handles itself).
// Only the first request is caught: a second one ends the program at once, as usual.
// One instance at a time.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;
    // False when the handlers could not be installed (the program then stops the default way).
    bool isActive() const { return m_active; }

signals:
    void requested();

private:
    // Per platform: ShutdownSignals_unix.cpp, ShutdownSignals_win.cpp.
    bool install();
    void uninstall();

    bool m_active = false;
};

} // namespace infiniti::platform
