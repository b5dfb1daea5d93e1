#pragma once

#include "models/PagedListModel.h"

namespace infiniti {

class GroupsModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Roles, System, External, ColumnCount };
    using PagedListModel::PagedListModel;

protected:
    ApiRequest listRequest(const QString &search) const override;
    QLatin1StringView envelopeName() const override { return QLatin1StringView("groups"); }
    QStringList columnTitles() const override;
    QVariant cell(const QJsonObject &item, int column, int role) const override;
    bool listsItems(int column) const override { return column == Roles; }
};

} // namespace infiniti
