#include "formats/Log.h"

namespace infiniti {

Q_LOGGING_CATEGORY(lcFormats, "infiniti.formats", QtWarningMsg)

} // namespace infiniti
