#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <chrono>
#include <optional>

namespace infiniti {

// The one place that decides whether a failed attempt is tried again, and when.
// Only idempotent requests are retried; 429 waits for Retry-After.
class RetryPolicy
{
public:
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay{400};
    std::chrono::seconds maxRetryAfter{60};

    // `attempt` is the number of attempts made so far (1 after the first).
    std::optional<std::chrono::milliseconds>
    delayBeforeRetry(const ApiRequest &request, const ApiError &error, int attempt) const;
};

} // namespace infiniti
