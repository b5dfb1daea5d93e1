#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace infiniti {
class ApiJob;
}

namespace infiniti::compare {

// Runs jobs against one server with at most `limit` in flight, so a comparison reads many
// lists and files in parallel without flooding the server. Jobs are started in the order
// given, urgent ones (the next page of a list being read) before the rest.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    explicit RequestQueue(int limit, QObject *parent = nullptr);
    ~RequestQueue() override;

    using Done = std::function<void(ApiJob *)>;
    // Takes the job (not yet started); `done` runs when it finishes, before it deletes itself.
    void submit(ApiJob *job, Done done, bool urgent = false);
    // Aborts the jobs in flight (their `done` sees Cancelled) and drops those still waiting.
    void abortAll();

    int inFlight() const { return int(m_running.size()); }
    int waiting() const { return int(m_waiting.size()); }
    int started() const { return m_started; }
    qint64 bytesReceived() const { return m_bytes; }

private:
    struct Entry
    {
        ApiJob *job;
        Done done;
    };
    void pump();

    int m_limit;
    std::deque<Entry> m_waiting;
    QList<QPointer<ApiJob>> m_running;
    int m_started = 0;
    qint64 m_bytes = 0;
    bool m_aborting = false;
};

} // namespace infiniti::compare
