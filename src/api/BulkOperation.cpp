#include "api/BulkOperation.h"

#include "api/EntityJob.h"
#include "api/FreshUpdateJob.h"
#include "api/Session.h"

namespace infiniti {

BulkOperation::BulkOperation(Session *session, QList<Item> items, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_items(std::move(items))
{
}

void BulkOperation::start()
{
    QMetaObject::invokeMethod(this, &BulkOperation::next, Qt::QueuedConnection);
}

void BulkOperation::cancel()
{
    m_cancelled = true;
    if (m_job && m_abort) {
        const auto abort = m_abort; // the job's finished() clears m_abort
        abort();                    // and ends the run
    }
}

int BulkOperation::failures() const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [](const Outcome &o) { return o.error.isError(); }));
}

void BulkOperation::next()
{
    if (m_cancelled || m_index >= m_items.size()) {
        emit finished();
        return;
    }
    const Item item = m_items.at(m_index);
    auto done = [this, item](Outcome outcome) {
        m_job = nullptr;
        m_abort = nullptr;
        if (outcome.error.kind() != ApiError::Kind::Cancelled) {
            m_outcomes << outcome;
            emit itemFinished(outcome);
        }
        ++m_index;
        emit progress(m_index, int(m_items.size()));
        next();
    };
    if (item.edit) {
        auto *job = new FreshUpdateJob(m_session, item.request, item.edit, this);
        m_job = job;
        m_abort = [job] {
            job->abort();
        };
        connect(job, &FreshUpdateJob::finished, this, [job, item, done] {
            done({item, job->error(), job->object()});
        });
        job->start();
        return;
    }
    auto *job = new EntityJob(m_session, item.request, this);
    m_job = job;
    m_abort = [job] {
        job->abort();
    };
    connect(job, &ApiJob::finished, this, [job, item, done] {
        Outcome outcome{item, job->error(), job->object()};
        // A DELETE answers 204 without a body: that is success, not a bad response.
        if (outcome.error.kind() == ApiError::Kind::BadResponse && job->httpStatus() >= 200 &&
            job->httpStatus() < 300)
            outcome.error = {};
        done(outcome);
    });
    job->start();
}

} // namespace infiniti
