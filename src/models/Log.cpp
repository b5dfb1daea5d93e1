#include "models/Log.h"

namespace infiniti {

Q_LOGGING_CATEGORY(lcModels, "infiniti.models", QtWarningMsg)

} // namespace infiniti
