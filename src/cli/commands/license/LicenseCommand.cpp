#include "cli/commands/license/LicenseCommand.h"

#include "api/dto/License.h"
#include "api/endpoints/LicenseEndpoints.h"
#include "api/EntityJob.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

bool LicenseCommand::prepare()
{
    if (options().verb != "update"_L1)
        return true;
    m_key = options().licenseKey;
    if (!m_key.isEmpty())
        return true;
    // A file, or standard input ("-"): a key on the command line is seen by every account on the
    // machine (the process list), a file or a pipe is not.
    const std::optional<QByteArray> bytes = readOrFail(options().inputFile, 64 * 1024);
    if (!bytes)
        return false;
    m_key = QString::fromUtf8(*bytes).simplified();
    if (m_key.isEmpty()) {
        failUsage(tr("%1 holds no license key.").arg(inputName(options().inputFile)));
        return false;
    }
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
