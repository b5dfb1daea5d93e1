#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace infiniti {

class ApiJob;
class Session;

// Follows a long-running operation (contract 3.6) to its end without blocking: asks again
// after the server's Retry-After (1 s when it gives none), reports each status, and ends with
// exactly one finished(). cancel() asks the server to drop it (allowed while notStarted; a 405
// means it is too late and the watch goes on). Only succeeded, failed and cancelled end the
// watch; any other status — notStarted, running, or one this console does not know — keeps it
// going until the deadline, which then ends it with a Timeout naming the status last seen.
class OperationWatcher : public QObject
{
    Q_OBJECT
public:
    // `location`: the operation URL the server gave (Location), or empty with `operationId`.
    OperationWatcher(Session *session, QUrl location, QString operationId,
                     QObject *parent = nullptr);
    static constexpr std::chrono::minutes kDefaultDeadline{10};
    // How long the whole watch may take (counted from start()).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadlineAfter = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadlineAfter; }
    void start();
    void cancel();
    void stop(); // stops watching (no finished())
    QString status() const { return m_status; }
    QJsonObject operation() const { return m_operation; }
    QString operationId() const { return m_id; }
    // Where the generated files are listed (on success).
    QUrl resourceLocation() const;
    bool succeeded() const
    {
        return m_status.compare(QLatin1String("succeeded"), Qt::CaseInsensitive) == 0;
    }
    bool wasCancelled() const
    {
        return m_status.compare(QLatin1String("cancelled"), Qt::CaseInsensitive) == 0;
    }
    int polls() const { return m_polls; }

signals:
    void statusChanged(const QString &status);
    // succeeded, failed or cancelled (status()), or an error asking (error().isError()).
    void finished(const infiniti::ApiError &error);
    void cancelRefused(const infiniti::ApiError &error);

private:
    void poll();
    void expire();
    QPointer<Session> m_session;
    QUrl m_location;
    QString m_id;
    QString m_status;
    QJsonObject m_operation;
    QTimer m_timer;
    QTimer m_deadline;
    std::chrono::milliseconds m_deadlineAfter = kDefaultDeadline;
    QPointer<ApiJob> m_job;
    bool m_done = false;
    int m_polls = 0;
};

} // namespace infiniti
