#pragma once

#include "api/ApiError.h"
#include "api/DownloadJob.h"
#include "api/EntityJob.h"
#include "api/FreshUpdateJob.h"
#include "api/ListAllJob.h"
#include "api/ListPageJob.h"

#include <QObject>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace infiniti {

// A job Session made (call(), perform(), page(), readAll(), download(), update()) waiting for
// what happens when it finishes — one line instead of new/connect/start:
//
//   session->call(UsersEndpoints::get(id)).then(this, [this](const QJsonObject &user) { … },
//                                               [this](const ApiError &error) { … });
//
// then() starts the job and, once it finishes, runs exactly one of the two callbacks — the first
// on success, the second on failure — in `context`. Never after `context` is gone: the job
// belongs to it and dies with it, aborted without a word. A cancelled job (abort(), or its
// context gone) runs neither. The success callback takes what it asks for: the job itself
// (`J &`: headers, status, file name…), the job's result (a QJsonObject from call() and
// update(), a QJsonArray from page() and readAll(), the bytes from download()), or nothing.
// then() returns the job (guarded) for abort() and its progress() signal.
template <typename J> class Call
{
public:
    explicit Call(J *job)
        : m_job(job)
    {
    }
    Call(const Call &) = delete;
    Call &operator=(const Call &) = delete;
    Call(Call &&other) noexcept
        : m_job(std::exchange(other.m_job, nullptr))
    {
    }
    // Never started: nothing was sent, the job goes.
    ~Call() { delete m_job; }

    J *job() const { return m_job; }
    // The job itself, not started, for a caller that connects and starts it its own way (tests
    // that wait on finished(), code that keeps the job in a member).
    J *release() && { return std::exchange(m_job, nullptr); }

    template <typename Ok, typename Fail> QPointer<J> then(QObject *context, Ok ok, Fail fail) &&
    {
        static_assert(std::is_invocable_v<Fail &, const ApiError &>,
                      "the failure callback takes (const ApiError &)");
        J *job = std::exchange(m_job, nullptr);
        job->setParent(context);
        QObject::connect(job, &J::finished, context,
                         [job, ok = std::move(ok), fail = std::move(fail)]() mutable {
                             if (job->succeeded())
                                 deliver(*job, ok);
                             else if (job->error().kind() != ApiError::Kind::Cancelled)
                                 fail(job->error());
                         });
        job->start();
        return job;
    }

    // For requests whose failure changes nothing for the user (a best-effort refresh of a row
    // already shown): the failure is dropped, on purpose.
    template <typename Ok> QPointer<J> thenIgnoringFailure(QObject *context, Ok ok) &&
    {
        return std::move(*this).then(context, std::move(ok), [](const ApiError &) {});
    }

    // One callback with the job however it ended, cancellation included (for owners that keep
    // state of their own about what is in flight).
    template <typename Done> QPointer<J> finally(QObject *context, Done done) &&
    {
        J *job = std::exchange(m_job, nullptr);
        job->setParent(context);
        QObject::connect(job, &J::finished, context,
                         [job, done = std::move(done)]() mutable { done(*job); });
        job->start();
        return job;
    }

private:
    template <typename Ok> static void deliver(J &job, Ok &ok)
    {
        if constexpr (std::is_invocable_v<Ok &, J &>)
            ok(job);
        else if constexpr (std::is_invocable_v<Ok &>)
            ok();
        else
            ok(job.result());
    }

    J *m_job;
};

} // namespace infiniti
