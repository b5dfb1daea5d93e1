#pragma once

#include "api/ApiError.h"
#include "api/Profile.h"
#include "api/RetryPolicy.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;
class QNetworkAccessManager;

namespace infiniti {

class ApiJob;
class DownloadJob;
class EntityJob;
class FreshUpdateJob;
class ListAllJob;
class ListPageJob;
class NetworkAccessManager;
template <typename J> class Call;

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

    // Limits for every request, replacing each request's own (`--timeout` of infiniti-ctl and
    // of the console); unset: the request's. Silence, the whole answer, the answer's size.
    struct Limits
    {
        std::optional<std::chrono::milliseconds> silence;
        std::optional<std::chrono::milliseconds> total;
        std::optional<qint64> maxAnswerBytes;
    };
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    std::chrono::milliseconds silenceFor(const ApiRequest &request) const;
    std::chrono::milliseconds totalTimeoutFor(const ApiRequest &request) const;
    qint64 maxAnswerBytesFor(const ApiRequest &request) const;

    // Requests with continuations (api/Call.h; include it where you call these):
    //   session->call(UsersEndpoints::get(id)).then(this, [](const QJsonObject &user) {…}, [](const
    //   ApiError &) {…});
    // An answer of one JSON object (get, create, update; a bodiless 2xx is followed by a GET).
    Call<EntityJob> call(ApiRequest request);
    // Any 2xx is success, whatever the body (deletes and actions answering 204).
    Call<ApiJob> perform(ApiRequest request);
    // One page of a list.
    Call<ListPageJob> page(ApiRequest request, QLatin1StringView envelope);
    // Every page of a list (pick lists, trees, whole exports).
    Call<ListAllJob> readAll(ApiRequest request, QLatin1StringView envelope, int pageSize = 500);
    // A file: its bytes and the name the server suggests.
    Call<DownloadJob> download(ApiRequest request);
    // A file written to disk as it arrives (DownloadJob::saveAs(): a temporary file next to the
    // path `pathFor` names); the success callback must commit() it into place.
    Call<DownloadJob> downloadTo(ApiRequest request,
                                 std::function<QString(const DownloadJob &)> pathFor);
    // Read the entity fresh, apply `edit` to it, send the whole of it (contract 9.1 "Updates").
    Call<FreshUpdateJob>
    update(ApiRequest read,
           std::function<std::optional<ApiRequest>(const QJsonObject &fresh)> edit);
    // The same, with an edit that may refuse (its error ends the job, nothing sent).
    Call<FreshUpdateJob> update(
        ApiRequest read,
        std::function<std::optional<ApiRequest>(const QJsonObject &fresh, ApiError *refusal)> edit);

    // The absolute URL a request goes to.
    QUrl resolve(const ApiRequest &request) const;

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
    static constexpr int kMaxRedirects = 20;
    // nullptr when the request's upload body cannot be opened (the job's m_uploadProblem says why).
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
    Limits m_limits;
    QList<QPointer<ApiJob>> m_parked;
};

} // namespace infiniti
