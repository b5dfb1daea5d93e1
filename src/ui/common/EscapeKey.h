#pragma once

#include <functional>

class QLineEdit;

namespace infiniti::EscapeKey {

// Escape in a filter field that holds text empties it (then `cleared`, e.g. the filter applied
// at once); in an empty one it runs `whenEmpty` (focus back to the list) — or, without one, goes
// on to the window (a dialog's Escape).
void clearsFilter(QLineEdit *field, std::function<void()> cleared = {},
                  std::function<void()> whenEmpty = {});

} // namespace infiniti::EscapeKey
