#pragma once

#include <functional>

class QWidget;

namespace infiniti::ReturnKey {

// Return (and Enter) in `field` runs `action` and goes no further: a dialog's default button
// does not see it (the member name field adds the member; it does not save the group).
void runs(QWidget *field, std::function<void()> action);

} // namespace infiniti::ReturnKey
