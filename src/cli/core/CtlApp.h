#pragma once

#include "api/Profile.h"
#include "cli/core/CtlOptions.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace infiniti {
class ProfileStore;
class SecretStore;
class Session;
} // namespace infiniti

namespace infiniti::ctl {

class Command;
class OutputStream;
struct VerbSpec;

// One server a command works with: where and as whom (as given, then resolved from a saved
// connection), its session, and whether its token was made for this run only.
struct CtlConnection
{
    QString server, produce, user, profileName; // as given on the command line
    std::optional<QString> password;
    Profile profile;
    Session *session = nullptr;
    bool oneShotToken = false;
    bool isTarget = false; // the second server of diff/promote (VerbSpec::target)
};

// Runs one parsed command on the event loop: finds the connection (and the target's, for a
// verb that works with two servers), signs in (the password given, else the token 'login'
// remembered; the target also asks on the terminal when it has neither), lets the command
// check its input and run, signs one-shot tokens out again whatever the outcome, and quits the
// application with the exit code — non-zero when standard output could not be written.
class CtlApp : public QObject
{
    Q_OBJECT
public:
    using PasswordPrompt = std::function<std::optional<QString>(const QString &prompt)>;

    CtlApp(CtlOptions options, const VerbSpec &verb, std::optional<QString> password,
           SecretStore *secrets, ProfileStore *profiles, OutputStream *out, OutputStream *err,
           QObject *parent = nullptr);
    // The target's password (INFINITI_TO_PASSWORD, else the source's), for VerbSpec::target.
    void setTargetPassword(std::optional<QString> password)
    {
        m_target.password = std::move(password);
    }
    // Asks for the target's password when it has neither a password nor a remembered token
    // (set only when a terminal is attached).
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void start();
    // Ctrl+C or SIGTERM: the command's requests are aborted, one-shot tokens are signed out.
    void interrupt();

private:
    void run();
    bool resolveConnection(CtlConnection &connection);
    void signIn(CtlConnection &connection, std::function<void()> then);
    void logIn(CtlConnection &connection, std::function<void()> then);
    void complainAbout(const CtlConnection &connection, const QString &message);
    void runCommand();
    void finish(int code);
    void exit(int code);

    CtlOptions m_options;
    const VerbSpec &m_verb;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    OutputStream *m_out;
    OutputStream *m_err;
    CtlConnection m_source;
    CtlConnection m_target;
    PasswordPrompt m_prompt;
    QPointer<Command> m_command;
    int m_signingOut = 0;
    bool m_finishing = false;
};

} // namespace infiniti::ctl
