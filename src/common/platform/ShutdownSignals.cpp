#include "common/platform/ShutdownSignals.h"

namespace infiniti::platform {

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    m_active = install();
}

ShutdownSignals::~ShutdownSignals()
{
    if (m_active)
        uninstall();
}

} // namespace infiniti::platform
