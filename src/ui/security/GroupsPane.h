#pragma once

#include "models/GroupsModel.h"
#include "ui/lists/ListPane.h"

#include "api/dto/Group.h"
#include <QJsonArray>

namespace infiniti {

class GroupDialog;

class GroupsPane : public ListPane
{
    Q_OBJECT
public:
    explicit GroupsPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Groups"); }
    // Makes the users members of the group (PATCH of each user's `groups`), with progress.
    void addUsersToGroup(const QJsonArray &users, const QString &groupName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
protected:
    QString countText(int n) const override { return tr("%Ln group(s)", nullptr, n); }
    void openItem(const QJsonObject &item) override;
    void createItem() override;
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    QString itemLabel(const QJsonObject &item) const override;
    bool canRename() const override { return true; }
    void renameItem(const QJsonObject &item) override;

private:
    GroupDialog *openDialog(const Group &group, bool isNew);
    // Save of an existing group: its fields (read fresh, only the edits laid on, sent whole) if
    // they changed, then the members waiting in the sheet, each through its user.
    void saveGroup(GroupDialog *dialog, const QString &id);
    void saveMembers(GroupDialog *dialog, const Group &group, bool fieldsSaved);
};

} // namespace infiniti
