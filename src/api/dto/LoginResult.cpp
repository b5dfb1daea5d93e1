#include "api/dto/LoginResult.h"

#include "formats/Json.h"

namespace infiniti {

LoginResult LoginResult::fromJson(const QJsonObject &o)
{
    using L = QLatin1StringView;
    LoginResult r;
    r.token = Json::string(o, L("authorizationToken"));
    r.userId = Json::id(Json::value(o, L("userGuid")));
    r.userName = Json::string(o, L("userName"));
    r.produceVersion = Json::string(o, L("produceVersion"));
    return r;
}

} // namespace infiniti
