#pragma once

#include "api/dto/Group.h"
#include "ui/lists/EntityDialog.h"

#include <memory>

namespace Ui {
class GroupDialog;
}

namespace infiniti {

class GroupMembersModel;
class Session;

// A group's property sheet: name, email, roles (a checklist of the roles that exist), the
// kind of group the server decides (in words), and its members (read from groups/{id}/users);
// Return in the member name adds that member. Members are added and removed at once, not with
// Save (the tab says so). The fields are the Designer form ui/GroupDialog.ui.
class GroupDialog : public EntityDialog
{
    Q_OBJECT
public:
    GroupDialog(const Group &group, bool isNew, Session *session, QWidget *parent = nullptr);
    ~GroupDialog() override;
    void setAvailableRoles(const QStringList &names);
    Group group() const;
    // The group as the sheet first showed it: group() compared with it is what the user changed.
    const Group &shown() const { return m_shown; }
    GroupMembersModel *members() const { return m_members; }

    // Members are added and removed on the server at once (the tab says so); a discard question
    // then says that they stay, rather than implying Discard undoes them.
    void reject() override;

protected:
    bool validate() override;

private:
    // Below the members: how many, whether more are coming, what failed.
    QString membersCountText() const;

    Group m_original;
    Group m_shown;
    std::unique_ptr<Ui::GroupDialog> m_ui;
    GroupMembersModel *m_members = nullptr;
    int m_membersChanged = 0; // members added or removed on the server from this sheet
};

} // namespace infiniti
