#include "api/OperationWatcher.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/endpoints/ClientEndpoints.h"

using namespace Qt::StringLiterals;

namespace infiniti {

OperationWatcher::OperationWatcher(Session *session, QUrl location, QString operationId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_location(std::move(location))
    , m_id(std::move(operationId))
{
    if (m_id.isEmpty())
        m_id = m_location.path().section(QLatin1Char('/'), -1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationWatcher::poll);
}

void OperationWatcher::start()
{
    m_timer.start(0);
}

void OperationWatcher::stop()
{
    m_done = true;
    m_timer.stop();
    if (m_job)
        m_job->abort();
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
            emit finished(job->error());
            return;
        }
        m_operation = job->object();
        const QString status = Json::string(m_operation, "status"_L1);
        if (status != m_status) {
            m_status = status;
            emit statusChanged(status);
        }
        if (status.compare("notStarted"_L1, Qt::CaseInsensitive) == 0
            || status.compare("running"_L1, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int after = job->rawHeader("Retry-After").trimmed().toInt(&ok);
            m_timer.start(ok ? qBound(0, after, 60) * 1000 : 1000);
            return;
        }
        m_done = true;
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
