#include "models/RolesModel.h"

#include "api/endpoints/RolesEndpoints.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {
ApiRequest RolesModel::listRequest(const QString &) const
{
    return RolesEndpoints::list(0, pageSize());
}

QStringList RolesModel::columnTitles() const
{
    return {tr("Name"), tr("Permissions")};
}

QVariant RolesModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == ItemsRole)
        return column == Permissions ? Json::stringList(item, "permissions"_L1) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return Json::string(item, "name"_L1);
    case Permissions: {
        const QStringList permissions = Json::stringList(item, "permissions"_L1);
        if (role == SortRole)
            return permissions.size();
        return permissions.isEmpty() ? tr("(none)") : permissions.join(u", "_s);
    }
    default:
        return {};
    }
}

} // namespace infiniti
