#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace infiniti {

class EntityJob;
class Session;

// An update that cannot lose data (contract 9.1 "Updates"): the server may replace the entity
// with the PATCH body, so the entity is read fresh, `edit` makes the whole PATCH request from
// that fresh object (changing only what the user changed), and that is sent. `edit` answering
// nullopt means the fresh object already is as wanted: nothing is sent and object() is the fresh
// one — unless a FallibleEdit set `refusal` (e.g. the file to send could not be read), which
// finishes the job with that error, nothing sent. Same contract as ApiJob: asynchronous, abortable,
// exactly one finished(), then it deletes itself. Usually made by Session::update().
class FreshUpdateJob : public QObject
{
    Q_OBJECT
public:
    using Edit = std::function<std::optional<ApiRequest>(const QJsonObject &fresh)>;
    using FallibleEdit =
        std::function<std::optional<ApiRequest>(const QJsonObject &fresh, ApiError *refusal)>;

    FreshUpdateJob(Session *session, ApiRequest read, Edit edit, QObject *parent = nullptr);
    FreshUpdateJob(Session *session, ApiRequest read, FallibleEdit edit, QObject *parent = nullptr);
    ~FreshUpdateJob() override; // aborts a request in flight without emitting

    void start();
    void abort(); // finishes with ApiError::Kind::Cancelled

    bool isRunning() const { return m_started && !m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // The server's answer to the update (or the fresh object when nothing had to change).
    const QJsonObject &object() const { return m_object; }
    const QJsonObject &result() const { return m_object; }
    // Whether an update was sent.
    bool sent() const { return m_sent; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(infiniti::FreshUpdateJob *job);
    // Bytes of the request in flight (the read, then the update).
    void progress(qint64 done, qint64 total);

private:
    void read();
    void finish(const ApiError &error);

    QPointer<Session> m_session;
    ApiRequest m_read;
    FallibleEdit m_edit;
    QPointer<EntityJob> m_job;
    QJsonObject m_object;
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_sent = false;
    bool m_autoDelete = true;
};

} // namespace infiniti
