#pragma once

#include "api/Profile.h"
#include "cli/core/CtlOptions.h"

#include <QObject>
#include <QPointer>

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

// Runs one parsed command on the event loop: finds the connection, signs in (the password
// given, else the token 'login' remembered), lets the command check its input and run, signs a
// one-shot token out again whatever the outcome, and quits the application with the exit code
// — non-zero when standard output could not be written.
class CtlApp : public QObject
{
    Q_OBJECT
public:
    CtlApp(CtlOptions options, const VerbSpec &verb, std::optional<QString> password, SecretStore *secrets,
           ProfileStore *profiles, OutputStream *out, OutputStream *err, QObject *parent = nullptr);
    void start();
    // Ctrl+C or SIGTERM: the command's requests are aborted, the one-shot token is signed out.
    void interrupt();

private:
    void run();
    bool resolveConnection();
    void signIn();
    void runCommand();
    void finish(int code);
    void exit(int code);

    CtlOptions m_options;
    const VerbSpec &m_verb;
    std::optional<QString> m_password;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    OutputStream *m_out;
    OutputStream *m_err;
    Profile m_profile;
    Session *m_session = nullptr;
    QPointer<Command> m_command;
    bool m_oneShotToken = false;
    bool m_finishing = false;
};

} // namespace infiniti::ctl
