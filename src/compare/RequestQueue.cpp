#include "compare/RequestQueue.h"

#include "api/ApiJob.h"

namespace infiniti::compare {

RequestQueue::RequestQueue(int limit, QObject *parent)
    : QObject(parent)
    , m_limit(qMax(1, limit))
{
}

RequestQueue::~RequestQueue()
{
    for (const Entry &e : m_waiting)
        delete e.job;
    // Running jobs are our children: deleting them aborts their replies without a signal.
}

void RequestQueue::submit(ApiJob *job, Done done, bool urgent)
{
    job->setParent(this);
    if (urgent)
        m_waiting.push_front({job, std::move(done)});
    else
        m_waiting.push_back({job, std::move(done)});
    pump();
}

void RequestQueue::abortAll()
{
    m_aborting = true;
    for (const Entry &e : m_waiting)
        delete e.job;
    m_waiting.clear();
    const auto running = m_running;
    for (const auto &job : running) {
        if (job)
            job->abort();
    }
    m_aborting = false;
}

void RequestQueue::pump()
{
    while (!m_aborting && int(m_running.size()) < m_limit && !m_waiting.empty()) {
        Entry e = std::move(m_waiting.front());
        m_waiting.pop_front();
        ApiJob *job = e.job;
        m_running << job;
        ++m_started;
        connect(job, &ApiJob::finished, this, [this, done = std::move(e.done)](ApiJob *finished) {
            m_running.removeAll(finished);
            m_bytes += finished->body().size();
            if (done)
                done(finished);
            // Later: the slot may have submitted more, and a slot must not start jobs while
            // the job that called it is still emitting.
            QMetaObject::invokeMethod(this, &RequestQueue::pump, Qt::QueuedConnection);
        });
        job->start();
    }
}

} // namespace infiniti::compare
