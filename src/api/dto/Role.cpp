#include "api/dto/Role.h"

#include "formats/Json.h"

#include <QJsonArray>

namespace infiniti {

using L = QLatin1StringView;

Role Role::fromJson(const QJsonObject &o)
{
    Role r;
    r.raw = o;
    r.id = Json::id(Json::value(o, L("id")));
    r.name = Json::string(o, L("name"));
    r.permissions = Json::stringList(o, L("permissions"));
    return r;
}

QJsonObject Role::toJson() const
{
    return {{L("name"), name}, {L("permissions"), QJsonArray::fromStringList(permissions)}};
}

} // namespace infiniti
