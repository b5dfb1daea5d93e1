#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/Session.h"

#include <QDebug>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace infiniti {

class Session;
class UploadDevice;

// One request to the server: asynchronous, cancellable, with a timeout, and exactly one
// finished() signal (also for abort() and timeouts). start() never works synchronously.
// The job deletes itself after finished(); read its results inside the slot (or use a
// continuation: Session::call(request).then(context, onOk, onFail), see api/Call.h).
// Each attempt is bounded three ways: by silence (ApiRequest::timeout), by the time the whole
// answer takes (totalTimeout) and by its size (maxAnswerBytes); Session::setLimits() overrides
// all three for every request.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(Session *session, ApiRequest request, QObject *parent = nullptr);
    ~ApiJob() override; // aborts a running reply without emitting

    void start();
    void abort(); // finishes with ApiError::Kind::Cancelled

    const ApiRequest &request() const { return m_request; }
    bool isRunning() const { return m_started && !m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const;
    QByteArray rawHeader(const QByteArray &name) const;
    QUrl url() const { return m_url; }
    // The answer's Location header resolved against this request's URL (HTTP allows a relative
    // one); empty without one.
    QUrl location() const;
    int attempts() const { return m_attempt; }
    // The answer is in and being read on a worker thread (parseInBackground()).
    bool isParsing() const { return m_parsing && !m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(infiniti::ApiJob *job);
    void progress(qint64 done, qint64 total);

protected:
    Session *session() const { return m_session; }
    // Reads the answer into typed results; false means "not the answer this endpoint gives".
    virtual bool parse() { return true; }
    // A parse too heavy for this thread (a list page of hundreds of items): work that reads the
    // answer on a worker thread — from copies it took here, never touching the job — and returns
    // the function that completes the parse back on this thread (false: not the answer this
    // endpoint gives, as from parse()). Empty (the default): parse() runs here. finished() comes
    // on this thread either way, once; a job aborted meanwhile drops the worker's result.
    using ParseCompletion = std::function<bool()>;
    virtual std::function<ParseCompletion()> parseInBackground() { return {}; }
    // What parse() found wrong, for the error message ("item 3 of the list is not an object").
    void setParseProblem(const QString &problem) { m_parseProblem = problem; }
    // A list page's @nextLink, given as whether it is absent, null or a string, and its text:
    // resolved against this request's URL into *next (empty: no next page). Anything else is a
    // parse problem (false).
    bool readNextLink(bool absentNullOrString, const QString &link, QUrl *next);
    // contract 9.1: a 2xx without a body may need a GET of the entity (Location or itself).
    virtual std::optional<ApiRequest> followUpWhenEmpty() const { return std::nullopt; }
    // A job whose successful (2xx) answer goes elsewhere than memory (DownloadJob to a file):
    // beginBody() at the start of each attempt's 2xx body, then bodyData() with each piece as it
    // arrives; false from either (with setParseProblem(why)) breaks the job off as a local
    // failure. body() then stays empty, and maxAnswerBytes does not bound such an answer.
    // With setAnswerUnreadable() before that false, the answer itself is at fault (a file
    // decoded as it arrives that is not what it should be): BadResponse, not LocalFile.
    virtual bool streamsBody() const { return false; }
    virtual bool beginBody() { return true; }
    virtual bool bodyData(QByteArrayView) { return true; }
    void setAnswerUnreadable(const QString &problem)
    {
        m_parseProblem = problem;
        m_answerUnreadable = true;
    }

private:
    friend class Session;
    void send();
    void onReplyFinished();
    void onMetaData();
    void onReadyRead();
    bool streamingNow() const;
    void stopReply(int why);
    void finish(const ApiError &error);
    void startBackgroundParse(std::function<ParseCompletion()> work);
    ApiError parseFailure() const;
    ApiError transportError(QNetworkReply *reply) const;

    QPointer<Session> m_session;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<UploadDevice> m_upload; // the current attempt's body device, for ApiRequest::upload
    QString m_uploadProblem;         // why the upload body could not be opened
    bool m_bodyBegun = false;        // streamsBody(): this attempt's body has begun
    bool m_answerUnreadable = false; // streamsBody(): the sink stopped on the answer's fault
    qint64 m_streamedBytes = 0;      // streamsBody(): bytes of this attempt's body passed on
    QTimer m_timeout;
    QTimer m_deadline;
    QTimer m_retryTimer;
    bool m_started = false;
    bool m_finished = false;
    int m_stopped = 0;      // why we aborted the reply ourselves (ApiJob.cpp's Stop)
    QByteArray m_badLength; // a Content-Length that is no length
    bool m_replayed = false;
    bool m_followedUp = false;
    std::optional<ApiRequest> m_write; // while the entity a write made is read back
    bool m_autoDelete = true;
    bool m_parsing = false;
    int m_attempt = 0;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QUrl m_url;
    QString m_parseProblem;
    QString m_sentToken; // the token the last attempt carried (Session's 401 gate compares it)
};

// "ApiJob(GET users?$skip=0&$top=100 -> 200, attempt 1)" for logs and test output.
QDebug operator<<(QDebug debug, const ApiJob *job);

} // namespace infiniti
