#include "ui/security/GroupDialog.h"

#include "api/BulkOperation.h"
#include "ui/common/Checklist.h"
#include "api/Call.h"
#include "formats/Json.h"
#include "ui/common/ReturnKey.h"
#include "ui/lists/FieldErrors.h"
#include "models/GroupMembersModel.h"
#include "api/Session.h"
#include "api/endpoints/UsersEndpoints.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

GroupDialog::GroupDialog(const Group &group, bool isNew, Session *session, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(group)
    , m_name(new QLineEdit(group.name))
    , m_email(new QLineEdit(group.email))
    , m_emailMembers(new QCheckBox(tr("Email the &individual members instead of the group address")))
    , m_roles(new QListWidget)
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(isNew ? tr("New group") : tr("Properties of %1").arg(group.name));
    resize(620, 520);
    m_name->setObjectName(u"name"_s);
    m_email->setObjectName(u"email"_s);
    m_roles->setObjectName(u"roles"_s);
    m_emailMembers->setChecked(group.emailIndividualMembers);
    // The server decides what kind of group it is: said in words, not as boxes to tick.
    QStringList kind;
    if (group.system)
        kind << tr("System group (built in)");
    if (group.external)
        kind << tr("External (managed by a directory)");
    auto *kindLabel = new QLabel(kind.isEmpty() ? tr("Ordinary group") : kind.join(u"; "_s));
    kindLabel->setObjectName(u"groupKind"_s);
    kindLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Checklist::fill(m_roles, {}, group.roles);
    connect(m_name, &QLineEdit::textEdited, this, &GroupDialog::markModified);
    connect(m_email, &QLineEdit::textEdited, this, &GroupDialog::markModified);
    connect(m_emailMembers, &QCheckBox::clicked, this, &GroupDialog::markModified);
    connect(m_roles, &QListWidget::itemChanged, this, &GroupDialog::markModified);

    auto *tabs = new QTabWidget;
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Name:"), errors()->wrap(u"name"_s, m_name));
    form->addRow(tr("&Email:"), errors()->wrap(u"email"_s, m_email));
    form->addRow(QString(), m_emailMembers);
    if (!isNew)
        form->addRow(tr("Kind:"), kindLabel);
    else
        delete kindLabel;
    form->addRow(tr("&Roles:"), errors()->wrap(u"roles"_s, m_roles));
    tabs->addTab(general, tr("General"));

    if (!isNew && session) {
        auto *membersTab = new QWidget;
        auto *layout = new QVBoxLayout(membersTab);
        m_members = new GroupMembersModel(group.id, this);
        auto *view = new QTableView;
        view->setObjectName(u"members"_s);
        view->setAccessibleName(tr("Members"));
        view->setTabKeyNavigation(false);
        view->setModel(m_members);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        auto *who = new QLineEdit;
        who->setObjectName(u"addMember"_s);
        who->setPlaceholderText(tr("Username to add"));
        who->setAccessibleName(tr("Username to add"));
        auto *add = new QPushButton(tr("&Add"));
        add->setObjectName(u"addMemberButton"_s);
        add->setAutoDefault(false);
        auto *remove = new QPushButton(tr("Re&move selected"));
        remove->setObjectName(u"removeMembers"_s);
        remove->setAutoDefault(false);
        // Return in the name adds the member; it does not save and close the group.
        ReturnKey::runs(who, [add] { add->click(); });
        auto *status = new QLabel;
        status->setObjectName(u"membersStatus"_s);
        status->setWordWrap(true);
        auto *row = new QHBoxLayout;
        row->addWidget(who, 1);
        row->addWidget(add);
        row->addWidget(remove);
        layout->addWidget(view, 1);
        layout->addLayout(row);
        layout->addWidget(status);
        tabs->addTab(membersTab, tr("Members"));
        // Members load when the tab is first shown.
        connect(tabs, &QTabWidget::currentChanged, this, [this, session, tabs, membersTab](int) {
            if (tabs->currentWidget() == membersTab && !m_members->session())
                m_members->setSession(session);
        });
        // Membership lives in each user's `groups` array (contract 4.8): PATCH the user.
        const QString groupName = group.name;
        connect(add, &QPushButton::clicked, this, [this, session, who, status, groupName] {
            const QString name = who->text().trimmed();
            if (name.isEmpty()) {
                status->setText(tr("Type the username of the user to add."));
                who->setFocus();
                return;
            }
            status->setText(tr("Adding %1…").arg(name));
            // The user as it is now, with this group added, sent whole.
            session->update(UsersEndpoints::getByName(name), [groupName](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                       User u = User::fromJson(fresh);
                       if (u.groups.contains(groupName, Qt::CaseInsensitive))
                           return std::nullopt;
                       u.groups << groupName;
                       return UsersEndpoints::update(u);
                   })
                .then(this, [this, who, status, name](FreshUpdateJob &job) {
                    if (!job.sent()) {
                        status->setText(tr("%1 is already a member.").arg(Json::string(job.object(), "username"_L1, name)));
                        return;
                    }
                    status->setText(tr("%1 added.").arg(name));
                    who->clear();
                    m_members->refresh();
                }, [status](const ApiError &error) { status->setText(error.message()); });
        });
        connect(remove, &QPushButton::clicked, this, [this, session, view, status, groupName] {
            QList<BulkOperation::Item> work;
            for (const auto &index : view->selectionModel()->selectedRows()) {
                const User listed = User::fromJson(index.data(PagedListModel::JsonRole).toJsonObject());
                if (listed.id.isEmpty())
                    continue; // a row not read yet
                work << BulkOperation::Item{listed.id, listed.username, UsersEndpoints::get(listed.id),
                                            [groupName](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                                                User u = User::fromJson(fresh);
                                                if (u.groups.removeIf([&](const QString &g) { return g.compare(groupName, Qt::CaseInsensitive) == 0; }) == 0)
                                                    return std::nullopt;
                                                return UsersEndpoints::update(u);
                                            }};
            }
            if (work.isEmpty())
                return;
            auto *operation = new BulkOperation(session, work, this);
            connect(operation, &BulkOperation::itemFinished, this, [this](const BulkOperation::Outcome &o) {
                if (!o.error.isError())
                    m_members->removeId(o.item.id);
            });
            connect(operation, &BulkOperation::finished, this, [operation, status] {
                QStringList failed;
                for (const auto &o : operation->outcomes()) {
                    if (o.error.isError())
                        failed << u"%1: %2"_s.arg(o.item.label, o.error.message());
                }
                status->setText(failed.isEmpty() ? tr("Removed.") : failed.join(QLatin1Char('\n')));
                operation->deleteLater();
            });
            status->setText(tr("Removing…"));
            operation->start();
        });
    }
    setContent(tabs);
    m_shown = this->group();
    clearModified();
}

void GroupDialog::setAvailableRoles(const QStringList &names)
{
    Checklist::fill(m_roles, names, Checklist::checked(m_roles));
}

Group GroupDialog::group() const
{
    Group g = m_original;
    g.name = m_name->text().trimmed();
    g.email = m_email->text().trimmed();
    g.emailIndividualMembers = m_emailMembers->isChecked();
    g.roles = Checklist::checked(m_roles);
    return g;
}

bool GroupDialog::validate()
{
    if (m_name->text().trimmed().isEmpty())
        errors()->set(u"name"_s, tr("A group needs a name."));
    const QString mail = m_email->text().trimmed();
    if (!mail.isEmpty() && (!mail.contains(QLatin1Char('@')) || mail.contains(QLatin1Char(' '))))
        errors()->set(u"email"_s, tr("This is not an email address."));
    return errors()->isEmpty();
}

} // namespace infiniti
