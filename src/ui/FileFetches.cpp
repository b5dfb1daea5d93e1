#include "FileFetches.h"

#include "DownloadJob.h"
#include "FileListModel.h"

namespace infiniti {

FileFetches::FileFetches(FileListModel *model, Request request, Read read, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_request(std::move(request))
    , m_read(std::move(read))
{
}

void FileFetches::fetch(Session *session, const QString &id, std::function<void(const QByteArray &)> then,
                        std::function<void(const QString &)> failed)
{
    if (m_model->hasFile(id)) {
        if (then)
            then(m_model->file(id));
        return;
    }
    if (!session)
        return;
    DownloadJob *job = m_jobs.value(id);
    if (!job) {
        job = new DownloadJob(session, m_request(id), this);
        m_jobs.insert(id, job);
        connect(job, &ApiJob::finished, this, [this, job, id] {
            m_jobs.remove(id);
            if (!job->succeeded())
                return;
            QString problem;
            if (const std::optional<File> file = m_read(*job, &problem))
                m_model->cacheFile(id, file->bytes, file->fileName);
        });
        job->start();
    }
    // Connected after the caching slot above, so the file is in the model by the time this runs.
    connect(job, &ApiJob::finished, this, [this, job, id, then = std::move(then), failed = std::move(failed)] {
        if (m_model->hasFile(id)) {
            if (then)
                then(m_model->file(id));
            return;
        }
        if (!failed || job->error().kind() == ApiError::Kind::Cancelled)
            return;
        QString problem = job->succeeded() ? QString() : job->error().message();
        if (job->succeeded())
            m_read(*job, &problem);
        failed(problem);
    });
}

} // namespace infiniti
