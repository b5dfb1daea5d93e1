#include "ui/security/GroupDialog.h"

#include "api/BulkOperation.h"
#include "api/Call.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/GroupMembersModel.h"
#include "ui/common/Checklist.h"
#include "ui/common/ReturnKey.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/FieldErrors.h"
#include "ui/lists/ListPane.h"
#include "ui/lists/ListStateOverlay.h"
#include "ui/lists/RowLook.h"

#include "ui_GroupDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

GroupDialog::GroupDialog(const Group &group, bool isNew, Session *session, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(group)
    , m_ui(std::make_unique<Ui::GroupDialog>())
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(isNew ? tr("New group") : tr("Properties of %1").arg(group.name));
    resize(620, 520);
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    for (const auto &key : {u"name"_s, u"email"_s, u"roles"_s})
        errors()->attach(content, key);
    m_ui->name->setText(group.name);
    m_ui->email->setText(group.email);
    m_ui->emailIndividualMembers->setChecked(group.emailIndividualMembers);
    // The server decides what kind of group it is: said in words, not as boxes to tick. A new
    // group has none yet.
    if (isNew) {
        m_ui->generalForm->removeRow(m_ui->groupKind);
    } else {
        QStringList kind;
        if (group.system)
            kind << tr("System group (built in)");
        if (group.external)
            kind << tr("External (managed by a directory)");
        m_ui->groupKind->setText(kind.isEmpty() ? tr("Ordinary group") : kind.join(u"; "_s));
    }
    Checklist::fill(m_ui->roles, {}, group.roles);
    connect(m_ui->name, &QLineEdit::textEdited, this, &GroupDialog::markModified);
    connect(m_ui->email, &QLineEdit::textEdited, this, &GroupDialog::markModified);
    connect(m_ui->emailIndividualMembers, &QCheckBox::clicked, this, &GroupDialog::markModified);
    connect(m_ui->roles, &QListWidget::itemChanged, this, &GroupDialog::markModified);

    if (isNew || !session) {
        // Members are read from and added to a group that exists on a server.
        QWidget *membersTab = m_ui->membersTab;
        m_ui->tabs->removeTab(m_ui->tabs->indexOf(membersTab));
        delete membersTab;
    } else {
        QTabWidget *tabs = m_ui->tabs;
        QWidget *membersTab = m_ui->membersTab;
        QTableView *view = m_ui->members;
        QLineEdit *who = m_ui->addMember;
        QPushButton *add = m_ui->addMemberButton;
        QPushButton *remove = m_ui->removeMembers;
        QLabel *status = m_ui->membersStatus;
        m_members = new GroupMembersModel(group.id, this);
        view->setModel(m_members);
        // As the lists of the panes look and say how they are: one line per member, loading,
        // none, or what failed (with Retry) over the list, and how many below it.
        RowLook::apply(view);
        // A dialog's width: who the members are (username, name, email) before their flags and
        // other groups, which give way first.
        auto *columns = new ColumnFitter(view, false, view);
        columns->setStretchColumn(UsersModel::Email);
        columns->setOptionalColumns(
            {UsersModel::Groups, UsersModel::LockedOut, UsersModel::Disabled});
        new ListStateOverlay(view, m_members, tr("This group has no members."));
        QLabel *count = m_ui->membersCount;
        connect(count, &QLabel::linkActivated, m_members, &PagedListModel::retry);
        const auto updateCount = [this, count] {
            count->setText(membersCountText());
        };
        connect(m_members, &PagedListModel::stateChanged, count, updateCount);
        connect(m_members, &QAbstractItemModel::rowsInserted, count, updateCount);
        connect(m_members, &QAbstractItemModel::rowsRemoved, count, updateCount);
        connect(m_members, &QAbstractItemModel::modelReset, count, updateCount);
        // Return in the name adds the member; it does not save and close the group.
        ReturnKey::runs(who, [add] { add->click(); });
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
            session
                ->update(UsersEndpoints::getByName(name),
                         [groupName](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                             User u = User::fromJson(fresh);
                             if (u.groups.contains(groupName, Qt::CaseInsensitive))
                                 return std::nullopt;
                             u.groups << groupName;
                             return UsersEndpoints::update(u);
                         })
                .then(
                    this,
                    [this, who, status, name](FreshUpdateJob &job) {
                        if (!job.sent()) {
                            status->setText(
                                tr("%1 is already a member.")
                                    .arg(Json::string(job.object(), "username"_L1, name)));
                            return;
                        }
                        status->setText(tr("%1 added.").arg(name));
                        ++m_membersChanged;
                        who->clear();
                        m_members->refresh();
                    },
                    [status](const ApiError &error) { status->setText(error.message()); });
        });
        // Remove selected acts on a selection: enabled while there is one.
        const auto updateRemove = [view, remove] {
            remove->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
        };
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
                updateRemove);
        connect(m_members, &QAbstractItemModel::modelReset, remove, updateRemove);
        connect(m_members, &QAbstractItemModel::rowsRemoved, remove, updateRemove);
        updateRemove();
        connect(remove, &QPushButton::clicked, this, [this, session, view, status, groupName] {
            QList<BulkOperation::Item> work;
            const QModelIndexList selected = view->selectionModel()->selectedRows();
            const int unread = ListPane::unreadAmong(selected);
            if (unread > 0) {
                // Removing only the rows read would leave the others in the group unsaid.
                status->setText(tr("%Ln of the selected members are not read yet, so none was "
                                   "removed: scroll through them first, or select fewer.",
                                   nullptr, unread));
                return;
            }
            for (const auto &index : selected) {
                const User listed =
                    User::fromJson(index.data(PagedListModel::JsonRole).toJsonObject());
                if (listed.id.isEmpty())
                    continue;
                work << BulkOperation::Item{
                    listed.id, listed.username, UsersEndpoints::get(listed.id),
                    [groupName](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                        User u = User::fromJson(fresh);
                        if (u.groups.removeIf([&](const QString &g) {
                                return g.compare(groupName, Qt::CaseInsensitive) == 0;
                            }) == 0)
                            return std::nullopt;
                        return UsersEndpoints::update(u);
                    }};
            }
            if (work.isEmpty())
                return;
            auto *operation = new BulkOperation(session, work, this);
            connect(operation, &BulkOperation::itemFinished, this,
                    [this](const BulkOperation::Outcome &o) {
                        if (!o.error.isError()) {
                            m_members->removeId(o.item.id);
                            ++m_membersChanged;
                        }
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
    setContent(content);
    m_shown = this->group();
    clearModified();
}

GroupDialog::~GroupDialog() = default;

void GroupDialog::reject()
{
    EntityDialog::reject();
    // The question is about this sheet's fields; members went to the server as they were added
    // or removed, and Discard does not take them back — said, not implied.
    auto *ask = findChild<QMessageBox *>(u"discardChanges"_s);
    if (ask && m_membersChanged > 0)
        ask->setInformativeText(
            tr("What you changed on the General tab has not been saved. The members you added "
               "or removed on the Members tab (%n) are already saved and stay as they are.",
               nullptr, m_membersChanged));
}

QString GroupDialog::membersCountText() const
{
    return ListPane::countLine(*m_members, [](int n) { return tr("%Ln member(s)", nullptr, n); });
}

void GroupDialog::setAvailableRoles(const QStringList &names)
{
    Checklist::fill(m_ui->roles, names, Checklist::checked(m_ui->roles));
}

Group GroupDialog::group() const
{
    Group g = m_original;
    g.name = m_ui->name->text().trimmed();
    g.email = m_ui->email->text().trimmed();
    g.emailIndividualMembers = m_ui->emailIndividualMembers->isChecked();
    g.roles = Checklist::checked(m_ui->roles);
    return g;
}

bool GroupDialog::validate()
{
    if (m_ui->name->text().trimmed().isEmpty())
        errors()->set(u"name"_s, FieldErrors::required(tr("Name")));
    const QString mail = m_ui->email->text().trimmed();
    if (!mail.isEmpty() && (!mail.contains(QLatin1Char('@')) || mail.contains(QLatin1Char(' '))))
        errors()->set(u"email"_s, tr("This is not an email address."));
    return errors()->isEmpty();
}

} // namespace infiniti
