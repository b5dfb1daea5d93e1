#include "cli/commands/license/LicenseCommand.h"

#include "api/endpoints/LicenseEndpoints.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

bool LicenseCommand::prepare()
{
    if (options().verb != "update"_L1)
        return true;
    m_key = options().licenseKey;
    if (!m_key.isEmpty())
        return true;
    QFile file(options().inputFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        failUsage(
            tr("cannot read the key file %1: %2").arg(options().inputFile, file.errorString()));
        return false;
    }
    m_key = QString::fromUtf8(file.readAll()).simplified();
    return true;
}

void LicenseCommand::run()
{
    if (options().verb == "get"_L1)
        showEntity(LicenseEndpoints::get());
    else // the vendor documents no answer to the update (a server may send 204): read it again
        sendOrFail(new ApiJob(session(), LicenseEndpoints::update(m_key), this), [this](ApiJob *) {
            showEntity(LicenseEndpoints::get(), tr("License updated."));
        });
}

} // namespace infiniti::ctl
