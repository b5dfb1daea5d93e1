#include "sim/SimJson.h"
#include "sim/SimRoutes.h"

namespace infiniti::sim {

void registerAuthRoutes(SimRouter &router, SimStore &store)
{
    for (const QString &module : {QStringLiteral("admin"), QStringLiteral("client")}) {
        router.add("POST", module + QStringLiteral(":login/forms"), SimRouter::kAnonymous,
                   [&store](SimRequest &req) {
                       SimResponse bad;
                       const auto body = req.jsonObject(&bad);
                       if (!body)
                           return bad;
                       SimStore::User creds;
                       FieldErrors errors;
                       applyUserJson(*body, store, &creds, &errors);
                       if (creds.username.isEmpty())
                           return SimResponse::error(400, QStringLiteral("username and password are required."),
                                                     {{QStringLiteral("username"), {QStringLiteral("Required.")}}});
                       const SimStore::User *u = store.userByName(creds.username);
                       if (!u || u->password.isEmpty() || u->password != creds.password)
                           return SimResponse::error(401, QStringLiteral("Invalid username or password."));
                       if (u->disabled)
                           return SimResponse::error(401, QStringLiteral("The account is disabled."));
                       if (u->lockedOut)
                           return SimResponse::error(401, QStringLiteral("The account is locked out."));
                       return SimResponse::json(
                           200, {{QLatin1StringView("authorizationToken"), store.issueToken(u->id)},
                                 {QLatin1StringView("userGuid"), u->id},
                                 {QLatin1StringView("userName"), u->username},
                                 {QLatin1StringView("produceVersion"), QStringLiteral("1.0.0.0")}});
                   });
        router.add("POST", module + QStringLiteral(":login/account"), SimRouter::kAnonymous, [](SimRequest &) {
            return SimResponse::error(501, QStringLiteral("Windows authentication is not available on the emulator; use login/forms."));
        });
        router.add("POST", module + QStringLiteral(":login/cookietosession"), SimRouter::kAnonymous, [](SimRequest &) {
            return SimResponse::error(400, QStringLiteral("The emulator issues no Manage/Produce cookies; use login/forms."));
        });
        router.add("POST", module + QStringLiteral(":login/samlredirect"), SimRouter::kAnonymous, [](SimRequest &) {
            return SimResponse::error(501, QStringLiteral("SAML is not available on the emulator; use login/forms."));
        });
        router.add("POST", module + QStringLiteral(":logoff"), SimRouter::kAnyUser, [&store](SimRequest &req) {
            store.revokeToken(req.token);
            return SimResponse::noContent();
        });
    }
}

} // namespace infiniti::sim
