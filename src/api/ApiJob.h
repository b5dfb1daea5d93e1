#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/Session.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace infiniti {

class Session;

// One request to the server: asynchronous, cancellable, with a timeout, and exactly one
// finished() signal (also for abort() and timeouts). start() never works synchronously.
// The job deletes itself after finished(); read its results inside the slot.
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
    int attempts() const { return m_attempt; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(infiniti::ApiJob *job);
    void progress(qint64 done, qint64 total);

protected:
    Session *session() const { return m_session; }
    // Reads the answer into typed results; false means "not the answer this endpoint gives".
    virtual bool parse() { return true; }
    // contract 9.1: a 2xx without a body may need a GET of the entity (Location or itself).
    virtual std::optional<ApiRequest> followUpWhenEmpty() const { return std::nullopt; }

private:
    friend class Session;
    void send();
    void onReplyFinished();
    void onTimeout();
    void finish(const ApiError &error);

    QPointer<Session> m_session;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_replayed = false;
    bool m_followedUp = false;
    bool m_autoDelete = true;
    int m_attempt = 0;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QUrl m_url;
    QString m_sentToken; // the token the last attempt carried (Session's 401 gate compares it)
};

} // namespace infiniti
