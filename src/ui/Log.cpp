#include "ui/Log.h"

namespace infiniti {

Q_LOGGING_CATEGORY(lcUi, "infiniti.ui", QtWarningMsg)

} // namespace infiniti
