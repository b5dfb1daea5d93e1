#include "api/ApiJob.h"

#include "api/HttpLog.h"
#include "api/Log.h"
#include "api/Session.h"
#include "api/UploadBody.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCertificate>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
// Why a job aborted its reply itself: each becomes its own error, never "cancelled".
enum Stop { NotStopped, Silence, Deadline, TooLarge, BadLength, LocalSink, CutShort };
constexpr qint64 kStreamReadBuffer = 1024 * 1024;

// Lets go of a reply that no job listens to any more — cancelled, stopped by the job, or its job
// gone — without QNetworkReply::abort(). Qt 6.4's HTTP reply reads the answer on its network
// thread and queues what it learns to the reply here; abort() gives the reply its "cancelled"
// error at once, and an error already queued for an answer that was in (a status of 400 or more,
// a broken connection) then comes as a second one, which Qt refuses with the warning
// "QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once."
// Deleting the reply ends its exchange just the same (its destructor aborts the request on the
// network thread) and drops what was still queued for it.
void letGo(QNetworkReply *reply, QObject *listener)
{
    reply->disconnect(listener);
    reply->deleteLater();
}

QString duration(std::chrono::milliseconds ms)
{
    using namespace std::chrono;
    if (ms < seconds(60))
        return ApiJob::tr("%n second(s)", nullptr, int(duration_cast<seconds>(ms).count()));
    return ApiJob::tr("%n minute(s)", nullptr,
                      int(duration_cast<minutes>(ms + seconds(30)).count()));
}
} // namespace

ApiJob::ApiJob(Session *session, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stopReply(Silence); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { stopReply(Deadline); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
}

ApiJob::~ApiJob()
{
    if (m_session)
        m_session->forget(this);
    if (m_reply)
        letGo(m_reply, this);
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
    m_stopped = NotStopped;
    m_badLength.clear();
    m_upload = nullptr;
    m_uploadProblem.clear();
    m_bodyBegun = false;
    m_answerUnreadable = false;
    m_streamedBytes = 0;
    m_reply = m_session->send(this);
    if (!m_reply) {
        ApiError error(ApiError::Kind::LocalFile, m_request.action);
        error.setReason(m_uploadProblem);
        finish(error);
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
    if (streamsBody()) {
        // Qt's network thread stops reading the socket while this much waits for us: memory
        // stays bounded even when the disk is slower than the network.
        m_reply->setReadBufferSize(kStreamReadBuffer);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    }
    const auto silence = m_session->silenceFor(m_request);
    const qint64 maxBytes = m_session->maxAnswerBytesFor(m_request);
    // The silence timer counts from the last sign of life: a large transfer that keeps moving is
    // not cut by it — only by the deadline for the whole answer, or by the size bound.
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this, silence, maxBytes](qint64 done, qint64 total) {
                if (m_timeout.isActive())
                    m_timeout.start(silence);
                if (done > maxBytes && !streamingNow()) {
                    stopReply(TooLarge);
                    return;
                }
                emit progress(done, total);
            });
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this, silence](qint64 done, qint64 total) {
                if (m_timeout.isActive())
                    m_timeout.start(silence);
                emit progress(done, total);
            });
    m_timeout.start(silence);
    m_deadline.start(m_session->totalTimeoutFor(m_request));
}

void ApiJob::onMetaData()
{
    if (!m_reply || !m_session)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a hop of a redirect: its body is never read
    // Refuse before the body comes: an answer announced larger than we take, or a length that
    // is no length at all (Qt would read such a body until the connection closes). Identical
    // repeats ("42, 42") are one length (RFC 9110 8.6).
    const QByteArray length = m_reply->rawHeader("Content-Length").trimmed();
    if (length.isEmpty())
        return;
    qint64 announced = -1;
    for (const QByteArray &part : length.split(',')) {
        bool ok = false;
        const qint64 n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 0 || (announced >= 0 && n != announced)) {
            m_badLength = length;
            stopReply(BadLength);
            return;
        }
        announced = n;
    }
    if (announced > m_session->maxAnswerBytesFor(m_request) && !streamingNow())
        stopReply(TooLarge);
}

bool ApiJob::streamingNow() const
{
    if (!streamsBody() || !m_reply)
        return false;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void ApiJob::onReadyRead()
{
    // Only a 2xx body goes to the sink; an error's body stays in the reply for its message.
    if (!m_reply || m_stopped != NotStopped || !streamingNow())
        return;
    if (!m_bodyBegun) {
        m_bodyBegun = true;
        m_headers = m_reply->rawHeaderPairs(); // beginBody() may read them (a file's name)
        if (!beginBody()) {
            stopReply(LocalSink);
            return;
        }
    }
    const QByteArray piece = m_reply->readAll();
    m_streamedBytes += piece.size();
    if (!piece.isEmpty() && !bodyData(piece))
        stopReply(LocalSink);
}

void ApiJob::stopReply(int why)
{
    if (!m_reply || m_stopped != NotStopped)
        return;
    m_stopped = why;
    // The attempt ends here, as if the reply had finished: onReplyFinished() reads m_stopped,
    // takes none of the body, and lets the reply go (not abort(): see letGo()).
    onReplyFinished();
}

ApiError ApiJob::transportError(QNetworkReply *reply) const
{
    const auto kind = [this](ApiError::Kind k, const QString &reason) {
        ApiError e(k, m_request.action, m_status);
        e.setReason(reason);
        return e;
    };
    const qint64 maxBytes =
        m_session ? m_session->maxAnswerBytesFor(m_request) : m_request.maxAnswerBytes;
    switch (m_stopped) {
    case Silence:
        return kind(
            ApiError::Kind::Timeout,
            tr("the server sent nothing for %1.")
                .arg(duration(m_session ? m_session->silenceFor(m_request) : m_request.timeout)));
    case Deadline:
        return kind(ApiError::Kind::Timeout,
                    tr("the whole answer did not arrive within %1.")
                        .arg(duration(m_session ? m_session->totalTimeoutFor(m_request)
                                                : m_request.totalTimeout)));
    case TooLarge:
        return kind(ApiError::Kind::BadResponse,
                    tr("the answer is larger than the %1 this console takes in.")
                        .arg(QLocale().formattedDataSize(maxBytes)));
    case BadLength:
        return kind(ApiError::Kind::BadResponse,
                    tr("its length (Content-Length: %1) is not a length.")
                        .arg(QString::fromLatin1(m_badLength.left(40))));
    case LocalSink:
        if (m_answerUnreadable)
            return kind(ApiError::Kind::BadResponse,
                        tr("the server's answer could not be read: %1.").arg(m_parseProblem));
        return kind(ApiError::Kind::LocalFile, m_parseProblem);
    case CutShort: // Qt said nothing: the connection closed early on a reused connection
        return kind(ApiError::Kind::Network,
                    tr("the answer was cut off after %1 of %2 bytes.")
                        .arg(QLocale().toString(m_body.size() + m_streamedBytes),
                             QLocale().toString(reply->rawHeader("Content-Length")
                                                    .split(',')
                                                    .value(0)
                                                    .trimmed()
                                                    .toLongLong())));
    default:
        break;
    }
    // Our body broke off (its file changed or vanished): that, not the network, is the cause.
    if (m_upload && !m_upload->problem().isEmpty())
        return kind(ApiError::Kind::LocalFile, m_upload->problem());
    if (const QUrl refused = reply->property("refusedRedirect").toUrl(); !refused.isEmpty())
        return kind(
            ApiError::Kind::BadResponse,
            tr("the server redirected it to %1, another site; that is not followed, so "
               "your sign-in is not sent there.")
                .arg(refused.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString()));
    if (reply->property("redirectLoop").toBool())
        return kind(ApiError::Kind::Server, tr("the server redirects it in a loop."));
    switch (reply->error()) {
    case QNetworkReply::ContentReSendError:
        // Qt wanted to send a create or an import again (SendOnceDevice.h).
        if (m_status >= 300 && m_status < 400)
            return kind(ApiError::Kind::BadResponse,
                        tr("the server redirected it elsewhere, and a request it already read "
                           "is not sent a second time."));
        return kind(ApiError::Kind::Network,
                    tr("the connection closed after the request went out and before any answer, "
                       "so it may or may not have been done. Check before you try again."));
    case QNetworkReply::TooManyRedirectsError:
        return kind(ApiError::Kind::Server, tr("the server redirects it in a loop."));
    case QNetworkReply::InsecureRedirectError:
        return kind(ApiError::Kind::BadResponse,
                    tr("the server redirected it from HTTPS to plain HTTP, which is refused."));
    default:
        break;
    }
    const auto cert = reply->property("untrustedCertificate").value<QSslCertificate>();
    const bool tls = !cert.isNull() || reply->error() == QNetworkReply::SslHandshakeFailedError;
    ApiError error(tls ? ApiError::Kind::Tls : ApiError::Kind::Network, m_request.action);
    error.setNetworkDetail(reply->errorString());
    error.setCertificate(cert);
    if (tls && cert.isNull())
        // No certificate to judge: the handshake itself failed — most often a server that does
        // not speak HTTPS there ("wrong version number"), not one whose certificate is doubted.
        error.setReason(tr("no secure connection could be made: the server may not serve HTTPS "
                           "at this address."));
    if (!tls && m_status == 0 && reply->error() == QNetworkReply::RemoteHostClosedError)
        // Reached, then dropped before a word came: not "could not be reached".
        error.setReason(tr("the server closed the connection without answering."));
    if (!tls && m_status > 0) {
        // The status line came, then the connection broke: the answer was cut off.
        bool ok = false;
        const qint64 announced =
            reply->rawHeader("Content-Length").split(',').value(0).trimmed().toLongLong(&ok);
        error.setReason(
            ok ? tr("the answer was cut off after %1 of %2 bytes.")
                     .arg(QLocale().toString(m_body.size() + m_streamedBytes),
                          QLocale().toString(announced))
               : tr("the connection closed before the answer was complete (%1 bytes came).")
                     .arg(QLocale().toString(m_body.size() + m_streamedBytes)));
    }
    return error;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    m_deadline.stop();
    m_reply = nullptr;
    letGo(reply, this); // nothing it says later reaches this job (or its next attempt)

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = statusAttr.toInt();
    // A reply the job stopped, or one aborted (a refused redirect), gives no body: what came is
    // not the answer, and a stop for size must not read it whole.
    m_body = (m_stopped == NotStopped && reply->isOpen()) ? reply->readAll() : QByteArray();
    const bool streamed = streamsBody() && m_stopped == NotStopped && statusAttr.isValid() &&
                          m_status >= 200 && m_status < 300 &&
                          reply->error() == QNetworkReply::NoError;
    if (streamed) {
        // The rest of a streamed body (and the start of one that came all at once).
        const QByteArray rest = std::exchange(m_body, QByteArray());
        bool ok = true;
        if (!m_bodyBegun) {
            m_bodyBegun = true;
            m_headers = reply->rawHeaderPairs();
            ok = beginBody();
        }
        if (ok && !rest.isEmpty()) {
            ok = bodyData(rest);
            m_streamedBytes += rest.size();
        }
        if (!ok)
            m_stopped = LocalSink;
    }
    // Fewer bytes than the answer announced, yet no error from Qt (seen when a server closes a
    // kept-alive connection in the middle of a body): a cut-off answer, never a short success.
    // (A compressed answer's length is of the compressed bytes, so only without an encoding.)
    if (m_stopped == NotStopped && statusAttr.isValid() &&
        reply->error() == QNetworkReply::NoError && m_request.method != "HEAD" && m_status != 204 &&
        m_status != 304) {
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        bool ok = false;
        const qint64 announced =
            reply->rawHeader("Content-Length").split(',').value(0).trimmed().toLongLong(&ok);
        if (ok && (encoding.isEmpty() || encoding == "identity") &&
            m_body.size() + m_streamedBytes < announced)
            m_stopped = CutShort;
    }
    m_headers = reply->rawHeaderPairs();
    m_url = reply->url();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    qCInfo(lcHttp) << m_request.method << m_url.toString() << "->" << m_status << reply->error();

    ApiError error;
    // Transport failures (codes below 200, and a broken HTTP exchange) win over any status line
    // already read: an answer cut short is a broken connection, not a readable reply. (Qt also
    // files HTTP 400 among its 3xx "protocol" codes, so those are not all transport failures.)
    const int transport = int(reply->error());
    const bool brokenTransport = (transport != QNetworkReply::NoError && transport < 200) ||
                                 transport == QNetworkReply::ProtocolFailure;
    // A redirect chain that ends in no real answer (1xx/3xx) is a loop Qt gave up on.
    const bool redirectsGoneWrong =
        !reply->property("redirectTrail").toStringList().isEmpty() && m_status < 200;
    if (redirectsGoneWrong)
        reply->setProperty("redirectLoop", true);
    if (m_stopped != NotStopped || !statusAttr.isValid() || m_status == 0 || brokenTransport ||
        redirectsGoneWrong) {
        error = transportError(reply);
    } else if (m_status < 200 || m_status >= 300) {
        error = ApiError::fromHttp(m_request.action, m_status, m_body, contentType);
        if (error.kind() == ApiError::Kind::NotFound && !m_request.notFoundReason.isEmpty())
            error.setReason(m_request.notFoundReason);
        bool ok = false;
        const int after = rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok)
            error.setRetryAfterSeconds(after);
    }

    if (error.kind() == ApiError::Kind::Unauthorised && m_session) {
        if (m_request.authenticated && m_sentToken.isEmpty() &&
            !m_session->profile().isOwnOrigin(m_url)) {
            // A URL the server gave on another origin: the token was not sent there (contract
            // 9.1), so this refusal says nothing about the sign-in.
            error.setReason(
                tr("%1 is not on this connection's server, so the sign-in was not sent there.")
                    .arg(m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        } else if (m_session->parkAfterUnauthorised(this)) {
            return;
        }
    }
    if (error.isError() && m_session) {
        if (const auto delay =
                m_session->retryPolicy().delayBeforeRetry(m_request, error, m_attempt)) {
            qCDebug(lcApi) << this << "retrying in" << delay->count() << "ms:" << error.message();
            m_retryTimer.start(*delay);
            return;
        }
    }
    if (!error.isError() && m_body.trimmed().isEmpty() && !m_followedUp) {
        if (auto next = followUpWhenEmpty()) {
            m_followedUp = true;
            m_write = m_request;
            m_request = std::move(*next);
            send();
            return;
        }
    }
    if (!error.isError()) {
        if (auto work = parseInBackground()) {
            startBackgroundParse(std::move(work));
            return;
        }
        if (!parse())
            error = parseFailure();
    }
    if (error.isError() && m_write && error.kind() != ApiError::Kind::Cancelled) {
        // The write was done (its 2xx came); only reading back what it made failed — e.g. a role
        // saved without the permission to read roles any more. Saying the save failed would be
        // wrong (and invite it again): it is done, its result unknown, as with no follow-up.
        qCInfo(lcApi) << "the write was done; reading it back failed:" << error.message();
        m_request = *std::exchange(m_write, std::nullopt);
        m_body.clear();
        error = parse() ? ApiError() : parseFailure();
    }
    finish(error);
}

ApiError ApiJob::parseFailure() const
{
    ApiError error(ApiError::Kind::BadResponse, m_request.action, m_status,
                   QString::fromUtf8(m_body.left(200)));
    if (!m_parseProblem.isEmpty())
        error.setReason(tr("the server's answer could not be read: %1.").arg(m_parseProblem));
    return error;
}

void ApiJob::startBackgroundParse(std::function<ParseCompletion()> work)
{
    m_parsing = true;
    auto promise = std::make_shared<QPromise<ParseCompletion>>();
    // The watcher is our child: a job deleted before the worker is done hears nothing of it.
    auto *watcher = new QFutureWatcher<ParseCompletion>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_parsing = false;
        watcher->deleteLater();
        if (m_finished)
            return; // aborted while the worker read: its result never lands
        const ParseCompletion complete =
            watcher->future().resultCount() > 0 ? watcher->result() : ParseCompletion();
        finish(complete && complete() ? ApiError() : parseFailure());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error.isError())
        m_error.makeShowable({m_sentToken, m_session ? m_session->token() : QString()});
    m_timeout.stop();
    m_deadline.stop();
    m_retryTimer.stop();
    if (m_error.isError() && m_error.kind() != ApiError::Kind::Cancelled)
        qCDebug(lcApi).noquote() << this << "failed:" << m_error.message();
    if (m_session) {
        m_session->forget(this);
        if (m_error.kind() != ApiError::Kind::Cancelled)
            emit m_session->requestFinished(m_error);
    }
    if (m_reply)
        letGo(std::exchange(m_reply, nullptr), this);
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

QDebug operator<<(QDebug debug, const ApiJob *job)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote();
    if (!job)
        return debug << "ApiJob(null)";
    const ApiRequest &r = job->request();
    QString target = r.absoluteUrl.isEmpty() ? QString::fromUtf8(r.encodedPath)
                                             : r.absoluteUrl.toString(QUrl::RemoveUserInfo);
    if (r.absoluteUrl.isEmpty() && !r.query.isEmpty())
        target += QLatin1Char('?') + QString::fromUtf8(r.encodedQuery());
    debug << QString::fromLatin1(job->metaObject()->className()).section(u"::"_s, -1) << '('
          << QString::fromLatin1(r.method) << ' ' << target;
    if (job->httpStatus() > 0)
        debug << " -> " << job->httpStatus();
    else if (job->error().isError())
        debug << " -> " << ApiError::kindName(job->error().kind());
    debug << ", attempt " << job->attempts() << ')';
    return debug;
}

bool ApiJob::readNextLink(bool absentNullOrString, const QString &link, QUrl *next)
{
    *next = link.isEmpty() ? QUrl() : url().resolved(QUrl(link));
    // (No address holds control characters: QUrl would take such garbage as a relative path.)
    const bool controls = std::any_of(link.cbegin(), link.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
    if (!absentNullOrString || (!link.isEmpty() && (!next->isValid() || controls))) {
        setParseProblem(tr("its link to the next page is not a link"));
        return false;
    }
    return true;
}

QUrl ApiJob::location() const
{
    const QByteArray location = rawHeader("Location");
    return location.isEmpty() ? QUrl() : m_url.resolved(QUrl::fromEncoded(location));
}

} // namespace infiniti
