#include "api/Authenticator.h"

#include "api/endpoints/AuthEndpoints.h"
#include "api/LoginJob.h"
#include "api/ProfileStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti {
Authenticator::Authenticator(Session *session, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{
}

void Authenticator::signIn(const QString &username, const QString &password, bool rememberIt)
{
    if (m_busy || !m_session)
        return;
    m_busy = true;
    auto *job = new LoginJob(m_session, ApiModule::Admin, username, password, this);
    m_login = job;
    connect(job, &ApiJob::finished, this, [this, job, username, rememberIt] {
        m_busy = false;
        if (!job->succeeded()) {
            emit signInFailed(job->error());
            return;
        }
        const LoginResult &r = job->result();
        const QString name = r.userName.isEmpty() ? username : r.userName;
        m_session->setToken(r.token, name, r.userId);
        if (rememberIt)
            remember(username, r.token, r.userId);
        else
            forget(username); // an older remembered token must not outlive "don't remember"
        emit signedIn();
    });
    job->start();
}

void Authenticator::cancelSignIn()
{
    if (m_login)
        m_login->abort(); // finishes at once: m_busy is cleared and signInFailed() says Cancelled
}

void Authenticator::remember(const QString &username, const QString &token, const QString &userId)
{
    if (!m_secrets)
        return;
    const QString blob =
        QString::fromUtf8(QJsonDocument(QJsonObject{{"token"_L1, token}, {"userId"_L1, userId}})
                              .toJson(QJsonDocument::Compact));
    const QString connection = m_session->profile().name;
    m_secrets->write(m_session->profile().secretKey(username), blob, this,
                     [this, connection, username](const SecretStore::Result &r) {
                         if (!r.ok()) {
                             emit secretsUnavailable(r.message);
                             return;
                         }
                         // Noted once written: by then a new connection is saved (signedIn()).
                         if (m_profiles)
                             m_profiles->noteRemembered(connection, username);
                     });
}

void Authenticator::forget(const QString &username)
{
    if (!m_secrets || !m_session)
        return;
    const QString connection = m_session->profile().name;
    m_secrets->remove(m_session->profile().secretKey(username), this,
                      [this, connection, username](const SecretStore::Result &r) {
                          if (m_profiles && (r.ok() || r.status == SecretStore::Status::NotFound))
                              m_profiles->noteForgotten(connection, username);
                      });
}

void Authenticator::restore(const QString &username)
{
    if (!m_secrets || !m_session || username.isEmpty()) {
        QMetaObject::invokeMethod(this, &Authenticator::nothingToRestore, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(m_session->profile().secretKey(username), this,
                    [this, username](const SecretStore::Result &r) {
                        const QJsonObject o = QJsonDocument::fromJson(r.secret.toUtf8()).object();
                        const QString token = o.value("token"_L1).toString();
                        if (!r.ok() || !LoginResult::usableToken(token)) {
                            if (r.status == SecretStore::Status::Unavailable)
                                emit secretsUnavailable(r.message);
                            emit nothingToRestore();
                            return;
                        }
                        m_session->setToken(token, username, o.value("userId"_L1).toString());
                        emit restored();
                    });
}

void Authenticator::signOut()
{
    if (!m_session)
        return;
    const QString user = m_session->userName();
    forget(user);
    if (m_session->token().isEmpty()) {
        emit signedOut();
        return;
    }
    auto *job = new ApiJob(m_session, AuthEndpoints::logoff(ApiModule::Admin), this);
    connect(job, &ApiJob::finished, this, [this] {
        // Whatever the server said, the token is gone on our side.
        m_session->clearToken();
        emit signedOut();
    });
    job->start();
}

} // namespace infiniti
