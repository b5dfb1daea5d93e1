#include "api/dto/Role.h"

#include "formats/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti {
Role Role::fromJson(const QJsonObject &o)
{
    Role r;
    r.raw = o;
    r.id = Json::id(Json::value(o, "id"_L1));
    r.name = Json::string(o, "name"_L1);
    r.permissions = Json::stringList(o, "permissions"_L1);
    return r;
}

QJsonObject Role::toJson() const
{
    return {{"name"_L1, name}, {"permissions"_L1, QJsonArray::fromStringList(permissions)}};
}

} // namespace infiniti
