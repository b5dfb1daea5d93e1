#include "ui/shell/ConsoleController.h"

#include "api/Authenticator.h"
#include "ui/compare/CompareWindow.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/ConnectionStatus.h"

#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include <QCryptographicHash>

namespace infiniti {

ConsoleController::ConsoleController(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

ConsoleController::~ConsoleController()
{
    delete m_dialog;
    delete m_window;
}

void ConsoleController::useProfile(const Profile &profile)
{
    if (!m_session) {
        m_session = new Session(profile, this);
        m_session->setReauthenticationEnabled(true);
        m_session->setLimits(m_limits);
        m_auth = new Authenticator(m_session, m_secrets, this);
        if (m_persistProfile) // the demo's connection is not saved
            m_auth->setProfileStore(m_profiles);
        connect(m_auth, &Authenticator::signedIn, this, &ConsoleController::onSignedIn);
        connect(m_auth, &Authenticator::signInFailed, this, [this](const ApiError &e) {
            if (e.kind() == ApiError::Kind::Cancelled)
                return; // the user stopped it: the dialog already says so
            if (e.kind() == ApiError::Kind::Tls && !e.certificate().isNull() && m_dialog) {
                askToTrust(e.certificate(), m_dialog);
                return;
            }
            if (m_dialog)
                m_dialog->showError(e);
        });
        connect(m_session, &Session::requestFinished, this, &ConsoleController::onRequestFinished);
        connect(m_auth, &Authenticator::secretsUnavailable, this,
                &ConsoleController::onSecretsUnavailable);
        connect(m_session, &Session::reauthenticationRequired, this,
                [this](const QString &user) { showSignIn(user, true); });
        connect(m_auth, &Authenticator::signedOut, this, [this] {
            if (MainWindow *window = m_window) {
                window->rememberPlace(); // the next sign-in opens where this one was
                m_window = nullptr;      // the sign-in dialog must not become its child
                window->deleteLater();
            }
            showSignIn(m_session->profile().lastUser);
            if (m_dialog) // nothing else is left open: closing it asks before quitting
                m_dialog->setAsksBeforeQuitting(true);
        });
    } else {
        m_session->setProfile(profile);
    }
}

void ConsoleController::setRequestLimits(const Session::Limits &limits)
{
    m_limits = limits;
    if (m_session)
        m_session->setLimits(limits);
}

void ConsoleController::start(const QString &profileName)
{
    const QString name = profileName.isEmpty() ? m_profiles->lastUsed() : profileName;
    const auto profile = m_profiles->find(name);
    if (!profile || !profile->rememberSignIn || profile->lastUser.isEmpty() || !m_secrets) {
        if (profile)
            useProfile(*profile);
        showSignIn(profile ? profile->lastUser : QString());
        if (profile && m_dialog)
            m_dialog->selectProfile(profile->name);
        return;
    }
    useProfile(*profile);
    connect(m_auth, &Authenticator::restored, this, &ConsoleController::openWindow,
            Qt::SingleShotConnection);
    connect(
        m_auth, &Authenticator::nothingToRestore, this,
        [this] {
            showSignIn(m_session->profile().lastUser);
            if (m_dialog)
                m_dialog->selectProfile(m_session->profile().name);
        },
        Qt::SingleShotConnection);
    m_auth->restore(profile->lastUser);
}

void ConsoleController::startDemo(const QUrl &url, const QString &user, const QString &password)
{
    Profile demo;
    demo.name = tr("Demo emulator");
    demo.manageUrl = url;
    demo.lastUser = user;
    m_persistProfile = false;
    useProfile(demo);
    // The window opens once signed in (onSignedIn): its lists ask for nothing before there is a
    // token to ask with (before, every list's first page went out first and came back 401).
    connect(m_auth, &Authenticator::signInFailed, this, [this, user](const ApiError &e) {
        if (m_window) {
            m_window->showBanner(e.message(), e.details());
            return;
        }
        showSignIn(user);
        if (m_dialog)
            m_dialog->showError(e);
    });
    m_auth->signIn(user, password, false);
}

void ConsoleController::showSignIn(const QString &user, bool reauthenticate)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QList<Profile> profiles = m_persistProfile ? m_profiles->profiles() : QList<Profile>{};
    if (m_session && !m_persistProfile)
        profiles = {m_session->profile()};
    m_dialog = new SignInDialog(profiles, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session)
        m_dialog->selectProfile(m_session->profile().name);
    if (!user.isEmpty())
        m_dialog->setUsername(user);
    if (reauthenticate)
        m_dialog->lockConnection(
            tr("The server no longer accepts your sign-in. Sign in again to continue "
               "where you left off."));
    m_dialog->setDeletingAllowed(m_persistProfile && m_profiles);
    connect(m_dialog, &SignInDialog::deleteProfileRequested, this,
            &ConsoleController::deleteProfile);
    connect(m_dialog, &SignInDialog::cancelRequested, this, [this] {
        if (m_auth)
            m_auth->cancelSignIn();
    });
    connect(m_dialog, &SignInDialog::signInRequested, this, [this, reauthenticate] {
        if (!reauthenticate) {
            Profile p = m_dialog->profile();
            // Keep a certificate the user trusted a moment ago for this same server.
            if (m_session && m_session->profile().manageUrl == p.manageUrl) {
                for (const auto &pin : m_session->profile().pinnedCertificates) {
                    if (!p.pinnedCertificates.contains(pin))
                        p.pinnedCertificates << pin;
                }
            }
            useProfile(p);
        }
        m_dialog->setBusy(true);
        m_auth->signIn(m_dialog->username(), m_dialog->password(), m_dialog->remember());
    });
    connect(m_dialog, &QDialog::rejected, this, [this, reauthenticate] {
        if (reauthenticate && m_session)
            m_session->abandonReauthentication();
        if (!m_window)
            emit finished();
    });
    m_dialog->open();
}

void ConsoleController::deleteProfile(const QString &name)
{
    std::optional<Profile> profile;
    if (m_profiles)
        profile = m_profiles->find(name);
    if (!profile) {
        if (m_dialog)
            m_dialog->profileDeleted(name); // already gone (another window, infiniti-ctl)
        return;
    }
    // A token is kept per connection and user: every user the connection noted as remembered,
    // and (settings from before that list) the last user's and the one typed now.
    QStringList users = m_profiles->rememberedUsers(name);
    users << profile->lastUser;
    if (m_dialog)
        users << m_dialog->username();
    users.removeAll(QString());
    users.removeDuplicates();
    const auto forget = [this, name] {
        m_profiles->remove(name);
        if (m_profiles->lastUsed() == name)
            m_profiles->setLastUsed({});
        if (m_dialog)
            m_dialog->profileDeleted(name);
    };
    if (!m_secrets || users.isEmpty()) { // no keychain in use: nothing can be in it
        forget();
        return;
    }
    auto pending = std::make_shared<qsizetype>(users.size());
    auto problem = std::make_shared<QString>();
    for (const QString &user : std::as_const(users)) {
        m_secrets->remove(
            profile->secretKey(user), this,
            [this, name, forget, pending, problem](const SecretStore::Result &r) {
                if (!r.ok() && r.status != SecretStore::Status::NotFound)
                    *problem =
                        r.message.isEmpty() ? tr("the keychain is not available") : r.message;
                if (--*pending > 0)
                    return;
                if (problem->isEmpty())
                    forget();
                else if (m_dialog)
                    m_dialog->profileNotDeleted(
                        name, tr("its remembered sign-in could not be removed from the "
                                 "keychain (%1). Unlock the keychain and try again; the "
                                 "connection stays until then, so that no sign-in is left "
                                 "behind.")
                                  .arg(*problem));
            });
    }
}

void ConsoleController::askToTrust(const QSslCertificate &certificate, QWidget *parent)
{
    if (m_asking)
        return;
    m_asking = true;
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex();
    const bool duringSignIn = parent == m_dialog;
    auto *trust = new CertificateTrustDialog(m_session->profile().manageUrl.host(), certificate,
                                             m_session->profile().pinnedCertificates, parent);
    trust->setAttribute(Qt::WA_DeleteOnClose);
    connect(trust, &QObject::destroyed, this, [this] { m_asking = false; });
    connect(trust, &QDialog::accepted, this, [this, fingerprint, duringSignIn] {
        Profile p = m_session->profile();
        if (!p.pinnedCertificates.contains(fingerprint))
            p.pinnedCertificates << fingerprint;
        m_session->setProfile(p);
        if (duringSignIn) {
            if (m_dialog) // saved with the profile once the sign-in succeeds
                emit m_dialog->signInRequested();
            return;
        }
        if (m_persistProfile && m_profiles->find(p.name))
            m_profiles->save(p);
        if (m_window)
            m_window->refreshAll(); // what failed on the certificate is asked again
    });
    connect(trust, &QDialog::rejected, this, [this, duringSignIn, fingerprint] {
        m_declinedCertificates.insert(fingerprint);
        if (duringSignIn && m_dialog)
            m_dialog->showError(ApiError(ApiError::Kind::Tls, tr("sign in"), 0,
                                         tr("The certificate was not trusted; nothing was sent.")));
    });
    trust->open();
}

void ConsoleController::onRequestFinished(const ApiError &error)
{
    // Signed in, and the server now presents a certificate that is not pinned (renewed, or
    // someone in between): asked once over the window, and again from the status bar's link.
    if (error.kind() != ApiError::Kind::Tls || error.certificate().isNull() || !m_window ||
        m_dialog)
        return;
    const QByteArray fingerprint = error.certificate().digest(QCryptographicHash::Sha256).toHex();
    if (m_declinedCertificates.contains(fingerprint) || m_asking)
        return;
    // Queued: the request that failed finishes its own work first.
    QMetaObject::invokeMethod(
        this,
        [this, certificate = error.certificate()] {
            if (m_window)
                askToTrust(certificate, m_window);
        },
        Qt::QueuedConnection);
}

void ConsoleController::onSignedIn()
{
    if (m_dialog) {
        Profile p = m_dialog->profile();
        if (m_persistProfile) {
            p.pinnedCertificates = m_session->profile().pinnedCertificates;
            m_profiles->save(p);
            m_profiles->setLastUsed(p.name);
        }
        m_dialog->accept();
    }
    openWindow();
}

void ConsoleController::openWindow()
{
    if (m_window) {
        m_window->show();
        return;
    }
    m_window = new MainWindow(m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, m_auth, &Authenticator::signOut);
    connect(m_window, &MainWindow::certificateReviewRequested, this, [this] {
        const QSslCertificate certificate = m_window->connectionStatus()->certificate();
        if (!certificate.isNull())
            askToTrust(certificate, m_window);
    });
    connect(m_window, &MainWindow::compareRequested, this, &ConsoleController::openCompareWindow);
    if (!m_pendingBanner.isEmpty())
        m_window->showBanner(m_pendingBanner, m_pendingBannerDetails);
    m_window->show();
}

void ConsoleController::openCompareWindow()
{
    if (!m_compare) // a child of the main window: signing out closes it with the session it uses
        m_compare = new CompareWindow(m_session, m_profiles, m_secrets, m_window);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}

void ConsoleController::onSecretsUnavailable(const QString &detail)
{
    if (m_keychainWarned)
        return; // said once per run
    m_keychainWarned = true;
    m_pendingBanner =
        tr("Your sign-in cannot be remembered on this computer because no keychain is "
           "available (it may be locked or missing). You will be asked to sign in next time.");
    m_pendingBannerDetails = detail;
    if (m_window)
        m_window->showBanner(m_pendingBanner, detail);
}

} // namespace infiniti
