#pragma once

#include "api/ApiError.h"
#include "api/Profile.h"
#include "api/RetryPolicy.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QNetworkAccessManager;

namespace infiniti {

class ApiJob;
class NetworkAccessManager;

// One signed-in (or signing-in) connection to a server. It owns the network access manager and
// is the choke point every request passes through: URL, headers, token, redirects, TLS pins,
// logging, the 401 gate and the retry policy all live here and nowhere else.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SignedIn, Reauthenticating };
    Q_ENUM(State)

    explicit Session(Profile profile, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    void setProfile(const Profile &profile);

    QString token() const { return m_token; }
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    State state() const { return m_state; }
    // Installs a token (after a login). Replays requests parked by the 401 gate.
    void setToken(const QString &token, const QString &userName, const QString &userId = {});
    void clearToken();

    // When enabled, the first 401 on an authenticated request blocks the gate, emits
    // reauthenticationRequired() once, and parks requests until setToken() or
    // abandonReauthentication(). When disabled (the CLI), a 401 is simply an error.
    void setReauthenticationEnabled(bool enabled) { m_reauthEnabled = enabled; }
    void abandonReauthentication();

    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    QNetworkAccessManager *network() const;

    // The absolute URL a request goes to.
    QUrl resolve(const struct ApiRequest &request) const;

signals:
    void stateChanged(infiniti::Session::State state);
    void reauthenticationRequired(const QString &userName);
    // A certificate not pinned for this profile was refused (the UI may offer to trust it).
    void untrustedCertificate(const QSslCertificate &certificate);
    // Every request's outcome as it finishes (not for cancelled ones): what the console's
    // connection state is derived from.
    void requestFinished(const infiniti::ApiError &error);

private:
    friend class ApiJob;
    QNetworkReply *send(ApiJob *job);
    // The request's URL as built (base in `baseFormat`, then the already-encoded path and query).
    QByteArray target(const struct ApiRequest &request, QUrl::FormattingOptions baseFormat) const;
    // Returns true when the job was parked (it will be re-sent or failed later).
    bool parkIfGated(ApiJob *job);
    bool parkAfterUnauthorised(ApiJob *job);
    void forget(ApiJob *job);
    void setState(State state);

    Profile m_profile;
    NetworkAccessManager *m_network;
    QString m_token;
    QString m_userName;
    QString m_userId;
    State m_state = State::SignedOut;
    bool m_reauthEnabled = false;
    RetryPolicy m_retryPolicy;
    QList<QPointer<ApiJob>> m_parked;
};

} // namespace infiniti
