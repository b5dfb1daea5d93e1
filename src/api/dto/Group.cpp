#include "api/dto/Group.h"

#include "formats/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti {
Group Group::fromJson(const QJsonObject &o)
{
    Group g;
    g.raw = o;
    g.id = Json::id(Json::value(o, "id"_L1));
    g.name = Json::string(o, "name"_L1);
    g.external = Json::boolean(o, "external"_L1);
    g.system = Json::boolean(o, "system"_L1);
    g.email = Json::string(o, "email"_L1);
    g.emailIndividualMembers = Json::boolean(o, "emailIndividualMembers"_L1);
    g.roles = Json::stringList(o, "roles"_L1);
    return g;
}

QJsonObject Group::toJson() const
{
    return {{"name"_L1, name},
            {"external"_L1, external},
            {"system"_L1, system},
            {"email"_L1, email},
            {"emailIndividualMembers"_L1, emailIndividualMembers},
            {"roles"_L1, QJsonArray::fromStringList(roles)}};
}

} // namespace infiniti
