#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace infiniti {

class Session;

// The connection as the status bar tells it, from the session's state and how its requests
// last ended: a server that does not answer is Offline, a token it rejects has Expired, a
// certificate it presents is Untrusted — or Changed when another one was pinned — whatever
// the session's own state says.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        Connecting,
        Connected,
        Offline,
        TokenExpired,
        CertificateUntrusted,
        CertificateChanged
    };
    Q_ENUM(State)

    explicit ConnectionStatus(Session *session, QObject *parent = nullptr);
    State state() const;
    static QString text(State state);
    QString text() const { return text(state()); }
    // When and why: the last error's message and details, or when the server last answered.
    QString details() const;
    // The certificate behind CertificateUntrusted / CertificateChanged.
    QSslCertificate certificate() const { return m_lastError.certificate(); }

signals:
    void changed();

private:
    void onOutcome(const ApiError &error);

    QPointer<Session> m_session;
    State m_fromOutcomes = State::Connecting;
    ApiError m_lastError;
    QDateTime m_lastAnswer;
    QDateTime m_lastFailure;
};

} // namespace infiniti
