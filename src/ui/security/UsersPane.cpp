#include "ui/security/UsersPane.h"

#include "api/EntityJob.h"
#include "formats/Json.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "ui/security/UserImportDialog.h"
#include "ui/security/UserPropertiesDialog.h"
#include "api/endpoints/CustomFieldsEndpoints.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"

#include <QFileDialog>
#include <QAction>
#include <algorithm>
#include <QStyle>
#include <QTableView>
#include <QPointer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace infiniti {

UsersPane::UsersPane(QWidget *parent)
    : ListPane(new UsersModel, {u"users"_s, tr("Filter by username, name or email (Ctrl+F)"),
                                tr("This server has no users.")},
               parent)
{
    view()->setDragEnabled(true);
    view()->setDragDropMode(QAbstractItemView::DragOnly); // drop users onto a group
    setInitialColumnWidths({200, 190, 260, 80, 90});
    // Each applies when some selected user would change.
    const auto anySelected = [this](auto test) {
        return [this, test] {
            const QList<QJsonObject> items = selectedItems();
            return std::any_of(items.cbegin(), items.cend(), [test](const QJsonObject &o) { return test(User::fromJson(o)); });
        };
    };
    addPaneAction(u"enableAction"_s, tr("&Enable"), [this] { changeSelected(Change::Enable); },
                  anySelected([](const User &u) { return u.disabled; }));
    addPaneAction(u"disableAction"_s, tr("Di&sable"), [this] { changeSelected(Change::Disable); },
                  anySelected([](const User &u) { return !u.disabled; }));
    addPaneAction(u"unlockAction"_s, tr("&Unlock"), [this] { changeSelected(Change::Unlock); },
                  anySelected([](const User &u) { return u.lockedOut; }));
    addPaneAction(u"requirePasswordAction"_s, tr("Require a new &password"), [this] { changeSelected(Change::RequirePasswordChange); },
                  anySelected([](const User &u) { return !u.changePasswordAtNextLogin; }));
    addPaneSeparator();
    QAction *import = addPaneAction(u"importUsersAction"_s, tr("&Import users from CSV…"), [this] { importUsers(); },
                                    [] { return true; }, QKeySequence(Qt::CTRL | Qt::Key_I), true);
    import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    import->setIconText(tr("Import"));
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
    auto *chooser = new QFileDialog(this, tr("Import users from CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
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
    auto *job = new EntityJob(session(), UsersEndpoints::getByName(text), this);
    connect(job, &ApiJob::finished, this, [this, job, text] {
        if (job->succeeded()) {
            openItem(job->object());
        } else if (job->error().kind() == ApiError::Kind::NotFound) {
            showNotice(tr("No user is named exactly “%1”.").arg(text));
        } else if (job->error().kind() != ApiError::Kind::Cancelled) {
            showNotice(job->error().message());
        }
    });
    job->start();
}

void UsersPane::changeSelected(Change change)
{
    QList<BulkOperation::Item> work;
    for (const auto &item : selectedItems()) {
        User u = User::fromJson(item);
        bool *flag = nullptr;
        bool wanted = true;
        switch (change) {
        case Change::Enable:
            flag = &u.disabled;
            wanted = false;
            break;
        case Change::Disable:
            flag = &u.disabled;
            break;
        case Change::Unlock:
            flag = &u.lockedOut;
            wanted = false;
            break;
        case Change::RequirePasswordChange:
            flag = &u.changePasswordAtNextLogin;
            break;
        }
        if (*flag == wanted)
            continue; // already so: nothing to send
        *flag = wanted;
        // PATCH carries the whole user (contract 4.7): start from what the server sent.
        work << BulkOperation::Item{u.id, u.username, UsersEndpoints::update(u)};
    }
    if (work.isEmpty())
        return;
    struct Texts
    {
        QString progress, done, question, action;
    };
    const QString count = countText(int(work.size()));
    const Texts texts = change == Change::Enable    ? Texts{tr("Enabling…"), tr("enabled"), tr("Enable %1?").arg(count), tr("&Enable")}
                        : change == Change::Disable ? Texts{tr("Disabling…"), tr("disabled"), tr("Disable %1?").arg(count), tr("Di&sable")}
                        : change == Change::Unlock  ? Texts{tr("Unlocking…"), tr("unlocked"), tr("Unlock %1?").arg(count), tr("&Unlock")}
                                                    : Texts{tr("Requiring a new password…"), tr("asked for a new password at the next sign-in"),
                                                            tr("Require %1 to choose a new password at the next sign-in?").arg(count),
                                                            tr("&Require")};
    if (work.size() == 1) {
        runBulk(texts.progress, texts.done, work, false);
        return;
    }
    confirmThen(texts.question, texts.action, [this, texts, work] { runBulk(texts.progress, texts.done, work, false); });
}

UserPropertiesDialog *UsersPane::openDialog(const User &user, bool isNew)
{
    auto *dialog = new UserPropertiesDialog(user, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    saveOnRequest(dialog, [dialog] {
        return dialog->isNew() ? UsersEndpoints::create(dialog->user(), dialog->password())
                               : UsersEndpoints::update(dialog->user(), dialog->password());
    });
    loadChoices(dialog);
    dialog->show();
    return dialog;
}

void UsersPane::loadChoices(UserPropertiesDialog *dialog)
{
    if (!session())
        return;
    // Pick lists of the groups and roles that exist (one page of up to 1,000 each).
    const struct
    {
        ApiRequest request;
        QLatin1StringView envelope;
        bool groups;
    } lists[] = {{GroupsEndpoints::list(0, 1000), "groups"_L1, true},
                 {RolesEndpoints::list(0, 1000), "roles"_L1, false}};
    for (const auto &l : lists) {
        auto *job = new ListPageJob(session(), l.request, l.envelope, dialog);
        const bool groups = l.groups;
        connect(job, &ApiJob::finished, dialog, [job, dialog, groups] {
            if (!job->succeeded()) { // the lists then offer only the user's own memberships, and say so
                if (job->error().kind() != ApiError::Kind::Cancelled)
                    dialog->setChoicesUnavailable(groups, job->error().message());
                return;
            }
            if (groups)
                dialog->setAvailableGroups(job->names());
            else
                dialog->setAvailableRoles(job->names());
        });
        job->start();
    }
    auto *fields = new ListPageJob(session(), CustomFieldsEndpoints::list(0, 1000), "customFields"_L1, dialog);
    connect(fields, &ApiJob::finished, dialog, [fields, dialog] {
        if (fields->succeeded())
            dialog->setDefinedCustomFields(fields->items());
        else if (fields->error().kind() != ApiError::Kind::Cancelled)
            dialog->setDefinedCustomFields({}, fields->error().message());
    });
    fields->start();
}

void UsersPane::openItem(const QJsonObject &item)
{
    const User user = User::fromJson(item);
    UserPropertiesDialog *dialog = openDialog(user, false);
    if (!session() || user.id.isEmpty())
        return;
    // The list may carry fewer fields than the user itself: show the whole, fresh user.
    auto *job = new EntityJob(session(), UsersEndpoints::get(user.id), dialog);
    QPointer<UserPropertiesDialog> guard(dialog);
    connect(job, &ApiJob::finished, this, [this, job, guard] {
        if (job->succeeded()) {
            model()->updateItem(job->object());
            if (guard)
                guard->setUser(User::fromJson(job->object()));
        } else if (guard && job->error().kind() != ApiError::Kind::Cancelled) {
            guard->setNote(tr("Showing the list's copy. %1").arg(job->error().message()));
        }
    });
    job->start();
}

void UsersPane::createItem()
{
    User fresh;
    const QLocale locale = QLocale::system();
    fresh.culture = locale.bcp47Name();
    fresh.language = fresh.culture.section(QLatin1Char('-'), 0, 0);
    fresh.timezone = QString::fromLatin1(QTimeZone::ianaIdToWindowsId(QTimeZone::systemTimeZoneId()));
    fresh.groups = {};
    openDialog(fresh, true);
}

} // namespace infiniti
