#include "ui/security/RoleDialog.h"

#include "api/dto/Permissions.h"

#include "ui/common/Checklist.h"
#include "ui/lists/FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace infiniti {

RoleDialog::RoleDialog(const Role &role, bool isNew, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(role)
    , m_name(new QLineEdit(role.name))
    , m_permissions(new QListWidget)
{
    setObjectName(u"roleDialog"_s);
    setWindowTitle(isNew ? tr("New role") : tr("Properties of %1").arg(role.name));
    resize(480, 520);
    m_name->setObjectName(u"name"_s);
    m_permissions->setObjectName(u"permissions"_s);
    Checklist::fill(m_permissions, knownPermissions(), role.permissions);
    connect(m_name, &QLineEdit::textEdited, this, &RoleDialog::markModified);
    connect(m_permissions, &QListWidget::itemChanged, this, &RoleDialog::markModified);
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->addRow(tr("&Name:"), errors()->wrap(u"name"_s, m_name));
    form->addRow(tr("&Permissions:"), errors()->wrap(u"permissions"_s, m_permissions));
    setContent(content);
    m_shown = this->role();
    clearModified();
}

Role RoleDialog::role() const
{
    Role r = m_original;
    r.name = m_name->text().trimmed();
    r.permissions = Checklist::checked(m_permissions);
    return r;
}

bool RoleDialog::validate()
{
    if (m_name->text().trimmed().isEmpty())
        errors()->set(u"name"_s, tr("A role needs a name."));
    return errors()->isEmpty();
}

} // namespace infiniti
