#include "Role.h"

#include "../Json.h"

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

QStringList Role::knownPermissions()
{
    return {QStringLiteral("Licensing"),           QStringLiteral("Management console"),
            QStringLiteral("Manage workflow tasks"), QStringLiteral("Change settings"),
            QStringLiteral("Design projects"),     QStringLiteral("Content approver"),
            QStringLiteral("Manage data sources"), QStringLiteral("Manage security"),
            QStringLiteral("Manage groups"),       QStringLiteral("Publish projects"),
            QStringLiteral("Manage users"),        QStringLiteral("Manage content library"),
            QStringLiteral("Impersonate")};
}

} // namespace infiniti
