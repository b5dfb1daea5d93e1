#include "api/ApiJob.h"

#include "api/HttpLog.h"
#include "api/Session.h"

#include <QNetworkReply>
#include <QSslCertificate>

namespace infiniti {

ApiJob::ApiJob(Session *session, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
}

ApiJob::~ApiJob()
{
    if (m_session)
        m_session->forget(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never synchronous: the caller connects to finished() after start() returns.
    QMetaObject::invokeMethod(this, &ApiJob::send, Qt::QueuedConnection);
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    // Marked before the reply is aborted so the reply's error reads as "cancelled".
    finish(ApiError(ApiError::Kind::Cancelled, m_request.action));
}

QJsonDocument ApiJob::json() const
{
    return QJsonDocument::fromJson(m_body);
}

QByteArray ApiJob::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiJob::send()
{
    if (m_finished)
        return;
    if (!m_session) {
        finish(ApiError(ApiError::Kind::Network, m_request.action, 0, tr("No session.")));
        return;
    }
    if (m_session->parkIfGated(this))
        return;
    ++m_attempt;
    m_timedOut = false;
    m_reply = m_session->send(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // The timeout counts from the last sign of life: a large transfer that keeps moving is not cut.
    auto alive = [this](qint64 done, qint64 total) {
        if (m_timeout.isActive())
            m_timeout.start(m_request.timeout);
        emit progress(done, total);
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, alive);
    connect(m_reply, &QNetworkReply::uploadProgress, this, alive);
    m_timeout.start(m_request.timeout);
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // onReplyFinished() sees m_timedOut
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = statusAttr.toInt();
    m_body = reply->readAll();
    m_headers = reply->rawHeaderPairs();
    m_url = reply->url();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    qCInfo(lcHttp) << m_request.method << m_url.toString() << "->" << m_status << reply->error();

    ApiError error;
    // Transport failures (codes below 200, and a broken HTTP exchange) win over any status line
    // already read: an answer cut short is a broken connection, not a readable reply. (Qt also
    // files HTTP 400 among its 3xx "protocol" codes, so those are not all transport failures.)
    const int transport = int(reply->error());
    const bool brokenTransport = (transport != QNetworkReply::NoError && transport < 200)
                                 || transport == QNetworkReply::ProtocolFailure;
    if (m_timedOut) {
        error = ApiError(ApiError::Kind::Timeout, m_request.action);
    } else if (!statusAttr.isValid() || m_status == 0 || brokenTransport) {
        const auto cert = reply->property("untrustedCertificate").value<QSslCertificate>();
        const bool tls = !cert.isNull() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        error = ApiError(tls ? ApiError::Kind::Tls : ApiError::Kind::Network, m_request.action);
        error.setNetworkDetail(reply->errorString());
        error.setCertificate(cert);
    } else if (m_status < 200 || m_status >= 300) {
        error = ApiError::fromHttp(m_request.action, m_status, m_body, contentType);
        bool ok = false;
        const int after = rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok)
            error.setRetryAfterSeconds(after);
    }

    if (error.kind() == ApiError::Kind::Unauthorised && m_session
        && m_session->parkAfterUnauthorised(this))
        return;
    if (error.isError() && m_session) {
        if (const auto delay = m_session->retryPolicy().delayBeforeRetry(m_request, error, m_attempt)) {
            m_retryTimer.start(*delay);
            return;
        }
    }
    if (!error.isError() && m_body.trimmed().isEmpty() && !m_followedUp) {
        if (auto next = followUpWhenEmpty()) {
            m_followedUp = true;
            m_request = std::move(*next);
            send();
            return;
        }
    }
    if (!error.isError() && !parse()) {
        error = ApiError(ApiError::Kind::BadResponse, m_request.action, m_status,
                         QString::fromUtf8(m_body.left(200)));
    }
    finish(error);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_session) {
        m_session->forget(this);
        if (error.kind() != ApiError::Kind::Cancelled)
            emit m_session->requestFinished(error);
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace infiniti
