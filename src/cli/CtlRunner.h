#pragma once

#include "ApiError.h"
#include "CtlOptions.h"
#include "Profile.h"

#include <QObject>
#include <QTextStream>

#include <functional>
#include <optional>

namespace infiniti {
class ProfileStore;
class SecretStore;
class Session;
} // namespace infiniti

namespace infiniti::ctl {

// Runs one infiniti-ctl command on the event loop (signing in, the command's requests,
// signing out of a one-shot token) and quits the application with the command's exit code.
class CtlRunner : public QObject
{
    Q_OBJECT
public:
    CtlRunner(CtlOptions options, std::optional<QString> password, SecretStore *secrets,
              ProfileStore *profiles, QObject *parent = nullptr);
    void start();

    static int exitCodeFor(const ApiError &error);

private:
    void run();
    void authenticate(const std::function<void()> &then);
    void login();
    void logout();
    void listUsers();
    void getUser();
    void fail(const ApiError &error);
    void finish(int code);
    void printUser(const QJsonObject &user);

    CtlOptions m_options;
    std::optional<QString> m_password;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    Profile m_profile;
    Session *m_session = nullptr;
    bool m_oneShotToken = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace infiniti::ctl
