#include "ui/security/UsersPane.h"

#include "api/Call.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/endpoints/SettingsEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/JsonEdits.h"
#include "api/Session.h"
#include "formats/Json.h"
#include "ui/security/UserImportDialog.h"
#include "ui/security/UserPropertiesDialog.h"

#include <algorithm>
#include <QAction>
#include <QFileDialog>
#include <QPointer>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace infiniti {

UsersPane::UsersPane(QWidget *parent)
    : ListPane(new UsersModel,
               {u"users"_s, tr("Filter by username, name or email (Ctrl+F)"),
                tr("This server has no users.")},
               parent)
{
    view()->setDragEnabled(true);
    view()->setDragDropMode(QAbstractItemView::DragOnly); // drop users onto a group
    setInitialColumnWidths({200, 190, 260, 80, 90});
    setColumnRoles(UsersModel::Groups);
    // Each applies when some selected user would change.
    const auto anySelected = [this](auto test) {
        return [this, test] {
            const QList<QJsonObject> items = selectedItems();
            return std::any_of(items.cbegin(), items.cend(),
                               [test](const QJsonObject &o) { return test(User::fromJson(o)); });
        };
    };
    addPaneAction(
        u"enableAction"_s, tr("En&able"), [this] { changeSelected(Change::Enable); },
        anySelected([](const User &u) { return u.disabled; }));
    addPaneAction(
        u"disableAction"_s, tr("Di&sable"), [this] { changeSelected(Change::Disable); },
        anySelected([](const User &u) { return !u.disabled; }));
    addPaneAction(
        u"unlockAction"_s, tr("&Unlock"), [this] { changeSelected(Change::Unlock); },
        anySelected([](const User &u) { return u.lockedOut; }));
    addPaneAction(
        u"requirePasswordAction"_s, tr("Require a new pass&word"),
        [this] { changeSelected(Change::RequirePasswordChange); },
        anySelected([](const User &u) { return !u.changePasswordAtNextLogin; }));
    addPaneSeparator();
    QAction *import = addPaneAction(
        u"importUsersAction"_s, tr("&Import users from CSV…"), [this] { importUsers(); },
        [] { return true; }, QKeySequence(Qt::CTRL | Qt::Key_I), true);
    import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
}

QString UsersPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, "username"_L1);
}

std::optional<ApiRequest> UsersPane::deleteRequest(const QJsonObject &item, QString *whyNot) const
{
    const User u = User::fromJson(item);
    if (session() && u.username.compare(session()->userName(), Qt::CaseInsensitive) == 0) {
        *whyNot = tr("you are signed in with this account");
        return std::nullopt;
    }
    return UsersEndpoints::remove(u.id);
}

void UsersPane::importUsers()
{
    auto *chooser = new QFileDialog(this, tr("Import users from CSV"), QString(),
                                    tr("CSV files (*.csv);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto *dialog = new UserImportDialog(session(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UserImportDialog::imported, this, [this](int created, int updated) {
            if (created + updated > 0)
                refresh(); // created users take their place in the server's order
        });
        dialog->loadFile(path);
        dialog->show();
    });
    chooser->open();
}

void UsersPane::filterSubmitted(const QString &text)
{
    // Return in the filter looks the exact username up on the server, however large the list.
    if (!session())
        return;
    session()
        ->call(UsersEndpoints::getByName(text))
        .then(
            this, [this](const QJsonObject &user) { openItem(user); },
            [this, text](const ApiError &error) {
                showNotice(error.kind() == ApiError::Kind::NotFound
                               ? tr("No user is named exactly “%1”.").arg(text)
                               : error.message());
            });
}

namespace {
// The flag a bulk change sets, and to what.
bool *flagOf(User &u, UsersPane::Change change, bool *wanted)
{
    switch (change) {
    case UsersPane::Change::Enable:
        *wanted = false;
        return &u.disabled;
    case UsersPane::Change::Disable:
        *wanted = true;
        return &u.disabled;
    case UsersPane::Change::Unlock:
        *wanted = false;
        return &u.lockedOut;
    case UsersPane::Change::RequirePasswordChange:
        *wanted = true;
        return &u.changePasswordAtNextLogin;
    }
    return nullptr;
}
} // namespace

void UsersPane::changeSelected(Change change)
{
    if (toldNothingRead(windowTitle()))
        return;
    QList<BulkOperation::Item> work;
    for (const auto &item : selectedItems()) {
        User listed = User::fromJson(item);
        bool wanted = true;
        if (*flagOf(listed, change, &wanted) == wanted)
            continue; // already so, as far as the list knows: nothing to send
        // PATCH carries the whole user (contract 4.7) and may replace it: the user is read
        // fresh and only the flag changes (a list's copy may lack fields, or be stale).
        work << BulkOperation::Item{
            listed.id, listed.username, UsersEndpoints::get(listed.id),
            [change](const QJsonObject &fresh) -> std::optional<ApiRequest> {
                User u = User::fromJson(fresh);
                bool wanted = true;
                bool *flag = flagOf(u, change, &wanted);
                if (*flag == wanted)
                    return std::nullopt;
                *flag = wanted;
                return UsersEndpoints::update(u);
            }};
    }
    if (work.isEmpty())
        return;
    struct Texts
    {
        QString progress, done, question, action;
    };
    QStringList labels;
    for (const auto &w : std::as_const(work))
        labels << w.label;
    const QString which = whichItems(labels); // "3 users: anna, bob, carl"
    const Texts texts =
        change == Change::Enable
            ? Texts{tr("Enabling…"), tr("enabled"), tr("Enable %1?").arg(which), tr("&Enable")}
        : change == Change::Disable
            ? Texts{tr("Disabling…"), tr("disabled"), tr("Disable %1?").arg(which), tr("Di&sable")}
        : change == Change::Unlock
            ? Texts{tr("Unlocking…"), tr("unlocked"), tr("Unlock %1?").arg(which), tr("&Unlock")}
            : Texts{tr("Requiring a new password…"),
                    tr("asked for a new password at the next sign-in"),
                    tr("Require a new password at the next sign-in from %1?").arg(which),
                    tr("&Require")};
    if (work.size() == 1 && unreadSelected() == 0) {
        runBulk(texts.progress, texts.done, work, BulkRows::Answered);
        return;
    }
    confirmThen(texts.question + unreadNote(), texts.action, [this, texts, work] {
        runBulk(texts.progress, texts.done, work, BulkRows::Answered);
    });
}

UserPropertiesDialog *UsersPane::openDialog(const User &user, bool isNew)
{
    auto *dialog = new UserPropertiesDialog(user, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isNew) {
        saveOnRequest(dialog, [dialog] {
            return UsersEndpoints::create(dialog->user(), dialog->password());
        });
    } else {
        // The user read again when saving, with only what was changed here laid on it.
        saveFreshOnRequest(
            dialog, UsersEndpoints::get(user.id), [dialog](const QJsonObject &fresh) {
                const User merged = User::fromJson(
                    JsonEdits::apply(fresh, dialog->shown().toJson(), dialog->user().toJson()));
                return UsersEndpoints::update(merged, dialog->password());
            });
    }
    loadChoices(dialog);
    dialog->show();
    return dialog;
}

void UsersPane::loadChoices(UserPropertiesDialog *dialog)
{
    if (!session())
        return;
    // Pick lists of every group and role that exists (all pages). Should one fail, the list
    // offers only the user's own memberships, and the sheet says why.
    session()
        ->readAll(GroupsEndpoints::list(0, 500), "groups"_L1)
        .then(
            dialog, [dialog](ListAllJob &job) { dialog->setAvailableGroups(job.names()); },
            [dialog](const ApiError &error) {
                dialog->setChoicesUnavailable(true, error.message());
            });
    session()
        ->readAll(RolesEndpoints::list(0, 500), "roles"_L1)
        .then(
            dialog, [dialog](ListAllJob &job) { dialog->setAvailableRoles(job.names()); },
            [dialog](const ApiError &error) {
                dialog->setChoicesUnavailable(false, error.message());
            });
    // The custom fields defined on the server (all pages), to show the user's values by name.
    const Collection customFields = SettingsEndpoints::customFields();
    session()
        ->readAll(customFields.list(0, 500), customFields.envelope)
        .then(
            dialog, [dialog](ListAllJob &job) { dialog->setDefinedCustomFields(job.items()); },
            [dialog](const ApiError &error) {
                dialog->setDefinedCustomFields({}, error.message());
            });
}

void UsersPane::openItem(const QJsonObject &item)
{
    const User user = User::fromJson(item);
    UserPropertiesDialog *dialog = openDialog(user, false);
    if (!session() || user.id.isEmpty())
        return;
    // The list may carry fewer fields than the user itself: show the whole, fresh user.
    session()
        ->call(UsersEndpoints::get(user.id))
        .then(
            dialog,
            [this, dialog](const QJsonObject &fresh) {
                model()->updateItem(fresh);
                dialog->setUser(User::fromJson(fresh));
            },
            [dialog](const ApiError &error) {
                dialog->setNote(tr("Showing the list's copy. %1").arg(error.message()));
            });
}

void UsersPane::createItem()
{
    User fresh;
    const QLocale locale = QLocale::system();
    fresh.culture = locale.bcp47Name();
    fresh.language = fresh.culture.section(QLatin1Char('-'), 0, 0);
    fresh.timezone =
        QString::fromLatin1(QTimeZone::ianaIdToWindowsId(QTimeZone::systemTimeZoneId()));
    fresh.groups = {};
    openDialog(fresh, true);
}

} // namespace infiniti
