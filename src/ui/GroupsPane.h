#pragma once

#include "GroupsModel.h"
#include "ListPane.h"
#include "dto/Group.h"

namespace infiniti {

class GroupsPane : public ListPane
{
    Q_OBJECT
public:
    explicit GroupsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Groups"); }

protected:
    QString countText(int n) const override { return tr("%n group(s)", nullptr, n); }
    void openItem(const QJsonObject &item) override;
    void createItem() override;
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item, QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;

private:
    void openDialog(const Group &group, bool isNew);
};

} // namespace infiniti
