#pragma once

#include <functional>

class QObject;

namespace infiniti {

class Session;

// A request refused with 401 while the console asks the user to sign in again: `retry` runs
// once a new token is in (the save in an open property sheet goes out again by itself);
// `abandoned` runs when the user cancels the sign-in instead. Either runs at most once, and
// neither after `context` is gone. Returns false when no sign-in is pending (nothing armed).
bool retryAfterSignIn(Session *session, QObject *context, std::function<void()> retry,
                      std::function<void()> abandoned = {});

} // namespace infiniti
