#include "models/RolesModel.h"

#include "formats/Json.h"
#include "api/endpoints/RolesEndpoints.h"

namespace infiniti {

using L = QLatin1StringView;

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
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return Json::string(item, L("name"));
    case Permissions: {
        const QStringList permissions = Json::stringList(item, L("permissions"));
        if (role == SortRole)
            return permissions.size();
        return permissions.isEmpty() ? tr("(none)") : permissions.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

bool RolesModel::matchesSearch(const QJsonObject &item, const QString &text) const
{
    return Json::string(item, L("name")).contains(text, Qt::CaseInsensitive);
}

} // namespace infiniti
