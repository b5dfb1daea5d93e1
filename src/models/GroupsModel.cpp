#include "models/GroupsModel.h"

#include "formats/Json.h"
#include "api/endpoints/GroupsEndpoints.h"

namespace infiniti {

using L = QLatin1StringView;

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
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return Json::string(item, L("name"));
    case Email:
        return Json::string(item, L("email"));
    case Roles:
        return Json::stringList(item, L("roles")).join(QStringLiteral(", "));
    case System:
        if (role == SortRole)
            return Json::boolean(item, L("system"));
        return Json::boolean(item, L("system")) ? tr("Yes") : QString();
    case External:
        if (role == SortRole)
            return Json::boolean(item, L("external"));
        return Json::boolean(item, L("external")) ? tr("Yes") : QString();
    default:
        return {};
    }
}

bool GroupsModel::matchesSearch(const QJsonObject &item, const QString &text) const
{
    return Json::string(item, L("name")).contains(text, Qt::CaseInsensitive);
}

} // namespace infiniti
