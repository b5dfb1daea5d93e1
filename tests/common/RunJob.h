#pragma once

#include "api/ApiJob.h"

#include <QSignalSpy>
#include <QTest>

namespace infiniti::test {

// Starts a job and waits for its one finished() signal (tests only; the product never waits).
inline bool runJob(ApiJob *job, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    if (!spy.wait(timeoutMs))
        return false;
    QTest::qWait(0);
    return spy.count() == 1;
}

} // namespace infiniti::test
