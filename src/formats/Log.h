#pragma once

#include <QLoggingCategory>

namespace infiniti {

// The formats layer's log (`infiniti.formats`; enable with
// QT_LOGGING_RULES="infiniti.formats.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcFormats)

} // namespace infiniti
