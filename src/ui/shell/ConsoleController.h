#pragma once

#include "api/Profile.h"
#include "api/Session.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

namespace infiniti {

class Authenticator;
class ProfileStore;
class SecretStore;
class Session;

// The console's life cycle: restore a remembered sign-in or ask for one, open the main window,
// ask again when the server rejects the token, ask about a certificate the server presents that
// is not pinned (a changed one is its own warning), sign out.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // `secrets` may be null (demo mode: nothing is remembered).
    ConsoleController(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Opens the last used (or named) profile: remembered token, else the sign-in dialog.
    void start(const QString &profileName = {});
    // Signs in to a local emulator as its administrator, remembering nothing.
    void startDemo(const QUrl &url, const QString &user, const QString &password);

    Session *session() const { return m_session; }
    // Bounds for every request of the session (infiniti-admin --timeout, --max-answer-mb).
    void setRequestLimits(const Session::Limits &limits);
    MainWindow *window() const { return m_window; }
    SignInDialog *signInDialog() const { return m_dialog; }

signals:
    // Nothing left to show (the user cancelled the first sign-in).
    void finished();

private:
    void useProfile(const Profile &profile);
    void showSignIn(const QString &user = {}, bool reauthenticate = false);
    void openWindow();
    void onSignedIn();
    void onSecretsUnavailable(const QString &detail);
    // During the sign-in (over its dialog) or later (over the window): pins it when trusted.
    void askToTrust(const QSslCertificate &certificate, QWidget *parent);
    void onRequestFinished(const ApiError &error);
    void openCompareWindow();
    // The sign-in dialog's Delete…: the connection's remembered sign-ins leave the keychain
    // first; only then does the connection go, so no token is ever left behind without one.
    void deleteProfile(const QString &name);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Session *m_session = nullptr;
    Authenticator *m_auth = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    Session::Limits m_limits;
    QPointer<class CompareWindow> m_compare;
    bool m_persistProfile = true;
    bool m_keychainWarned = false;
    QString m_pendingBanner;
    QString m_pendingBannerDetails;
    QSet<QByteArray> m_declinedCertificates; // not asked again unasked; the status bar offers it
    bool m_asking = false;
};

} // namespace infiniti
