#include "api/FreshUpdateJob.h"

#include "api/EntityJob.h"
#include "api/Session.h"

namespace infiniti {

FreshUpdateJob::FreshUpdateJob(Session *session, ApiRequest read, Edit edit, QObject *parent)
    : FreshUpdateJob(session, std::move(read),
                     FallibleEdit([edit = std::move(edit)](const QJsonObject &fresh, ApiError *) {
                         return edit(fresh);
                     }),
                     parent)
{
}

FreshUpdateJob::FreshUpdateJob(Session *session, ApiRequest read, FallibleEdit edit,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_read(std::move(read))
    , m_edit(std::move(edit))
{
}

FreshUpdateJob::~FreshUpdateJob()
{
    if (m_job)
        m_job->disconnect(this); // our child: deleted with us, aborted, silent
}

void FreshUpdateJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &FreshUpdateJob::read, Qt::QueuedConnection);
}

void FreshUpdateJob::abort()
{
    if (m_finished)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    finish(ApiError(ApiError::Kind::Cancelled, m_read.action));
}

void FreshUpdateJob::read()
{
    if (m_finished)
        return;
    if (!m_session) {
        finish(ApiError(ApiError::Kind::Network, m_read.action, 0, tr("No session.")));
        return;
    }
    auto *get = new EntityJob(m_session, m_read, this);
    m_job = get;
    connect(get, &ApiJob::progress, this, &FreshUpdateJob::progress);
    connect(get, &ApiJob::finished, this, [this, get] {
        m_job = nullptr;
        if (!get->succeeded()) {
            finish(get->error());
            return;
        }
        ApiError refusal;
        const std::optional<ApiRequest> update = m_edit(get->object(), &refusal);
        if (refusal.isError()) {
            finish(refusal);
            return;
        }
        if (!update) {
            m_object = get->object();
            finish({});
            return;
        }
        auto *patch = new EntityJob(m_session, *update, this);
        m_job = patch;
        m_sent = true;
        connect(patch, &ApiJob::progress, this, &FreshUpdateJob::progress);
        connect(patch, &ApiJob::finished, this, [this, patch] {
            m_job = nullptr;
            m_object = patch->object();
            finish(patch->error());
        });
        patch->start();
    });
    get->start();
}

void FreshUpdateJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace infiniti
