#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace infiniti {

class ApiJob;
class Session;

// Follows a long-running operation (contract 3.6) to its end without blocking: asks again
// after the server's Retry-After (1 s when it gives none), reports each status, and ends with
// exactly one finished(). cancel() asks the server to drop it (allowed while notStarted; a 405
// means it is too late and the watch goes on).
class OperationWatcher : public QObject
{
    Q_OBJECT
public:
    // `location`: the operation URL the server gave (Location), or empty with `operationId`.
    OperationWatcher(Session *session, QUrl location, QString operationId, QObject *parent = nullptr);
    void start();
    void cancel();
    void stop(); // stops watching (no finished())
    QString status() const { return m_status; }
    QJsonObject operation() const { return m_operation; }
    QString operationId() const { return m_id; }
    // Where the generated files are listed (on success).
    QUrl resourceLocation() const;
    bool succeeded() const { return m_status == QLatin1String("succeeded"); }
    int polls() const { return m_polls; }

signals:
    void statusChanged(const QString &status);
    // succeeded, failed or cancelled (status()), or an error asking (error().isError()).
    void finished(const infiniti::ApiError &error);
    void cancelRefused(const infiniti::ApiError &error);

private:
    void poll();
    QPointer<Session> m_session;
    QUrl m_location;
    QString m_id;
    QString m_status;
    QJsonObject m_operation;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
    bool m_done = false;
    int m_polls = 0;
};

} // namespace infiniti
