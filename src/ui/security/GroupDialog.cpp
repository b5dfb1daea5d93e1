#include "ui/security/GroupDialog.h"

#include "api/Call.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "models/GroupMembersModel.h"
#include "ui/common/Checklist.h"
#include "ui/common/EscapeKey.h"
#include "ui/common/ReturnKey.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/FieldErrors.h"
#include "ui/lists/FillWhileFiltered.h"
#include "ui/lists/ListPane.h"
#include "ui/lists/ListProxy.h"
#include "ui/lists/ListStateOverlay.h"
#include "ui/lists/RowLook.h"

#include "ui_GroupDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace infiniti {

GroupDialog::GroupDialog(const Group &group, bool isNew, Session *session, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(group)
    , m_ui(std::make_unique<Ui::GroupDialog>())
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(isNew ? tr("New group") : tr("Properties of %1").arg(group.name));
    resize(640, 600); // room for the members and the changes waiting under them
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
        setUpMembers(group, session);
    }
    setContent(content);
    m_shown = this->group();
    clearModified();
}

void GroupDialog::setUpMembers(const Group &group, Session *session)
{
    QTabWidget *tabs = m_ui->tabs;
    QWidget *membersTab = m_ui->membersTab;
    QTableView *view = m_ui->members;
    QLineEdit *who = m_ui->addMember;
    QPushButton *add = m_ui->addMemberButton;
    QPushButton *remove = m_ui->removeMembers;
    m_members = new GroupMembersModel(group.id, this);
    // The filter asks the server (its search, where it has one) and narrows the rows loaded,
    // as the panes' lists do: a group may have thousands of members.
    m_membersProxy = new ListProxy(this);
    m_membersProxy->setListModel(m_members);
    m_membersProxy->setFilterKeyColumn(-1);
    m_membersProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(m_membersProxy);
    // As the lists of the panes look and say how they are: one line per member, loading,
    // none, or what failed (with Retry) over the list, and how many below it.
    RowLook::apply(view);
    FillWhileFiltered::attach(view, m_membersProxy); // members beyond the rows read are found
    // A dialog's width: who the members are (username, name, email) before their flags and
    // other groups, which give way first.
    auto *columns = new ColumnFitter(view, false, view);
    columns->setStretchColumn(UsersModel::Email);
    columns->setOptionalColumns({UsersModel::Groups, UsersModel::LockedOut, UsersModel::Disabled});
    auto *overlay = new ListStateOverlay(view, m_members, tr("This group has no members."));
    QLabel *count = m_ui->membersCount;
    connect(count, &QLabel::linkActivated, m_members, &PagedListModel::retry);
    const auto updateCount = [this, count] {
        count->setText(membersCountText());
    };
    connect(m_members, &PagedListModel::stateChanged, count, updateCount);
    connect(m_members, &QAbstractItemModel::rowsInserted, count, updateCount);
    connect(m_members, &QAbstractItemModel::rowsRemoved, count, updateCount);
    connect(m_members, &QAbstractItemModel::modelReset, count, updateCount);
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(250);
    const auto applyFilter = [this, overlay, updateCount] {
        const QString text = m_ui->membersFilter->text().trimmed();
        m_members->setSearch(text);
        m_membersProxy->setFilterFixedString(text);
        overlay->setFilterActive(!text.isEmpty());
        updateCount();
    };
    connect(filterDelay, &QTimer::timeout, this, applyFilter);
    connect(m_ui->membersFilter, &QLineEdit::textEdited, filterDelay, qOverload<>(&QTimer::start));
    // Escape empties the filter (and shows every member again); in an empty one it is the
    // sheet's Escape.
    EscapeKey::clearsFilter(m_ui->membersFilter, [filterDelay, applyFilter] {
        filterDelay->stop();
        applyFilter();
    });
    // Return in the name adds the member; it does not save and close the group.
    ReturnKey::runs(who, [add] { add->click(); });
    // Members load when the tab is first shown.
    connect(tabs, &QTabWidget::currentChanged, this, [this, session, tabs, membersTab](int) {
        if (tabs->currentWidget() == membersTab && !m_members->session())
            m_members->setSession(session);
    });

    // The username completes from the users the server finds for what is typed (its `search`,
    // contract 9.2), asked for 300 ms after the typing stops, 20 at most: never every user. A
    // server without that search sends its first users whatever was typed; only names holding
    // the text are offered, so there it offers little or nothing, and never a wrong name.
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, who);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    who->setCompleter(completer);
    auto *lookupDelay = new QTimer(this);
    lookupDelay->setSingleShot(true);
    lookupDelay->setInterval(300);
    connect(who, &QLineEdit::textEdited, lookupDelay, qOverload<>(&QTimer::start));
    auto lookup = std::make_shared<QPointer<ListPageJob>>();
    connect(lookupDelay, &QTimer::timeout, this, [this, session, who, completer, lookup] {
        const QString text = who->text().trimmed();
        if (text.size() < 2)
            return;
        if (*lookup)
            (*lookup)->abort();
        *lookup =
            session->page(UsersEndpoints::list(0, 20, text), "users"_L1)
                .then(
                    this,
                    [this, who, completer, text](ListPageJob &page) {
                        QStringList names;
                        for (const auto &v : page.items()) {
                            const QString name = Json::string(v.toObject(), "username"_L1);
                            if (name.contains(text, Qt::CaseInsensitive))
                                names << name;
                        }
                        m_completions->setStringList(names);
                        if (!names.isEmpty() && who->hasFocus() && who->text().trimmed() == text)
                            completer->complete();
                    },
                    // Completion only helps: a failed lookup offers nothing, and the
                    // name typed is still looked up when it is added.
                    [](const ApiError &) {});
    });
    connect(add, &QPushButton::clicked, this, [this, session, completer] {
        completer->popup()->hide();
        addTypedMember(session);
    });

    // Remove from group acts on a selection: enabled while there is one.
    const auto updateRemove = [view, remove] {
        remove->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, remove, updateRemove);
    connect(m_membersProxy, &QAbstractItemModel::modelReset, remove, updateRemove);
    connect(m_membersProxy, &QAbstractItemModel::rowsRemoved, remove, updateRemove);
    updateRemove();
    connect(remove, &QPushButton::clicked, this, &GroupDialog::stageRemovalOfSelected);

    // The changes waiting for Save, each of which can be dropped again.
    QListWidget *pending = m_ui->pendingMembers;
    QPushButton *undo = m_ui->undoMemberChanges;
    connect(pending, &QListWidget::itemSelectionChanged, undo,
            [pending, undo] { undo->setEnabled(!pending->selectedItems().isEmpty()); });
    connect(undo, &QPushButton::clicked, this, [this, pending] {
        const auto chosen = pending->selectedItems();
        for (const QListWidgetItem *item : chosen)
            m_memberChanges.removeAll(m_memberChanges.value(pending->row(item)));
        m_ui->membersStatus->clear();
        showMemberChanges();
    });
    showMemberChanges();
}

void GroupDialog::addTypedMember(Session *session)
{
    QLineEdit *who = m_ui->addMember;
    QLabel *status = m_ui->membersStatus;
    const QString name = who->text().trimmed();
    if (name.isEmpty()) {
        status->setText(tr("Type the username of the user to add."));
        who->setFocus();
        return;
    }
    status->setText(tr("Looking up %1…").arg(name));
    // Only read here: the user is changed when the group is saved.
    session->call(UsersEndpoints::getByName(name))
        .then(
            this,
            [this, who, status](const QJsonObject &fresh) {
                const User user = User::fromJson(fresh);
                const auto staged = [this, &user](bool add) {
                    for (qsizetype i = 0; i < m_memberChanges.size(); ++i) {
                        if (m_memberChanges[i].userId == user.id && m_memberChanges[i].add == add)
                            return i;
                    }
                    return qsizetype(-1);
                };
                if (const qsizetype removal = staged(false); removal >= 0) {
                    // Taken out, then added again: it simply stays.
                    m_memberChanges.removeAt(removal);
                    status->setText(tr("%1 stays a member.").arg(user.username));
                } else if (user.groups.contains(m_shown.name, Qt::CaseInsensitive)) {
                    status->setText(tr("%1 is already a member.").arg(user.username));
                    return;
                } else if (staged(true) >= 0) {
                    status->setText(tr("%1 is already to be added.").arg(user.username));
                    return;
                } else {
                    m_memberChanges << MemberChange{user.id, user.username, true};
                    markModified();
                    status->setText(tr("%1 will be added when you save.").arg(user.username));
                }
                who->clear();
                showMemberChanges();
            },
            [status](const ApiError &error) { status->setText(error.message()); });
}

void GroupDialog::stageRemovalOfSelected()
{
    QLabel *status = m_ui->membersStatus;
    const QModelIndexList selected = m_ui->members->selectionModel()->selectedRows();
    if (const int unread = ListPane::unreadAmong(selected); unread > 0) {
        // Taking out only the rows read would leave the others in the group unsaid.
        status->setText(tr("%Ln of the selected members are not read yet, so none was taken "
                           "out: scroll through them first, or select fewer.",
                           nullptr, unread));
        return;
    }
    int staged = 0;
    for (const auto &index : selected) {
        const User listed = User::fromJson(index.data(PagedListModel::JsonRole).toJsonObject());
        if (listed.id.isEmpty())
            continue;
        const MemberChange removal{listed.id, listed.username, false};
        if (m_memberChanges.contains(removal))
            continue;
        m_memberChanges << removal;
        ++staged;
    }
    if (staged == 0)
        return;
    markModified();
    status->setText(
        tr("%n member(s) will be taken out of the group when you save.", nullptr, staged));
    m_ui->members->clearSelection();
    showMemberChanges();
}

void GroupDialog::showMemberChanges()
{
    QListWidget *pending = m_ui->pendingMembers;
    pending->clear();
    for (const MemberChange &change : std::as_const(m_memberChanges))
        pending->addItem(change.add ? tr("Add %1").arg(change.username)
                                    : tr("Remove %1 from the group").arg(change.username));
    m_ui->pendingBox->setVisible(!m_memberChanges.isEmpty());
    m_ui->undoMemberChanges->setEnabled(false);
}

bool GroupDialog::fieldsChanged() const
{
    return group().toJson() != m_shown.toJson();
}

bool GroupDialog::hasChanges() const
{
    return !m_memberChanges.isEmpty() || fieldsChanged();
}

void GroupDialog::savedInPart(const Group &saved, const QList<MemberChange> &done,
                              const QString &outcome)
{
    if (!saved.id.isEmpty()) {
        m_original = saved;
        setWindowTitle(tr("Properties of %1").arg(saved.name));
    }
    m_shown = group();
    for (const MemberChange &change : done)
        m_memberChanges.removeAll(change);
    showMemberChanges();
    m_ui->membersStatus->clear(); // what the last add said no longer applies
    if (m_members && m_members->session())
        m_members->refresh();
    showStatus(outcome);
}

GroupDialog::~GroupDialog() = default;

void GroupDialog::reject()
{
    EntityDialog::reject();
    // Members waiting to be added or removed go with the rest: said, as they are on another tab.
    auto *ask = findChild<QMessageBox *>(u"discardChanges"_s);
    if (ask && !m_memberChanges.isEmpty())
        ask->setInformativeText(tr("What you changed here has not been saved, including %n "
                                   "change(s) to the members: none of it is sent.",
                                   nullptr, int(m_memberChanges.size())));
}

QString GroupDialog::membersCountText() const
{
    const QString filter = m_members->search();
    if (filter.isEmpty())
        return ListPane::countLine(*m_members,
                                   [](int n) { return tr("%Ln member(s)", nullptr, n); });
    if (m_members->searchCoversLoadedRowsOnly())
        return ListPane::countLine(*m_members,
                                   [](int n) { return tr("%Ln member(s)", nullptr, n); }) +
               u" · "_s +
               tr("%Ln shown: this server does not search, so the filter covers the members "
                  "loaded so far",
                  nullptr, m_membersProxy->rowCount());
    return ListPane::countLine(*m_members,
                               [](int n) { return tr("%Ln member(s) match", nullptr, n); });
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
