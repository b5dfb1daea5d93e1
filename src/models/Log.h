#pragma once

#include <QLoggingCategory>

namespace infiniti {

// The models layer's log (`infiniti.models`; enable with
// QT_LOGGING_RULES="infiniti.models.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace infiniti
