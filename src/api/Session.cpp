#include "api/Session.h"

#include "api/SendOnceDevice.h"

#include "api/ApiJob.h"
#include "api/Call.h"
#include "api/HttpLog.h"
#include "api/NetworkAccessManager.h"
#include "api/UploadBody.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslError>

namespace infiniti {

Session::Session(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(new NetworkAccessManager(this))
{
    // Redirects are verified per hop so the token never follows one to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

Session::~Session() = default;

void Session::setProfile(const Profile &profile)
{
    m_profile = profile;
}

QNetworkAccessManager *Session::network() const
{
    return m_network;
}

std::chrono::milliseconds Session::silenceFor(const ApiRequest &request) const
{
    return m_limits.silence.value_or(request.timeout);
}

std::chrono::milliseconds Session::totalTimeoutFor(const ApiRequest &request) const
{
    return m_limits.total.value_or(request.totalTimeout);
}

qint64 Session::maxAnswerBytesFor(const ApiRequest &request) const
{
    return m_limits.maxAnswerBytes.value_or(request.maxAnswerBytes);
}

Call<EntityJob> Session::call(ApiRequest request)
{
    return Call<EntityJob>(new EntityJob(this, std::move(request)));
}

Call<ApiJob> Session::perform(ApiRequest request)
{
    return Call<ApiJob>(new ApiJob(this, std::move(request)));
}

Call<ListPageJob> Session::page(ApiRequest request, QLatin1StringView envelope)
{
    return Call<ListPageJob>(new ListPageJob(this, std::move(request), envelope));
}

Call<ListAllJob> Session::readAll(ApiRequest request, QLatin1StringView envelope, int pageSize)
{
    return Call<ListAllJob>(new ListAllJob(this, std::move(request), envelope, pageSize));
}

Call<DownloadJob> Session::download(ApiRequest request)
{
    return Call<DownloadJob>(new DownloadJob(this, std::move(request)));
}

Call<DownloadJob> Session::downloadTo(ApiRequest request,
                                      std::function<QString(const DownloadJob &)> pathFor)
{
    auto *job = new DownloadJob(this, std::move(request));
    job->saveAs(std::move(pathFor));
    return Call<DownloadJob>(job);
}

Call<FreshUpdateJob>
Session::update(ApiRequest read, std::function<std::optional<ApiRequest>(const QJsonObject &)> edit)
{
    return Call<FreshUpdateJob>(new FreshUpdateJob(this, std::move(read), std::move(edit)));
}

Call<FreshUpdateJob> Session::update(
    ApiRequest read,
    std::function<std::optional<ApiRequest>(const QJsonObject &, ApiError *refusal)> edit)
{
    return Call<FreshUpdateJob>(new FreshUpdateJob(this, std::move(read), std::move(edit)));
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::setToken(const QString &token, const QString &userName, const QString &userId)
{
    m_token = token;
    m_userName = userName;
    m_userId = userId;
    setState(token.isEmpty() ? State::SignedOut : State::SignedIn);
    if (token.isEmpty())
        return;
    const auto parked = std::exchange(m_parked, {});
    for (const auto &job : parked) {
        if (job)
            job->send();
    }
}

void Session::clearToken()
{
    m_token.clear();
    setState(State::SignedOut);
}

void Session::abandonReauthentication()
{
    if (m_state == State::Reauthenticating)
        setState(m_token.isEmpty() ? State::SignedOut : State::SignedIn);
    const auto parked = std::exchange(m_parked, {});
    for (const auto &job : parked) {
        if (job)
            job->finish(ApiError(ApiError::Kind::Unauthorised, job->request().action, 401));
    }
}

QByteArray Session::target(const ApiRequest &request, QUrl::FormattingOptions baseFormat) const
{
    QByteArray encoded =
        m_profile.apiBase(request.module).toEncoded(baseFormat) + request.encodedPath;
    const QByteArray query = request.encodedQuery();
    if (!query.isEmpty())
        encoded += '?' + query;
    return encoded;
}

QUrl Session::resolve(const ApiRequest &request) const
{
    // A URL the server gave without its origin (resourceLocation): on the module's own.
    if (!request.absoluteUrl.isEmpty())
        return request.absoluteUrl.isRelative()
                   ? m_profile.apiBase(request.module).resolved(request.absoluteUrl)
                   : request.absoluteUrl;
    return QUrl::fromEncoded(target(request, QUrl::FullyEncoded), QUrl::StrictMode);
}

bool Session::parkIfGated(ApiJob *job)
{
    // While a re-login is pending nothing authenticated goes out: no storm of 401s, and a
    // request that was never sent can be sent later whatever its method.
    if (m_state != State::Reauthenticating || !job->request().authenticated)
        return false;
    m_parked << job;
    return true;
}

bool Session::parkAfterUnauthorised(ApiJob *job)
{
    if (!m_reauthEnabled || !job->request().authenticated ||
        !job->request().reauthenticateOnUnauthorised)
        return false;
    // Refused after the user signed out (it went out before): no reason to ask them to sign in.
    if (m_state == State::SignedOut)
        return false;
    // Refused for a token that has been replaced since it went out (the user signed in again
    // while it was on its way): no reason to ask again — it goes once more with the new one.
    if (m_state == State::SignedIn && !m_token.isEmpty() && !job->m_sentToken.isEmpty() &&
        job->m_sentToken != m_token) {
        if (!job->request().isIdempotent() || job->m_replayed)
            return false;
        job->m_replayed = true;
        job->send();
        return true;
    }
    const bool first = m_state != State::Reauthenticating;
    if (first) {
        setState(State::Reauthenticating);
        emit reauthenticationRequired(m_userName);
    }
    // Only requests without side effects are replayed, and only once.
    if (!job->request().isIdempotent() || job->m_replayed)
        return false;
    job->m_replayed = true;
    m_parked << job;
    return true;
}

void Session::forget(ApiJob *job)
{
    m_parked.removeAll(QPointer<ApiJob>(job));
}

QNetworkReply *Session::send(ApiJob *job)
{
    const ApiRequest &r = job->request();
    const QUrl url = resolve(r);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("infiniti-admin/" INFINITI_VERSION));
    for (const auto &[name, value] : r.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    // The token goes only to the profile's own origins (contract 9.1).
    job->m_sentToken.clear();
    if (r.authenticated && !m_token.isEmpty() && m_profile.isOwnOrigin(url)) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        job->m_sentToken = m_token;
    }
    // Our own timer aborts the job, so timeouts and cancellations stay distinguishable.
    request.setTransferTimeout(0);

    // QUrl rewrites some percent-encodings (%2E -> '.'); when it would, send the bytes as built.
    if (r.absoluteUrl.isEmpty()) {
        const QByteArray built = target(r, QUrl::RemoveScheme | QUrl::RemoveAuthority);
        if (url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) != built)
            request.setAttribute(NetworkAccessManager::kVerbatimTargetAttribute, built);
    }

    qCInfo(lcHttp).noquote() << QString::fromUtf8(HttpLog::describe(r.method, request));

    QNetworkReply *reply = nullptr;
    // A POST is sent once: never again by Qt on a connection that broke (SendOnceDevice.h).
    const auto postOnce = [this, &request](SendOnceDevice *once) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, once->size());
        QNetworkReply *posted = m_network->post(request, once);
        once->setParent(posted);
        return posted;
    };
    if (r.upload) {
        // A body made while it goes out: a fresh device for every attempt, so a request parked
        // for a re-sign-in is sent from its start; Qt streams it (random access, its size known)
        // and seeks it back to 0 for a resend of its own.
        QString problem;
        UploadDevice *device = r.upload->open(nullptr, &problem);
        if (!device) {
            job->m_uploadProblem = problem;
            return nullptr;
        }
        if (r.method == "POST") {
            reply = postOnce(new SendOnceDevice(device));
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, device->size());
            reply = m_network->sendCustomRequest(request, r.method, device);
        }
        device->setParent(reply);
        job->m_upload = device;
    } else if (r.method == "GET")
        reply = m_network->get(request);
    else if (r.method == "DELETE" && r.body.isEmpty())
        reply = m_network->deleteResource(request);
    else if (r.method == "POST" && !r.body.isEmpty())
        reply = postOnce(new SendOnceDevice(r.body));
    else if (r.method == "POST")
        reply = m_network->post(request, r.body);
    else
        reply = m_network->sendCustomRequest(request, r.method, r.body);

    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl &target) {
        // Qt 6.4 ends a redirect loop under the user-verified policy with a bogus "status 100"
        // answer: stop a loop ourselves (a URL seen before, or far more hops than any server
        // needs).
        QStringList trail = reply->property("redirectTrail").toStringList();
        const QString key = target.toString(QUrl::FullyEncoded);
        if (trail.contains(key) || trail.size() >= kMaxRedirects) {
            reply->setProperty("redirectLoop", true);
            reply->abort();
            return;
        }
        reply->setProperty("redirectTrail", trail << key);
        if (m_profile.isOwnOrigin(target)) {
            emit reply->redirectAllowed();
        } else {
            // A redirect elsewhere would carry our headers: refuse it, and say so (ApiJob).
            reply->setProperty("refusedRedirect", target);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        QSslCertificate cert;
        for (const auto &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
        const QByteArray fingerprint = cert.digest(QCryptographicHash::Sha256).toHex();
        if (!cert.isNull() && m_profile.pinnedCertificates.contains(fingerprint)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        reply->setProperty("untrustedCertificate", QVariant::fromValue(cert));
        emit untrustedCertificate(cert);
    });
    return reply;
}

} // namespace infiniti
