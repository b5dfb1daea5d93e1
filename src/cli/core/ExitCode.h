#pragma once

namespace infiniti::ctl {

// Exit codes of infiniti-ctl (documented in its help and the README).
enum ExitCode {
    Ok = 0,
    Failure = 1,         // anything not listed below, also output that could not be written
    UsageError = 2,      // bad command line or unreadable local input; nothing was sent
    AuthFailure = 3,     // no credentials, sign-in refused or expired (401), forbidden (403)
    NetworkFailure = 4,  // unreachable, timeout, TLS
    ServerError = 5,     // 5xx or an answer that cannot be read
    RequestRejected = 6, // 404, 409, 400 and other 4xx
    Differences = 7,     // diff: the two servers differ (not a failure)
    Interrupted = 130    // Ctrl+C or SIGTERM (128 + SIGINT, as shells report it)
};

} // namespace infiniti::ctl
