#include "ui/security/RoleDialog.h"

#include "api/dto/Permissions.h"

#include "ui/common/Checklist.h"
#include "ui/lists/FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace infiniti {

RoleDialog::RoleDialog(const Role &role, bool isNew, QWidget *parent)
    : EntityDialog(isNew, QStringLiteral("name"), parent)
    , m_original(role)
    , m_name(new QLineEdit(role.name))
    , m_permissions(new QListWidget)
{
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(isNew ? tr("New role") : tr("Properties of %1").arg(role.name));
    resize(480, 520);
    m_name->setObjectName(QStringLiteral("name"));
    m_permissions->setObjectName(QStringLiteral("permissions"));
    Checklist::fill(m_permissions, knownPermissions(), role.permissions);
    connect(m_name, &QLineEdit::textEdited, this, &RoleDialog::markModified);
    connect(m_permissions, &QListWidget::itemChanged, this, &RoleDialog::markModified);
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->addRow(tr("&Name:"), errors()->wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("&Permissions:"), errors()->wrap(QStringLiteral("permissions"), m_permissions));
    setContent(content);
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
        errors()->set(QStringLiteral("name"), tr("A role needs a name."));
    return errors()->isEmpty();
}

} // namespace infiniti
