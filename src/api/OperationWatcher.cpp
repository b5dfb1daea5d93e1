#include "api/OperationWatcher.h"

#include "api/endpoints/ClientEndpoints.h"
#include "api/EntityJob.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
bool isKnownWaitingStatus(const QString &status)
{
    return status.compare("notStarted"_L1, Qt::CaseInsensitive) == 0 ||
           status.compare("running"_L1, Qt::CaseInsensitive) == 0;
}
} // namespace

OperationWatcher::OperationWatcher(Session *session, QUrl location, QString operationId,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_location(std::move(location))
    , m_id(std::move(operationId))
{
    if (m_id.isEmpty())
        m_id = m_location.path().section(QLatin1Char('/'), -1);
    m_timer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationWatcher::poll);
    connect(&m_deadline, &QTimer::timeout, this, &OperationWatcher::expire);
}

void OperationWatcher::start()
{
    if (m_id.isEmpty() && m_location.isEmpty()) {
        // Nothing to follow: said once, from the event loop, as any other end.
        QTimer::singleShot(0, this, [this] {
            if (m_done)
                return;
            m_done = true;
            ApiError error(ApiError::Kind::BadResponse, tr("follow the generation"));
            error.setReason(tr("the server took it but named no operation (no id, no Location "
                               "in its answer)."));
            emit finished(error);
        });
        return;
    }
    m_deadline.start(m_deadlineAfter);
    m_timer.start(0);
}

void OperationWatcher::stop()
{
    m_done = true;
    m_timer.stop();
    m_deadline.stop();
    if (m_job)
        m_job->abort();
}

void OperationWatcher::expire()
{
    if (m_done)
        return;
    stop();
    const int minutes = int(
        std::chrono::duration_cast<std::chrono::minutes>(m_deadlineAfter + std::chrono::seconds(30))
            .count());
    const QString waited =
        minutes > 0
            ? tr("%n minute(s)", nullptr, minutes)
            : tr("%n second(s)", nullptr,
                 int(std::chrono::duration_cast<std::chrono::seconds>(m_deadlineAfter).count()));
    ApiError error(ApiError::Kind::Timeout, tr("follow the operation %1").arg(m_id));
    if (m_status.isEmpty())
        error.setReason(tr("it did not report a status within %1.").arg(waited));
    else if (isKnownWaitingStatus(m_status))
        error.setReason(tr("it was still “%1” after %2.").arg(m_status, waited));
    else
        error.setReason(tr("it stayed “%1”, a status this console does not know, for %2.")
                            .arg(m_status, waited));
    emit finished(error);
}

QUrl OperationWatcher::resourceLocation() const
{
    return QUrl(Json::string(m_operation, "resourceLocation"_L1));
}

void OperationWatcher::poll()
{
    if (m_done || !m_session)
        return;
    const ApiRequest request = m_location.isValid() && !m_location.isEmpty()
                                   ? ClientEndpoints::follow(m_location, tr("check the generation"))
                                   : ClientEndpoints::operation(m_id);
    auto *job = new EntityJob(m_session, request, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_done)
            return;
        ++m_polls;
        if (!job->succeeded()) {
            m_done = true;
            m_deadline.stop();
            emit finished(job->error());
            return;
        }
        m_operation = job->object();
        const QString status = Json::string(m_operation, "status"_L1);
        if (status != m_status) {
            m_status = status;
            emit statusChanged(status);
        }
        const bool ended = status.compare("succeeded"_L1, Qt::CaseInsensitive) == 0 ||
                           status.compare("failed"_L1, Qt::CaseInsensitive) == 0 ||
                           status.compare("cancelled"_L1, Qt::CaseInsensitive) == 0;
        if (!ended) {
            // Waiting, or a status we do not know: never taken for the end (the deadline is).
            bool ok = false;
            const int after = job->rawHeader("Retry-After").trimmed().toInt(&ok);
            const int fallback = isKnownWaitingStatus(status) ? 1000 : 2000;
            m_timer.start(ok ? qBound(0, after, 60) * 1000 : fallback);
            return;
        }
        m_done = true;
        m_deadline.stop();
        emit finished({});
    });
    job->start();
}

void OperationWatcher::cancel()
{
    if (m_done || !m_session)
        return;
    auto *job = new ApiJob(m_session, ClientEndpoints::cancelOperation(m_id), this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            emit cancelRefused(job->error()); // 405: it has started; the watch goes on
            return;
        }
        m_timer.stop();
        m_deadline.stop();
        if (m_job)
            m_job->abort();
        m_done = true;
        m_status = u"cancelled"_s;
        emit statusChanged(m_status);
        emit finished({});
    });
    job->start();
}

} // namespace infiniti
