#include "cli/commands/auth/Login.h"

#include "api/LoginJob.h"
#include "api/Profile.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "cli/core/OutputStream.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

bool Login::prepare()
{
    if (context().password)
        return true;
    failUsage(tr("login needs the password in INFINITI_PASSWORD or on standard input."));
    return false;
}

void Login::run()
{
    const QString user = options().user.isEmpty() ? context().profile->lastUser : options().user;
    auto *job = new LoginJob(session(), ApiModule::Admin, user, *context().password, this);
    sendOrFail(job, [this, user](LoginJob *job) {
        const QString blob =
            QString::fromUtf8(QJsonDocument(QJsonObject{{"token"_L1, job->result().token},
                                                        {"userId"_L1, job->result().userId}})
                                  .toJson(QJsonDocument::Compact));
        Profile *profile = context().profile;
        context().secrets->write(
            profile->secretKey(user), blob, this,
            [this, user, profile](const SecretStore::Result &r) {
                if (!r.ok()) {
                    complain(tr("signed in, but the keychain could not remember the sign-in: %1")
                                 .arg(r.message));
                    finish(Failure);
                    return;
                }
                if (!options().profile.isEmpty()) {
                    profile->lastUser = user;
                    context().profiles->save(*profile);
                    // Deleting the connection in the console removes this token too.
                    context().profiles->noteRemembered(profile->name, user);
                }
                err()
                    << tr("Signed in to %1 as %2.").arg(profile->manageUrl.toDisplayString(), user)
                    << '\n';
                finish(Ok);
            });
    });
}

} // namespace infiniti::ctl
