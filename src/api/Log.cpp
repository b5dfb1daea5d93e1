#include "api/Log.h"

namespace infiniti {

Q_LOGGING_CATEGORY(lcApi, "infiniti.api", QtWarningMsg)

} // namespace infiniti
