#include "ui/compare/ConnectionPool.h"

#include "api/Authenticator.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/SignInDialog.h"

#include <QCryptographicHash>
#include <QTimer>

#include <utility>

namespace infiniti {

ConnectionPool::ConnectionPool(Session *console, ProfileStore *profiles, SecretStore *secrets,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{
}

ConnectionPool::~ConnectionPool()
{
    delete m_dialog;
}

SignInDialog *ConnectionPool::signInDialog() const
{
    return m_dialog;
}

QString ConnectionPool::consoleName() const
{
    return m_console ? m_console->profile().name : QString();
}

QList<ConnectionPool::Choice> ConnectionPool::choices() const
{
    QList<Choice> out;
    const QString console = consoleName();
    if (m_console)
        out << Choice{console, tr("%1 (this console)").arg(console)};
    for (const Profile &p : m_profiles->profiles()) {
        if (p.name != console || !m_console)
            out << Choice{p.name, p.name};
    }
    return out;
}

Session *ConnectionPool::session(const QString &name) const
{
    if (m_console && name == consoleName())
        return m_console;
    const auto it = m_connections.constFind(name);
    return it != m_connections.cend() && it->signedIn ? it->session : nullptr;
}

ConnectionPool::Connection &ConnectionPool::connection(const Profile &profile)
{
    auto it = m_connections.find(profile.name);
    if (it != m_connections.end())
        return *it;
    const QString name = profile.name;
    Connection c;
    c.session = new Session(profile, this);
    c.auth = new Authenticator(c.session, m_secrets, this);
    c.auth->setProfileStore(m_profiles);
    connect(c.auth, &Authenticator::signedIn, this, [this, name] { onSignedIn(name); });
    connect(c.auth, &Authenticator::restored, this, [this, name] { onSignedIn(name); });
    connect(c.auth, &Authenticator::nothingToRestore, this, [this, name] { askForSignIn(name); });
    connect(c.auth, &Authenticator::signInFailed, this, [this, name](const ApiError &e) {
        if (!m_dialog) {
            emit signInFailed(name, e);
            return;
        }
        if (e.kind() == ApiError::Kind::Tls && !e.certificate().isNull())
            askToTrust(name, e.certificate());
        else
            m_dialog->showError(e);
    });
    return *m_connections.insert(name, c);
}

void ConnectionPool::signIn(const QString &name)
{
    if (session(name)) {
        QTimer::singleShot(0, this, [this, name] { emit signedIn(name); });
        return;
    }
    const auto profile = m_profiles->find(name);
    if (!profile) {
        const ApiError error(ApiError::Kind::NotFound, tr("sign in"), 0,
                             tr("The connection “%1” is no longer saved.").arg(name));
        QTimer::singleShot(0, this, [this, name, error] { emit signInFailed(name, error); });
        return;
    }
    Connection &c = connection(*profile);
    if (m_secrets && profile->rememberSignIn && !profile->lastUser.isEmpty())
        c.auth->restore(profile->lastUser); // restored(), else nothingToRestore(): the dialog
    else
        askForSignIn(name);
}

void ConnectionPool::forget(const QString &name)
{
    const auto it = m_connections.find(name);
    if (it == m_connections.end())
        return;
    it->auth->deleteLater();
    it->session->deleteLater();
    m_connections.erase(it);
}

void ConnectionPool::askForSignIn(const QString &name)
{
    const auto profile = m_profiles->find(name);
    if (!profile || m_dialog)
        return;
    m_dialog = new SignInDialog({*profile}, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("compareSignInDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->selectProfile(name);
    if (!profile->lastUser.isEmpty())
        m_dialog->setUsername(profile->lastUser);
    m_dialog->lockConnection(tr("Sign in to “%1” to compare it.").arg(name));
    connect(m_dialog, &SignInDialog::signInRequested, this,
            [this, name] { signInAsTyped(m_connections[name]); });
    connect(m_dialog, &QDialog::rejected, this, [this, name] { emit signInCancelled(name); });
    m_dialog->open();
}

void ConnectionPool::addConnection()
{
    if (m_dialog)
        return;
    m_dialog = new SignInDialog({}, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("compareNewConnectionDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setDeletingAllowed(false);
    m_dialog->setWindowTitle(tr("New connection"));
    m_dialog->setIntro(tr("Sign in to another server to compare with. The connection is saved "
                          "for next time, as in the sign-in dialog."));
    connect(m_dialog, &SignInDialog::signInRequested, this, [this] {
        const Profile p = m_dialog->profile();
        const bool taken = m_profiles->find(p.name).has_value() || p.name == consoleName();
        if (taken && !(p.name == m_adding && m_connections.contains(p.name))) {
            m_dialog->showProblem(tr("A connection named “%1” is already saved: choose it in the "
                                     "list instead, or give this one another name.")
                                      .arg(p.name));
            return;
        }
        if (!m_adding.isEmpty() && m_adding != p.name)
            forget(m_adding); // renamed after a failed attempt: the old one is not kept
        m_adding = p.name;
        signInAsTyped(connection(p));
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (const QString name = std::exchange(m_adding, {}); !name.isEmpty())
            forget(name);
        emit addCancelled();
    });
    m_dialog->open();
}

void ConnectionPool::signInAsTyped(Connection &c)
{
    Profile p = m_dialog->profile();
    // Keep a certificate the user trusted a moment ago.
    p.pinnedCertificates = c.session->profile().pinnedCertificates;
    c.session->setProfile(p);
    m_dialog->setBusy(true);
    c.auth->signIn(m_dialog->username(), m_dialog->password(), m_dialog->remember());
}

void ConnectionPool::askToTrust(const QString &name, const QSslCertificate &certificate)
{
    Session *session = m_connections.value(name).session;
    auto *trust = new CertificateTrustDialog(session->profile().manageUrl.host(), certificate,
                                             session->profile().pinnedCertificates, m_dialog);
    trust->setAttribute(Qt::WA_DeleteOnClose);
    connect(trust, &QDialog::accepted, this, [this, name, certificate] {
        Session *s = m_connections.value(name).session;
        Profile p = s->profile();
        p.pinnedCertificates << certificate.digest(QCryptographicHash::Sha256).toHex();
        s->setProfile(p); // saved with the profile once the sign-in succeeds
        if (m_dialog)
            emit m_dialog->signInRequested();
    });
    connect(trust, &QDialog::rejected, this, [this] {
        if (m_dialog)
            m_dialog->showError(ApiError(ApiError::Kind::Tls, tr("sign in"), 0,
                                         tr("The certificate was not trusted; nothing was sent.")));
    });
    trust->open();
}

void ConnectionPool::onSignedIn(const QString &name)
{
    Connection &c = m_connections[name];
    c.signedIn = true;
    const bool added = !m_adding.isEmpty() && name == m_adding;
    if (m_dialog) {
        Profile p = m_dialog->profile();
        p.pinnedCertificates = c.session->profile().pinnedCertificates;
        m_profiles->save(p);
        m_adding.clear(); // before accept(): not a cancelled addition
        m_dialog->accept();
    }
    emit signedIn(name);
    if (added)
        emit connectionAdded(name);
}

} // namespace infiniti
