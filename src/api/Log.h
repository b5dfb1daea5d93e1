#pragma once

#include <QLoggingCategory>

namespace infiniti {

// The api layer's log (`infiniti.api`; enable with QT_LOGGING_RULES="infiniti.api.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace infiniti
