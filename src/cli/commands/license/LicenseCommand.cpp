#include "cli/commands/license/LicenseCommand.h"

#include "api/dto/License.h"
#include "api/endpoints/LicenseEndpoints.h"
#include "api/EntityJob.h"

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
    else // read before and after: the vendor documents no answer to the update (a server may
         // send 204), and a key the server took may change nothing that shows
        sendOrFail(new EntityJob(session(), LicenseEndpoints::get(), this), [this](EntityJob *old) {
            const License before = License::fromJson(old->object());
            sendOrFail(new ApiJob(session(), LicenseEndpoints::update(m_key), this), [this, before](
                                                                                         ApiJob *) {
                sendOrFail(new EntityJob(session(), LicenseEndpoints::get(), this),
                           [this, before](EntityJob *now) {
                               const bool same = before.sameGrant(License::fromJson(now->object()));
                               showResult(*now, same ? tr("The server took the key, but the "
                                                          "license it shows is the same as "
                                                          "before.")
                                                     : tr("License updated."));
                           });
            });
        });
}

} // namespace infiniti::ctl
