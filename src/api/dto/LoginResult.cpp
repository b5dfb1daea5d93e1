#include "api/dto/LoginResult.h"

#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

LoginResult LoginResult::fromJson(const QJsonObject &o)
{
    LoginResult r;
    r.token = Json::string(o, "authorizationToken"_L1);
    r.userId = Json::id(Json::value(o, "userGuid"_L1));
    r.userName = Json::string(o, "userName"_L1);
    r.produceVersion = Json::string(o, "produceVersion"_L1);
    return r;
}

bool LoginResult::usableToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace infiniti
