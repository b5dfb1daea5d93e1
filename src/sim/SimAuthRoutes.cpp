#include "sim/SimJson.h"
#include "sim/SimRoutes.h"

using namespace Qt::StringLiterals;

namespace infiniti::sim {

void registerAuthRoutes(SimRouter &router, SimStore &store)
{
    for (const QString &module : {u"admin"_s, u"client"_s}) {
        router.add(
            "POST", module + u":login/forms"_s, SimRouter::kAnonymous, [&store](SimRequest &req) {
                SimResponse bad;
                const auto body = req.jsonObject(&bad);
                if (!body)
                    return bad;
                // Both are given, as text: one missing or of another type is said (400 naming
                // it), not judged a wrong password (401).
                FieldErrors missing;
                for (const QLatin1StringView key : {"username"_L1, "password"_L1}) {
                    QJsonValue value;
                    for (auto it = body->begin(); it != body->end(); ++it) {
                        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                            value = it.value();
                    }
                    if (value.isUndefined() || value.isNull())
                        missing.insert(key, {u"Required."_s});
                    else if (!value.isString())
                        missing.insert(key, {u"Must be text (a JSON string)."_s});
                }
                if (!missing.isEmpty())
                    return SimResponse::error(
                        400, u"username and password are required, as text."_s, missing);
                SimStore::User creds;
                FieldErrors errors;
                applyUserJson(*body, store, &creds, &errors);
                if (creds.username.isEmpty())
                    return SimResponse::error(400, u"username and password are required."_s,
                                              {{u"username"_s, {u"Required."_s}}});
                const SimStore::User *u = store.userByName(creds.username);
                if (!u || u->password.isEmpty() || u->password != creds.password)
                    return SimResponse::error(401, u"Invalid username or password."_s);
                if (u->disabled)
                    return SimResponse::error(401, u"The account is disabled."_s);
                if (u->lockedOut)
                    return SimResponse::error(401, u"The account is locked out."_s);
                return SimResponse::json(200, {{"authorizationToken"_L1, store.issueToken(u->id)},
                                               {"userGuid"_L1, u->id},
                                               {"userName"_L1, u->username},
                                               {"produceVersion"_L1, u"1.0.0.0"_s}});
            });
        router.add("POST", module + u":login/account"_s, SimRouter::kAnonymous, [](SimRequest &) {
            return SimResponse::error(
                501,
                u"Windows authentication is not available on the emulator; use login/forms."_s);
        });
        router.add(
            "POST", module + u":login/cookietosession"_s, SimRouter::kAnonymous, [](SimRequest &) {
                return SimResponse::error(
                    400, u"The emulator issues no Manage/Produce cookies; use login/forms."_s);
            });
        router.add("POST", module + u":login/samlredirect"_s, SimRouter::kAnonymous,
                   [](SimRequest &) {
                       return SimResponse::error(
                           501, u"SAML is not available on the emulator; use login/forms."_s);
                   });
        router.add("POST", module + u":logoff"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
            store.revokeToken(req.token);
            return SimResponse::noContent();
        });
    }
}

} // namespace infiniti::sim
