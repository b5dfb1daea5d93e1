#include "cli/commands/auth/Logout.h"

#include "api/endpoints/AuthEndpoints.h"
#include "api/Profile.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "cli/core/OutputStream.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void Logout::run()
{
    const QString user = options().user;
    const QString key = context().profile->secretKey(user);
    context().secrets->read(key, this, [this, user, key](const SecretStore::Result &r) {
        const QString token =
            QJsonDocument::fromJson(r.secret.toUtf8()).object().value("token"_L1).toString();
        if (token.isEmpty()) {
            if (context().profiles && r.status == SecretStore::Status::NotFound)
                context().profiles->noteForgotten(context().profile->name, user);
            err() << tr("Not signed in as %1; nothing to do.").arg(user) << '\n';
            finish(Ok);
            return;
        }
        session()->setToken(token, user);
        send(new ApiJob(session(), AuthEndpoints::logoff(ApiModule::Admin), this),
             [this, key, user](ApiJob *job) {
                 const ApiError error = job->error();
                 context().secrets->remove(
                     key, this, [this, error, user](const SecretStore::Result &r) {
                         if (context().profiles &&
                             (r.ok() || r.status == SecretStore::Status::NotFound))
                             context().profiles->noteForgotten(context().profile->name, user);
                         // A token the server already forgot (401) is signed out all the same.
                         if (error.isError() && error.kind() != ApiError::Kind::Unauthorised) {
                             complain(tr("the token was forgotten here, but the server said: %1")
                                          .arg(error.message()));
                             finish(exitCodeFor(error));
                             return;
                         }
                         err() << tr("Signed out.") << '\n';
                         finish(Ok);
                     });
             });
    });
}

} // namespace infiniti::ctl
