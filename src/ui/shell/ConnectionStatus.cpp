#include "ui/shell/ConnectionStatus.h"

#include "api/Session.h"

#include <QLocale>

namespace infiniti {

ConnectionStatus::ConnectionStatus(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::requestFinished, this, &ConnectionStatus::onOutcome);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedOut)
            m_fromOutcomes = State::Connecting; // whatever comes next starts afresh
        emit changed();
    });
}

void ConnectionStatus::onOutcome(const ApiError &error)
{
    State next = State::Connected;
    switch (error.kind()) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::LocalFile: // our file, not the server, failed: it says nothing of the link
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        next = State::Offline;
        break;
    case ApiError::Kind::Server:
        // A gateway with nobody behind it, or a server that says it is unavailable.
        next = error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504
                   ? State::Offline
                   : State::Connected;
        break;
    case ApiError::Kind::Tls:
        if (error.certificate().isNull())
            next = State::Offline; // the handshake itself failed
        else
            next = m_session && !m_session->profile().pinnedCertificates.isEmpty()
                       ? State::CertificateChanged
                       : State::CertificateUntrusted;
        break;
    case ApiError::Kind::Unauthorised:
        next = State::TokenExpired;
        break;
    default: // the server answered (with a refusal of this one request, perhaps)
        break;
    }
    if (next == State::Connected) {
        m_lastAnswer = QDateTime::currentDateTime();
    } else {
        m_lastError = error;
        m_lastFailure = QDateTime::currentDateTime();
    }
    if (next != m_fromOutcomes || next != State::Connected) {
        m_fromOutcomes = next;
        emit changed();
    }
}

ConnectionStatus::State ConnectionStatus::state() const
{
    if (!m_session)
        return State::SignedOut;
    switch (m_session->state()) {
    case Session::State::SignedOut:
        return m_session->token().isEmpty() ? State::SignedOut : m_fromOutcomes;
    case Session::State::Reauthenticating:
        return State::TokenExpired;
    case Session::State::SignedIn:
        break;
    }
    return m_fromOutcomes;
}

QString ConnectionStatus::text(State state)
{
    switch (state) {
    case State::SignedOut:
        return tr("Signed out");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::Offline:
        return tr("Offline");
    case State::TokenExpired:
        return tr("Token expired");
    case State::CertificateUntrusted:
        return tr("Certificate untrusted");
    case State::CertificateChanged:
        return tr("Certificate changed");
    }
    return {};
}

QString ConnectionStatus::details() const
{
    const QLocale locale;
    switch (state()) {
    case State::Connected:
        return tr("The server last answered at %1.")
            .arg(locale.toString(m_lastAnswer.time(), QLocale::LongFormat));
    case State::Offline:
    case State::CertificateUntrusted:
    case State::CertificateChanged:
        return tr("%1 (at %2)")
                   .arg(m_lastError.message(),
                        locale.toString(m_lastFailure.time(), QLocale::LongFormat)) +
               (m_lastError.networkDetail().isEmpty()
                    ? QString()
                    : QLatin1Char('\n') + m_lastError.networkDetail());
    case State::TokenExpired:
        return tr("The server no longer accepts your sign-in. The next request asks you to sign in "
                  "again.");
    case State::Connecting:
        return tr("Waiting for the server's first answer.");
    case State::SignedOut:
        return {};
    }
    return {};
}

} // namespace infiniti
