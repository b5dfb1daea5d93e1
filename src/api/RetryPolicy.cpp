#include "api/RetryPolicy.h"

namespace infiniti {

std::optional<std::chrono::milliseconds>
RetryPolicy::delayBeforeRetry(const ApiRequest &request, const ApiError &error, int attempt) const
{
    using namespace std::chrono;
    if (!request.isIdempotent() || attempt >= maxAttempts)
        return std::nullopt;
    switch (error.kind()) {
    case ApiError::Kind::RateLimited: {
        const int after = error.retryAfterSeconds();
        if (after > maxRetryAfter.count())
            return std::nullopt; // longer than anyone waits for a click: report it instead
        return after >= 0 ? milliseconds(seconds(after)) : baseDelay * (1 << (attempt - 1));
    }
    case ApiError::Kind::Server:
        if (error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504)
            return baseDelay * (1 << (attempt - 1));
        return std::nullopt;
    case ApiError::Kind::Network:
        return baseDelay * (1 << (attempt - 1));
    default:
        return std::nullopt;
    }
}

} // namespace infiniti
