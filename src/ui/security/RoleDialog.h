#pragma once

#include "ui/lists/EntityDialog.h"
#include "api/dto/Role.h"

class QLineEdit;
class QListWidget;

namespace infiniti {

// A role's property sheet: its name and the permissions it grants, as a checklist of the
// known permission names; names the server has and we do not know are shown and kept.
class RoleDialog : public EntityDialog
{
    Q_OBJECT
public:
    RoleDialog(const Role &role, bool isNew, QWidget *parent = nullptr);
    Role role() const;
    // The role as the sheet first showed it: role() compared with it is what the user changed.
    const Role &shown() const { return m_shown; }

protected:
    bool validate() override;

private:
    Role m_original;
    Role m_shown;
    QLineEdit *m_name;
    QListWidget *m_permissions;
};

} // namespace infiniti
