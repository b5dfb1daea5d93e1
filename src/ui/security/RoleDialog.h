#pragma once

#include "api/dto/Role.h"
#include "ui/lists/EntityDialog.h"

#include <QPointer>

#include <memory>

namespace Ui {
class RoleDialog;
}

namespace infiniti {

class AccountAccess;

// A role's property sheet: its name and the permissions it grants, as a checklist of the
// known permission names; names the server has and we do not know are shown and kept. The
// fields are the Designer form ui/RoleDialog.ui. Given what the signed-in account may do, Save
// first asks before taking from one of its roles a permission it holds through no other (the
// account would lose it at once: changing roles back needs "Manage security").
class RoleDialog : public EntityDialog
{
    Q_OBJECT
public:
    RoleDialog(const Role &role, bool isNew, QWidget *parent = nullptr);
    ~RoleDialog() override;
    Role role() const;
    // The role as the sheet first showed it: role() compared with it is what the user changed.
    const Role &shown() const { return m_shown; }
    bool hasChanges() const override;
    // What the signed-in account (`userName`) may do, read when the sheet opened.
    void setAccountAccess(AccountAccess *access, const QString &userName);
    // The permissions saving would take from the signed-in account (empty: none, or not known).
    QStringList permissionsLostBySaving() const;

protected:
    bool validate() override;

private:
    void askAboutLosingPermissions(const QStringList &lost);

    QPointer<AccountAccess> m_access;
    QString m_userName;
    QStringList m_lossConfirmed; // the permissions the user agreed to lose
    Role m_original;
    Role m_shown;
    std::unique_ptr<Ui::RoleDialog> m_ui;
};

} // namespace infiniti
