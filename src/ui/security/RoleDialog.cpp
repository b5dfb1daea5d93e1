#include "ui/security/RoleDialog.h"

#include "api/AccountAccess.h"
#include "api/dto/Permissions.h"

#include "ui/common/Checklist.h"
#include "ui/lists/FieldErrors.h"

#include "ui_RoleDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

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

void RoleDialog::setAccountAccess(AccountAccess *access, const QString &userName)
{
    m_access = access;
    m_userName = userName;
}

QStringList RoleDialog::permissionsLostBySaving() const
{
    if (isNew() || !m_access || m_access->outcome() != AccountAccess::Outcome::Known)
        return {};
    bool held = false;
    for (const QString &r : m_access->roles())
        held = held || r.compare(m_shown.name, Qt::CaseInsensitive) == 0;
    if (!held)
        return {};
    const QStringList kept = role().permissions;
    const QStringList others = m_access->permissionsWithout(m_shown.name);
    const auto among = [](const QStringList &names, const QString &name) {
        return std::any_of(names.begin(), names.end(), [&](const QString &n) {
            return n.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QStringList lost;
    for (const QString &p : m_shown.permissions) {
        if (!among(kept, p) && !among(others, p))
            lost << p;
    }
    return lost;
}

bool RoleDialog::hasChanges() const
{
    return role().toJson() != m_shown.toJson();
}

bool RoleDialog::validate()
{
    if (m_ui->name->text().trimmed().isEmpty())
        errors()->set(u"name"_s, FieldErrors::required(tr("Name")));
    if (!errors()->isEmpty())
        return false;
    const QStringList lost = permissionsLostBySaving();
    if (!lost.isEmpty() && lost != m_lossConfirmed) {
        errors()->set(u"permissions"_s, tr("Your own account holds %1 only through this role.")
                                            .arg(QLocale().createSeparatedList(lost)));
        askAboutLosingPermissions(lost);
        return false;
    }
    return true;
}

void RoleDialog::askAboutLosingPermissions(const QStringList &lost)
{
    if (findChild<QMessageBox *>(u"losePermissions"_s))
        return;
    auto *ask = new QMessageBox(
        QMessageBox::Warning, tr("Your own permissions"),
        tr("Take %n permission(s) from your own account?", nullptr, int(lost.size())),
        QMessageBox::NoButton, this);
    ask->setObjectName(u"losePermissions"_s);
    ask->setInformativeText(
        tr("You are signed in as %1 and hold %2 only through the role “%3”. Saved, you lose "
           "them at once; giving them back needs someone who may manage security.")
            .arg(m_userName, QLocale().createSeparatedList(lost), m_shown.name));
    QPushButton *save = ask->addButton(tr("&Remove them and save"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    ask->setDefaultButton(keep);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, save, lost](QAbstractButton *clicked) {
        if (clicked != save)
            return;
        m_lossConfirmed = lost;
        // Save again, now agreed.
        if (auto *buttons = findChild<QDialogButtonBox *>(u"buttons"_s))
            buttons->button(QDialogButtonBox::Save)->click();
    });
    ask->open();
}

} // namespace infiniti
