#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QWidget;

namespace infiniti {

class Authenticator;
class ProfileStore;
class SecretStore;
class Session;
class SignInDialog;
struct Profile;

// The connections the compare window can use: the console's own signed-in session, and the
// saved profiles, each signed in on demand with its own session — a remembered token from the
// SecretStore when there is one, else the sign-in dialog (with the certificate-trust prompt the
// console shows), as ConsoleController does. Sessions stay signed in while the window is open.
class ConnectionPool : public QObject
{
    Q_OBJECT
public:
    // `console` may be null; `secrets` too (nothing is remembered then).
    ConnectionPool(Session *console, ProfileStore *profiles, SecretStore *secrets,
                   QWidget *dialogParent, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // The choices, console first: {name, label}. The console's profile is not repeated.
    struct Choice
    {
        QString name;  // the profile's name (the console's own for the console)
        QString label; // "Test (this console)"
    };
    QList<Choice> choices() const;
    QString consoleName() const;

    // A signed-in session for `name` now, or null.
    Session *session(const QString &name) const;
    // Signs in to `name` if needed: signedIn(name), or signInFailed / signInCancelled.
    void signIn(const QString &name);
    // Asks for a new connection (the sign-in dialog with an empty form) and signs in to it:
    // connectionAdded(name) once signed in, the profile saved; addCancelled() if given up.
    void addConnection();
    // Forgets a session whose token the server no longer accepts (the next use signs in again).
    void forget(const QString &name);
    SignInDialog *signInDialog() const;

signals:
    void signedIn(const QString &name);
    void signInFailed(const QString &name, const infiniti::ApiError &error);
    void signInCancelled(const QString &name);
    void connectionAdded(const QString &name);
    void addCancelled();

private:
    struct Connection
    {
        Session *session = nullptr;
        Authenticator *auth = nullptr;
        bool signedIn = false;
    };
    Connection &connection(const Profile &profile);
    void askForSignIn(const QString &name);
    // The dialog's connection and credentials, sent for `c` (its trusted certificates kept).
    void signInAsTyped(Connection &c);
    void askToTrust(const QString &name, const QSslCertificate &certificate);
    void onSignedIn(const QString &name);

    QPointer<Session> m_console;
    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    QWidget *m_dialogParent;
    QHash<QString, Connection> m_connections;
    QPointer<SignInDialog> m_dialog;
    // The connection the "new connection" dialog is signing in to (its name as typed last).
    QString m_adding;
};

} // namespace infiniti
