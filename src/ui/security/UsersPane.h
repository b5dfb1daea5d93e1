#pragma once

#include "api/dto/User.h"
#include "models/UsersModel.h"
#include "ui/lists/ListPane.h"

namespace infiniti {

class UserPropertiesDialog;

// The users of the server: a table that loads pages as it scrolls, property sheets to create
// and edit users, and enable / disable / unlock / delete on a multi-selection.
class UsersPane : public ListPane
{
    Q_OBJECT
public:
    explicit UsersPane(QWidget *parent = nullptr);

    QString title() const override { return tr("Users"); }
    UsersModel *model() const { return static_cast<UsersModel *>(listModel()); }

    // Bulk changes on the selection; RequirePasswordChange sets "change password at next login".
    enum class Change { Enable, Disable, Unlock, RequirePasswordChange };
    void changeSelected(Change change);
    // Asks for a CSV file and opens the import preview for it.
    void importUsers();

protected:
    QString countText(int n) const override { return tr("%Ln user(s)", nullptr, n); }
    void openItem(const QJsonObject &item) override;
    void createItem() override;
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;
    void filterSubmitted(const QString &text) override;

private:
    UserPropertiesDialog *openDialog(const User &user, bool isNew);
    void loadChoices(UserPropertiesDialog *dialog);
};

} // namespace infiniti
