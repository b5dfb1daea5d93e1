#pragma once

#include "api/dto/Group.h"
#include "ui/lists/EntityDialog.h"

#include <memory>

namespace Ui {
class GroupDialog;
}

class QStringListModel;
class QTimer;

namespace infiniti {

class GroupMembersModel;
class ListProxy;
class Session;

// A group's property sheet: name, email, roles (a checklist of the roles that exist), the
// kind of group the server decides (in words), and its members (read from groups/{id}/users,
// with a filter; the username to add completes from the server's search where it has one).
// Members added and removed wait in the sheet (listed under the members, each can be undone)
// until Save, which GroupsPane sends with the other edits; Cancel asks before dropping them like
// any edit. Return in the member name adds that member. The fields are the Designer form
// ui/GroupDialog.ui.
class GroupDialog : public EntityDialog
{
    Q_OBJECT
public:
    // A member to be added to the group, or taken out of it, when the sheet is saved.
    struct MemberChange
    {
        QString userId;
        QString username;
        bool add = true;
        bool operator==(const MemberChange &) const = default;
    };

    GroupDialog(const Group &group, bool isNew, Session *session, QWidget *parent = nullptr);
    ~GroupDialog() override;
    void setAvailableRoles(const QStringList &names);
    Group group() const;
    // The group as the sheet first showed it (or as last saved): group() compared with it is
    // what the user changed.
    const Group &shown() const { return m_shown; }
    GroupMembersModel *members() const { return m_members; }

    // The fields (name, email, roles…) differ from what the sheet showed.
    bool fieldsChanged() const;
    const QList<MemberChange> &memberChanges() const { return m_memberChanges; }
    bool hasChanges() const override;
    // After a save that went only part of the way: the fields as saved are now what the sheet
    // shows, the member changes done leave the list of those waiting (the others stay), the
    // members are read again, and the status line says `outcome`.
    void savedInPart(const Group &saved, const QList<MemberChange> &done, const QString &outcome);
    // The discard question also counts the member changes waiting.
    void reject() override;

protected:
    bool validate() override;

private:
    void setUpMembers(const Group &group, Session *session);
    void addTypedMember(Session *session);
    void stageRemovalOfSelected();
    void showMemberChanges();
    // Below the members: how many, whether more are coming, what failed.
    QString membersCountText() const;

    Group m_original;
    Group m_shown;
    std::unique_ptr<Ui::GroupDialog> m_ui;
    GroupMembersModel *m_members = nullptr;
    ListProxy *m_membersProxy = nullptr;
    QStringListModel *m_completions = nullptr;
    QList<MemberChange> m_memberChanges;
};

} // namespace infiniti
