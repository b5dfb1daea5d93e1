#pragma once

#include <QLoggingCategory>

namespace infiniti {

// The ui layer's log (`infiniti.ui`; enable with QT_LOGGING_RULES="infiniti.ui.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace infiniti
