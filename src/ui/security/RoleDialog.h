#pragma once

#include "api/dto/Role.h"
#include "ui/lists/EntityDialog.h"

#include <memory>

namespace Ui {
class RoleDialog;
}

namespace infiniti {

// A role's property sheet: its name and the permissions it grants, as a checklist of the
// known permission names; names the server has and we do not know are shown and kept. The
// fields are the Designer form ui/RoleDialog.ui.
class RoleDialog : public EntityDialog
{
    Q_OBJECT
public:
    RoleDialog(const Role &role, bool isNew, QWidget *parent = nullptr);
    ~RoleDialog() override;
    Role role() const;
    // The role as the sheet first showed it: role() compared with it is what the user changed.
    const Role &shown() const { return m_shown; }

protected:
    bool validate() override;

private:
    Role m_original;
    Role m_shown;
    std::unique_ptr<Ui::RoleDialog> m_ui;
};

} // namespace infiniti
