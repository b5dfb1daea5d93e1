#include "api/dto/Group.h"

#include "formats/Json.h"

#include <QJsonArray>

namespace infiniti {

using L = QLatin1StringView;

Group Group::fromJson(const QJsonObject &o)
{
    Group g;
    g.raw = o;
    g.id = Json::id(Json::value(o, L("id")));
    g.name = Json::string(o, L("name"));
    g.external = Json::boolean(o, L("external"));
    g.system = Json::boolean(o, L("system"));
    g.email = Json::string(o, L("email"));
    g.emailIndividualMembers = Json::boolean(o, L("emailIndividualMembers"));
    g.roles = Json::stringList(o, L("roles"));
    return g;
}

QJsonObject Group::toJson() const
{
    return {{L("name"), name},
            {L("external"), external},
            {L("system"), system},
            {L("email"), email},
            {L("emailIndividualMembers"), emailIndividualMembers},
            {L("roles"), QJsonArray::fromStringList(roles)}};
}

} // namespace infiniti
