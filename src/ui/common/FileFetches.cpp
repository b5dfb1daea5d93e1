#include "ui/common/FileFetches.h"

#include "api/Call.h"
#include "models/FileListModel.h"

namespace infiniti {

FileFetches::FileFetches(FileListModel *model, Request request, Read read, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_request(std::move(request))
    , m_read(std::move(read))
{
}

void FileFetches::fetch(Session *session, const QString &id,
                        std::function<void(const QByteArray &)> then,
                        std::function<void(const QString &)> failed)
{
    if (m_model->hasFile(id)) {
        if (then)
            then(m_model->file(id));
        return;
    }
    if (!session)
        return;
    const bool running = m_waiting.contains(id);
    m_waiting[id].append({std::move(then), std::move(failed)});
    if (running)
        return;
    session->download(m_request(id)).finally(this, [this, id](DownloadJob &job) {
        finished(id, job);
    });
}

void FileFetches::finished(const QString &id, DownloadJob &job)
{
    // The answer is read once; everyone who asked hears the same outcome.
    const QList<Waiter> waiters = m_waiting.take(id);
    if (job.error().kind() == ApiError::Kind::Cancelled)
        return;
    QString problem;
    std::optional<File> file;
    if (job.succeeded())
        file = m_read(job, &problem);
    else
        problem = job.error().message();
    if (file)
        m_model->cacheFile(id, file->bytes, file->fileName);
    for (const Waiter &w : waiters) {
        if (file && w.then)
            w.then(file->bytes);
        else if (!file && w.failed)
            w.failed(problem);
    }
}

} // namespace infiniti
