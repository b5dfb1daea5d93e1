#pragma once

#include "api/dto/Role.h"
#include "models/RolesModel.h"
#include "ui/lists/ListPane.h"

namespace infiniti {

class RolesPane : public ListPane
{
    Q_OBJECT
public:
    explicit RolesPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Roles"); }

protected:
    QString countText(int n) const override { return tr("%Ln role(s)", nullptr, n); }
    void openItem(const QJsonObject &item) override;
    void createItem() override;
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;
    bool canRename() const override { return true; }
    void renameItem(const QJsonObject &item) override;

private:
    class RoleDialog *openDialog(const Role &role, bool isNew);
};

} // namespace infiniti
