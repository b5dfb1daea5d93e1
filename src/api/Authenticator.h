#pragma once

#include "api/ApiError.h"
#include "api/SecretStore.h"
#include "api/Session.h"

#include <QObject>
#include <QPointer>

namespace infiniti {

// Signing in and out of a Session, and remembering the token in the SecretStore (keyed per
// profile and user). Shared by the console and infiniti-ctl.
class ApiJob;
class ProfileStore;

class Authenticator : public QObject
{
    Q_OBJECT
public:
    Authenticator(Session *session, SecretStore *secrets, QObject *parent = nullptr);

    // POST login/forms; on success installs the token and, when `remember`, stores it.
    void signIn(const QString &username, const QString &password, bool remember);
    // Reads a remembered token for `username` and installs it; restored() or nothingToRestore().
    void restore(const QString &username);
    // POST logoff (best effort), forgets the stored token, clears the session's token.
    void signOut();
    // Stops a sign-in still waiting for the server: signInFailed() with a Cancelled error.
    void cancelSignIn();
    bool isBusy() const { return m_busy; }
    // With a store, every token remembered or forgotten is noted in the saved connection's list
    // of remembered users (ProfileStore::rememberedUsers), so that deleting the connection
    // finds them all. Without one (a connection not saved, the demo) nothing is noted.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }

signals:
    void signedIn();
    void signInFailed(const infiniti::ApiError &error);
    void restored();
    void nothingToRestore();
    // The keychain could not keep the token: the user has to sign in again next time.
    void secretsUnavailable(const QString &detail);
    void signedOut();

private:
    void remember(const QString &username, const QString &token, const QString &userId);
    void forget(const QString &username);

    QPointer<Session> m_session;
    QPointer<SecretStore> m_secrets;
    ProfileStore *m_profiles = nullptr;
    QPointer<ApiJob> m_login;
    bool m_busy = false;
};

} // namespace infiniti
