#include "ui/security/RoleDialog.h"

#include "api/dto/Permissions.h"

#include "ui/common/Checklist.h"
#include "ui/lists/FieldErrors.h"

#include "ui_RoleDialog.h"

#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace infiniti {

RoleDialog::RoleDialog(const Role &role, bool isNew, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(role)
    , m_ui(std::make_unique<Ui::RoleDialog>())
{
    setObjectName(u"roleDialog"_s);
    setWindowTitle(isNew ? tr("New role") : tr("Properties of %1").arg(role.name));
    resize(480, 520);
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    errors()->attach(content, u"name"_s);
    errors()->attach(content, u"permissions"_s);
    m_ui->name->setText(role.name);
    Checklist::fill(m_ui->permissions, knownPermissions(), role.permissions);
    connect(m_ui->name, &QLineEdit::textEdited, this, &RoleDialog::markModified);
    connect(m_ui->permissions, &QListWidget::itemChanged, this, &RoleDialog::markModified);
    setContent(content);
    m_shown = this->role();
    clearModified();
}

RoleDialog::~RoleDialog() = default;

Role RoleDialog::role() const
{
    Role r = m_original;
    r.name = m_ui->name->text().trimmed();
    r.permissions = Checklist::checked(m_ui->permissions);
    return r;
}

bool RoleDialog::validate()
{
    if (m_ui->name->text().trimmed().isEmpty())
        errors()->set(u"name"_s, tr("A role needs a name."));
    return errors()->isEmpty();
}

} // namespace infiniti
