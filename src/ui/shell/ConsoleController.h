#pragma once

#include "ui/shell/MainWindow.h"
#include "api/Profile.h"
#include "ui/shell/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace infiniti {

class Authenticator;
class ProfileStore;
class SecretStore;
class Session;

// The console's life cycle: restore a remembered sign-in or ask for one, open the main window,
// ask again when the server rejects the token, sign out.
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
    void askToTrust(const QSslCertificate &certificate);
    void openCompareWindow();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Session *m_session = nullptr;
    Authenticator *m_auth = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    QPointer<class CompareWindow> m_compare;
    bool m_persistProfile = true;
    bool m_keychainWarned = false;
    QString m_pendingBanner;
    QString m_pendingBannerDetails;
};

} // namespace infiniti
