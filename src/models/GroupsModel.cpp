#include "models/GroupsModel.h"

#include "api/endpoints/GroupsEndpoints.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {
ApiRequest GroupsModel::listRequest(const QString &) const
{
    return GroupsEndpoints::list(0, pageSize()); // groups are few: the view filters them locally
}

QStringList GroupsModel::columnTitles() const
{
    return {tr("Name"), tr("Email"), tr("Roles"), tr("System"), tr("External")};
}

QVariant GroupsModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == ItemsRole)
        return column == Roles ? Json::stringList(item, "roles"_L1) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return Json::string(item, "name"_L1);
    case Email:
        return Json::string(item, "email"_L1);
    case Roles:
        return Json::stringList(item, "roles"_L1).join(u", "_s);
    case System:
        if (role == SortRole)
            return Json::boolean(item, "system"_L1);
        return Json::boolean(item, "system"_L1) ? tr("Yes") : QString();
    case External:
        if (role == SortRole)
            return Json::boolean(item, "external"_L1);
        return Json::boolean(item, "external"_L1) ? tr("Yes") : QString();
    default:
        return {};
    }
}

} // namespace infiniti
