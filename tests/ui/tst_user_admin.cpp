// Users, groups and roles administration as a user drives it (offscreen, against the emulator):
// property sheets filled and read back, 409/400 keeping the input, bulk actions whose summary
// names exactly the rows that failed, deletes, unknown permissions kept, group members.
#include "ui/shell/ConsoleController.h"
#include "ui/security/GroupDialog.h"
#include "models/GroupMembersModel.h"
#include "ui/security/GroupsPane.h"
#include "ui/shell/MainWindow.h"
#include "api/ProfileStore.h"
#include "ui/security/RoleDialog.h"
#include "ui/security/RolesPane.h"
#include "SimFixture.h"
#include "UiWait.h"
#include "ui/security/UserImportDialog.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/security/UsersPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QTest>
#include <QTreeWidget>

using namespace infiniti;
using namespace infiniti::test;

class UserAdminTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<ConsoleController> m_console;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;

    UsersPane *users() const { return m_console->window()->usersPane(); }
    template <typename T> T *pane() const { return m_console->window()->findChild<T *>(); }

    template <typename T> static T *field(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    static void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *e = field<QLineEdit>(dialog, name);
        e->clear();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii && text.size() < 100)
            QTest::keyClicks(e, text); // typed, as a user would
        else
            e->insert(text); // QTest cannot type outside ASCII
    }
    static void check(QListWidget *list, const QString &name)
    {
        const auto items = list->findItems(name, Qt::MatchExactly);
        QVERIFY2(!items.isEmpty(), qPrintable(name));
        items.first()->setCheckState(Qt::Checked);
    }
    static void save(QWidget *dialog)
    {
        field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
    }
    void selectRowsOf(QTableView *view, const QStringList &names)
    {
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (names.contains(view->model()->index(r, 0).data().toString()))
                view->selectionModel()->select(view->model()->index(r, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    // Cancel, answering "Discard" when the dialog asks about unsaved changes.
    static void closeDiscarding(QDialog *d)
    {
        d->reject();
        if (auto *ask = d->findChild<QMessageBox *>(QStringLiteral("discardChanges"))) {
            for (QAbstractButton *b : ask->buttons()) {
                if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        }
        QTRY_VERIFY(!d || !d->isVisible());
    }

    QMessageBox *visibleMessageBox() const
    {
        for (auto *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                return box;
        }
        for (auto *box : m_console->window()->findChildren<QMessageBox *>()) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(300);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("p.ini")));
        m_console = std::make_unique<ConsoleController>(m_profiles.get(), nullptr);
        m_console->startDemo(m_sim->server->baseUrl(), QStringLiteral("admin"), QStringLiteral("admin"));
        QTRY_VERIFY(m_console->window() && users()->model()->rowCount() >= 100);
    }

    void aNewUserWithEveryFieldReadsBackTheSame()
    {
        users()->newAction()->trigger();
        UserPropertiesDialog *d = nullptr;
        QTRY_VERIFY((d = users()->findChild<UserPropertiesDialog *>()) && d->isVisible());
        QVERIFY(d->isNew());
        type(d, "username", QStringLiteral("new.person"));
        type(d, "prefix", QStringLiteral("Dr"));
        type(d, "firstName", QStringLiteral("Zoë"));
        type(d, "lastName", QStringLiteral("O'Neil, Jr"));
        type(d, "jobTitle", QStringLiteral("Actuary"));
        type(d, "organization", QStringLiteral("Example Re"));
        type(d, "email", QStringLiteral("zoe@example.com"));
        type(d, "phone", QStringLiteral("+61 2 5550 1234"));
        type(d, "fax", QStringLiteral("+61 2 5550 1235"));
        const char *street[] = {"street.line1", "street.line2", "street.city", "street.state", "street.zipcode", "street.country"};
        const char *postal[] = {"postal.line1", "postal.line2", "postal.city", "postal.state", "postal.zipcode", "postal.country"};
        const QStringList streetValues = {QStringLiteral("1 George St"), QStringLiteral("Level 2"), QStringLiteral("Sydney"),
                                          QStringLiteral("NSW"), QStringLiteral("2000"), QStringLiteral("Australia")};
        for (int i = 0; i < 6; ++i) {
            type(d, street[i], streetValues[i]);
            type(d, postal[i], QStringLiteral("PO Box ") + QString::number(i));
        }
        field<QCheckBox>(d, "disabled")->click();
        field<QCheckBox>(d, "changePasswordAtNextLogin")->click();
        field<QCheckBox>(d, "passwordNeverExpires")->click();
        field<QCheckBox>(d, "twoFactorAuth")->click();
        field<QComboBox>(d, "culture")->setEditText(QStringLiteral("en-GB"));
        field<QComboBox>(d, "language")->setEditText(QStringLiteral("en"));
        field<QComboBox>(d, "timezone")->setEditText(QStringLiteral("GMT Standard Time"));
        type(d, "password", QStringLiteral("S3cret!pw"));
        type(d, "passwordAgain", QStringLiteral("S3cret!pw"));
        auto *groups = field<QListWidget>(d, "groups");
        QTRY_VERIFY(groups->count() >= 10); // the groups that exist have arrived
        check(groups, QStringLiteral("Finance"));
        check(groups, QStringLiteral("Legal"));
        auto *roles = field<QListWidget>(d, "roles");
        QTRY_VERIFY(roles->count() >= 5);
        check(roles, QStringLiteral("Designer"));
        auto *custom = field<QTableWidget>(d, "customFields");
        custom->insertRow(0);
        custom->setItem(0, 0, new QTableWidgetItem(QStringLiteral("employeeNumber")));
        custom->setItem(0, 1, new QTableWidgetItem(QStringLiteral("E-1001")));
        save(d);
        QTRY_VERIFY(!users()->findChild<UserPropertiesDialog *>());

        const auto *u = m_sim->server->store().userByName(QStringLiteral("new.person"));
        QVERIFY(u);
        QCOMPARE(u->prefix, QStringLiteral("Dr"));
        QCOMPARE(u->firstName, QStringLiteral("Zoë"));
        QCOMPARE(u->lastName, QStringLiteral("O'Neil, Jr"));
        QCOMPARE(u->jobTitle, QStringLiteral("Actuary"));
        QCOMPARE(u->organization, QStringLiteral("Example Re"));
        QCOMPARE(u->email, QStringLiteral("zoe@example.com"));
        QCOMPARE(u->phone, QStringLiteral("+61 2 5550 1234"));
        QCOMPARE(u->fax, QStringLiteral("+61 2 5550 1235"));
        QCOMPARE(u->streetAddress.value(QLatin1StringView("city")).toString(), QStringLiteral("Sydney"));
        QCOMPARE(u->streetAddress.value(QLatin1StringView("zipcode")).toString(), QStringLiteral("2000"));
        QCOMPARE(u->postalAddress.value(QLatin1StringView("country")).toString(), QStringLiteral("PO Box 5"));
        QVERIFY(u->disabled && u->changePasswordAtNextLogin && u->passwordNeverExpires && u->twoFactorAuth);
        QVERIFY(!u->lockedOut);
        QCOMPARE(u->culture, QStringLiteral("en-GB"));
        QCOMPARE(u->language, QStringLiteral("en"));
        QCOMPARE(u->timezone, QStringLiteral("GMT Standard Time"));
        QCOMPARE(u->password, QStringLiteral("S3cret!pw"));
        QCOMPARE(QSet<QString>(u->groups.begin(), u->groups.end()), (QSet<QString>{QStringLiteral("Finance"), QStringLiteral("Legal")}));
        QCOMPARE(u->roles, QStringList{QStringLiteral("Designer")});
        QCOMPARE(u->customFields.value(QLatin1StringView("employeeNumber")).toString(), QStringLiteral("E-1001"));
        // The table shows the server's answer at once.
        QCOMPARE(users()->model()->index(0, 0).data().toString(), QStringLiteral("new.person"));
    }

    void aTakenUsernameKeepsTheDialogAndItsInput()
    {
        users()->newAction()->trigger();
        UserPropertiesDialog *d = nullptr;
        QTRY_VERIFY((d = users()->findChild<UserPropertiesDialog *>()) && d->isVisible());
        type(d, "username", QStringLiteral("admin"));
        type(d, "firstName", QStringLiteral("Second"));
        type(d, "email", QStringLiteral("second@example.com"));
        save(d);
        QTRY_VERIFY(!d->findChild<QLabel *>(QStringLiteral("usernameError"))->text().isEmpty());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("usernameError"))->text().contains(QStringLiteral("taken")));
        QVERIFY(d->isVisible());
        QCOMPARE(field<QLineEdit>(d, "firstName")->text(), QStringLiteral("Second"));
        QCOMPARE(field<QLineEdit>(d, "email")->text(), QStringLiteral("second@example.com"));

        // A 400 from the server lands next to its field, the input stays.
        type(d, "username", QString(300, QLatin1Char('x')));
        save(d);
        QTRY_VERIFY(d->findChild<QLabel *>(QStringLiteral("usernameError"))->text().contains(QStringLiteral("256")));
        QCOMPARE(field<QLineEdit>(d, "firstName")->text(), QStringLiteral("Second"));

        // Our own checks stop a save before anything is sent.
        const int before = m_sim->server->requestCount();
        type(d, "username", QStringLiteral("ok.name"));
        type(d, "password", QStringLiteral("a"));
        type(d, "passwordAgain", QStringLiteral("b"));
        type(d, "email", QStringLiteral("not an email"));
        save(d);
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("passwordAgainError"))->text().isEmpty());
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("emailError"))->text().isEmpty());
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount(), before);

        // Cancel with unsaved edits asks first; "Keep editing" keeps everything.
        d->reject();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = d->findChild<QMessageBox *>(QStringLiteral("discardChanges"))) && ask->isVisible());
        QVERIFY(d->isVisible());
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
        }
        QTRY_VERIFY(!d->findChild<QMessageBox *>(QStringLiteral("discardChanges")));
        QVERIFY(d->isVisible());
        QCOMPARE(field<QLineEdit>(d, "username")->text(), QStringLiteral("ok.name"));
        // Asked again, Discard closes it.
        d->reject();
        QTRY_VERIFY((ask = d->findChild<QMessageBox *>(QStringLiteral("discardChanges"))) && ask->isVisible());
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY(!users()->findChild<UserPropertiesDialog *>());
    }

    void bulkRequireANewPasswordSkipsThoseAlreadyAsked()
    {
        QTableView *view = users()->view();
        QStringList names;
        for (int r = 40; names.size() < 3; ++r) {
            const QString n = view->model()->index(r, 0).data().toString();
            if (!m_sim->server->store().userByName(n)->changePasswordAtNextLogin)
                names << n;
        }
        // One of them already has to: it is not sent again, and the question counts the others.
        sim::SimStore::User first = *m_sim->server->store().userByName(names.at(0));
        first.changePasswordAtNextLogin = true;
        QVERIFY(m_sim->server->store().replaceUser(first.id, first));
        users()->refresh();
        QTRY_VERIFY(rowNamed(view->model(), names.at(2)) >= 0);
        selectRowsOf(view, names);
        const int before = m_sim->server->requestCount();
        users()->changeSelected(UsersPane::Change::RequirePasswordChange);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = users()->findChild<QMessageBox *>(QStringLiteral("confirm"))) && confirm->isVisible());
        QVERIFY2(confirm->text().startsWith(QStringLiteral("Require 2 user")), qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        for (const auto &n : names)
            QTRY_VERIFY(m_sim->server->store().userByName(n)->changePasswordAtNextLogin);
        QCOMPARE(m_sim->server->requestCount() - before, 2);
    }

    void bulkDisableNamesExactlyTheRowsThatFailed()
    {
        QTableView *view = users()->view();
        QStringList names;
        for (int r = 1; names.size() < 5; ++r) {
            const QString n = view->model()->index(r, 0).data().toString();
            if (!m_sim->server->store().userByName(n)->disabled)
                names << n;
        }
        const QStringList failing = {names.at(1), names.at(3)};
        for (const auto &n : failing) {
            sim::SimFaults::Rule rule;
            rule.method = "PATCH";
            rule.path = QRegularExpression(QStringLiteral("/users/") + m_sim->server->store().userByName(n)->id + QLatin1Char('$'));
            rule.status = 500;
            rule.remaining = 1;
            m_sim->server->faults().add(rule);
        }
        selectRowsOf(view, names);
        QCOMPARE(users()->selectedItems().size(), 5);
        users()->changeSelected(UsersPane::Change::Disable);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = users()->findChild<QMessageBox *>(QStringLiteral("confirm"))) && confirm->isVisible());
        QVERIFY2(confirm->text().startsWith(QStringLiteral("Disable 5 user")), qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = users()->findChild<QMessageBox *>(QStringLiteral("bulkSummary"))) && summary->isVisible());
        const QString details = summary->detailedText();
        for (const auto &n : names) {
            const bool shouldFail = failing.contains(n);
            QCOMPARE(details.contains(n + QLatin1Char(':')), shouldFail);
            QCOMPARE(m_sim->server->store().userByName(n)->disabled, !shouldFail);
        }
        QVERIFY(summary->text().startsWith(QStringLiteral("3 ")));
        summary->accept();
        // The rows show the server's answers.
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString n = view->model()->index(r, 0).data().toString();
            if (names.contains(n))
                QCOMPARE(view->model()->index(r, UsersModel::Disabled).data().toString().isEmpty(), failing.contains(n));
        }
    }

    void deleteAsksOnceAndRemovesTheRows()
    {
        QTableView *view = users()->view();
        const QStringList names = {view->model()->index(10, 0).data().toString(), view->model()->index(11, 0).data().toString()};
        selectRowsOf(view, names);
        QSignalSpy done(users(), &ListPane::bulkFinished);
        users()->deleteAction()->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = visibleMessageBox()));
        QVERIFY2(confirm->text().contains(QStringLiteral("Delete 2 user")), qPrintable(confirm->text()));
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 2); // both deleted, none failed, nothing to report
        QCOMPARE(done.at(0).at(1).toInt(), 0);
        QVERIFY(!m_sim->server->store().userByName(names.at(0)) && !m_sim->server->store().userByName(names.at(1)));
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(!names.contains(view->model()->index(r, 0).data().toString()));
    }

    void rolesKeepPermissionsThisConsoleDoesNotKnow()
    {
        sim::SimStore::Role role;
        role.name = QStringLiteral("Auditor");
        role.permissions = {QStringLiteral("Manage users"), QStringLiteral("View audit trail")};
        m_sim->server->store().addRole(role);
        auto *rolesPane = pane<RolesPane>();
        rolesPane->refresh();
        QTableView *view = rolesPane->view();
        QTRY_VERIFY(view->model()->rowCount() >= 9);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == QStringLiteral("Auditor"))
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        QTest::keyClick(view, Qt::Key_Return);
        RoleDialog *d = nullptr;
        QTRY_VERIFY((d = rolesPane->findChild<RoleDialog *>()) && d->isVisible());
        auto *permissions = field<QListWidget>(d, "permissions");
        const auto unknown = permissions->findItems(QStringLiteral("View audit trail"), Qt::MatchExactly);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first()->checkState(), Qt::Checked);
        check(permissions, QStringLiteral("Manage groups"));
        save(d);
        QTRY_VERIFY(!rolesPane->findChild<RoleDialog *>());
        const auto *saved = m_sim->server->store().roleByName(QStringLiteral("Auditor"));
        QVERIFY(saved->permissions.contains(QStringLiteral("View audit trail")));
        QVERIFY(saved->permissions.contains(QStringLiteral("Manage groups")));
    }

    void groupMembersAreAddedAndRemovedThroughTheUsers()
    {
        auto *groupsPane = pane<GroupsPane>();
        QTableView *view = groupsPane->view();
        QTRY_VERIFY(view->model()->rowCount() >= 10);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == QStringLiteral("Legal"))
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        QTest::keyClick(view, Qt::Key_Return);
        GroupDialog *d = nullptr;
        QTRY_VERIFY((d = groupsPane->findChild<GroupDialog *>()) && d->isVisible());
        d->findChild<QTabWidget *>()->setCurrentIndex(1);
        QTRY_VERIFY(d->members()->state() == PagedListModel::State::Loaded);
        type(d, "addMember", QStringLiteral("enduser"));
        for (auto *b : d->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Add"))
                b->click();
        }
        QTRY_VERIFY(m_sim->server->store().userByName(QStringLiteral("enduser"))->groups.contains(QStringLiteral("Legal")));
        auto *members = field<QTableView>(d, "members");
        QTRY_VERIFY(d->members()->rowOfId(m_sim->server->store().userByName(QStringLiteral("enduser"))->id) >= 0);
        members->selectionModel()->select(members->model()->index(d->members()->rowOfId(m_sim->server->store().userByName(QStringLiteral("enduser"))->id), 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        for (auto *b : d->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Re&move selected"))
                b->click();
        }
        QTRY_VERIFY(!m_sim->server->store().userByName(QStringLiteral("enduser"))->groups.contains(QStringLiteral("Legal")));
        closeDiscarding(d);
    }

    void exportWritesTheFilteredViewAsRfc4180()
    {
        sim::SimStore::User odd;
        odd.username = QStringLiteral("csv.person");
        odd.firstName = QStringLiteral("Ann \"Jr\", O'Neil\nSecond line");
        odd.lastName = QStringLiteral("Zoë");
        odd.email = QStringLiteral("csv@example.com");
        odd.disabled = true;
        odd.groups = {QStringLiteral("Legal"), QStringLiteral("Sales")};
        const QString id = m_sim->server->store().addUser(odd)->id;
        auto *filter = users()->findChild<QLineEdit *>(QStringLiteral("usersFilter"));
        filter->setText(QStringLiteral("csv.person"));
        QTRY_COMPARE(users()->view()->model()->rowCount(), 1);
        const QByteArray csv = users()->viewAsCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("id,Username,Name,Email,Disabled,Locked out,Groups\r"));
        QCOMPARE(csv.mid(csv.indexOf("\r\n") + 2),
                 QByteArray(id.toUtf8() + ",csv.person,\"Ann \"\"Jr\"\", O'Neil\nSecond line Zo\xC3\xAB\",csv@example.com,true,false,\"Legal, Sales\"\r\n"));
        filter->clear();
        QTRY_VERIFY(users()->view()->model()->rowCount() >= 100);
    }

    void returnInTheFilterFindsTheExactUsername()
    {
        auto *filter = users()->findChild<QLineEdit *>(QStringLiteral("usersFilter"));
        filter->setText(QStringLiteral("enduser"));
        QTest::keyClick(filter, Qt::Key_Return);
        UserPropertiesDialog *d = nullptr;
        QTRY_VERIFY((d = users()->findChild<UserPropertiesDialog *>()) && d->isVisible());
        QCOMPARE(field<QLineEdit>(d, "username")->text(), QStringLiteral("enduser"));
        closeDiscarding(d);
        QTRY_VERIFY(!users()->findChild<UserPropertiesDialog *>());
        filter->setText(QStringLiteral("nobody.at.all"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(users()->findChild<QLabel *>(QStringLiteral("usersFooter"))->text().contains(QStringLiteral("No user is named exactly")));
        filter->clear();
        QTRY_VERIFY(users()->view()->model()->rowCount() >= 100);
    }

    void droppingUsersOnAGroupAddsThem()
    {
        QTableView *usersView = users()->view();
        const QStringList names = {usersView->model()->index(20, 0).data().toString(),
                                   usersView->model()->index(21, 0).data().toString()};
        for (const auto &n : names)
            QVERIFY(!m_sim->server->store().userByName(n)->groups.contains(QStringLiteral("Compliance")));
        selectRowsOf(usersView, names);
        std::unique_ptr<QMimeData> mime(usersView->model()->mimeData(usersView->selectionModel()->selectedRows()));
        QCOMPARE(mime->text().split(QLatin1Char('\n')).size(), 2);

        auto *groupsPane = pane<GroupsPane>();
        QTableView *groupsView = groupsPane->view();
        groupsView->resize(600, 600);
        int row = -1;
        for (int r = 0; r < groupsView->model()->rowCount(); ++r) {
            if (groupsView->model()->index(r, 0).data().toString() == QStringLiteral("Compliance"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QPoint at = groupsView->visualRect(groupsView->model()->index(row, 0)).center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(groupsView->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(groupsView->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        for (const auto &n : names)
            QTRY_VERIFY(m_sim->server->store().userByName(n)->groups.contains(QStringLiteral("Compliance")));
    }

    void droppingUsersOnAGroupInTheNavigationTreeAddsThem()
    {
        QTableView *usersView = users()->view();
        const QString name = usersView->model()->index(30, 0).data().toString();
        QVERIFY(!m_sim->server->store().userByName(name)->groups.contains(QStringLiteral("Marketing")));
        selectRowsOf(usersView, {name});
        std::unique_ptr<QMimeData> mime(usersView->model()->mimeData(usersView->selectionModel()->selectedRows()));
        auto *nav = m_console->window()->findChild<QTreeWidget *>(QStringLiteral("navigation"));
        QTreeWidgetItem *target = nullptr;
        QTRY_VERIFY(!(nav->findItems(QStringLiteral("Marketing"), Qt::MatchExactly | Qt::MatchRecursive)).isEmpty());
        target = nav->findItems(QStringLiteral("Marketing"), Qt::MatchExactly | Qt::MatchRecursive).first();
        nav->scrollToItem(target);
        const QPoint at = nav->visualItemRect(target).center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(nav->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(nav->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(nav->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(m_sim->server->store().userByName(name)->groups.contains(QStringLiteral("Marketing")));
    }

    void f2OpensAGroupWithItsNameSelected()
    {
        auto *groupsPane = pane<GroupsPane>();
        QTableView *view = groupsPane->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        const QString name = view->model()->index(1, 0).data().toString();
        for (auto *a : groupsPane->actions()) {
            if (a->shortcut() == QKeySequence(Qt::Key_F2))
                a->trigger();
        }
        GroupDialog *d = nullptr;
        QTRY_VERIFY((d = groupsPane->findChild<GroupDialog *>()) && d->isVisible());
        auto *nameEdit = field<QLineEdit>(d, "name");
        QCOMPARE(nameEdit->text(), name);
        QCOMPARE(nameEdit->selectedText(), name);
        closeDiscarding(d);
    }

    void importPreviewThenImportWithResults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("username,firstName,email,groups,roles\n"
                "ui.import.one,One,one@example.com,Finance,\n"
                "ui.import.two,Two,,Legal;Sales,Designer\n"
                "ui.bad,Bad,,Unknown Group,\n");
        f.close();
        auto *dialog = new UserImportDialog(m_console->session(), users());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->loadFile(path);
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QTRY_VERIFY(importButton->isEnabled());
        auto *rows = dialog->findChild<QTableWidget *>(QStringLiteral("rows"));
        QCOMPARE(rows->rowCount(), 3);
        QVERIFY(rows->item(2, 4)->text().contains(QStringLiteral("Unknown Group")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("2 rows ready")));
        importButton->click();
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().startsWith(QStringLiteral("2 created")));
        QCOMPARE(rows->item(0, 3)->text(), QStringLiteral("ok"));
        QCOMPARE(rows->item(2, 3)->text(), QStringLiteral("rejected"));
        QVERIFY(m_sim->server->store().userByName(QStringLiteral("ui.import.two"))->roles.contains(QStringLiteral("Designer")));
        QVERIFY(!m_sim->server->store().userByName(QStringLiteral("ui.bad")));
        closeDiscarding(dialog);
        QTRY_VERIFY(users()->view()->model()->rowCount() >= 100);
    }

    void aNewGroupWithEveryFieldReadsBackTheSame()
    {
        auto *groupsPane = pane<GroupsPane>();
        groupsPane->newAction()->trigger();
        GroupDialog *d = nullptr;
        QTRY_VERIFY((d = groupsPane->findChild<GroupDialog *>()) && d->isVisible());
        type(d, "name", QStringLiteral("Auditors"));
        type(d, "email", QStringLiteral("audit@example.com"));
        for (auto *box : d->findChildren<QCheckBox *>()) {
            if (box->text().contains(QStringLiteral("individual")))
                box->click();
        }
        auto *roles = field<QListWidget>(d, "roles");
        QTRY_VERIFY(roles->count() >= 5);
        check(roles, QStringLiteral("Workflow Manager"));
        check(roles, QStringLiteral("Data Manager"));
        save(d);
        QTRY_VERIFY(!groupsPane->findChild<GroupDialog *>());
        const auto *g = m_sim->server->store().groupByName(QStringLiteral("Auditors"));
        QVERIFY(g);
        QCOMPARE(g->email, QStringLiteral("audit@example.com"));
        QVERIFY(g->emailIndividualMembers);
        QVERIFY(!g->system && !g->external);
        QCOMPARE(QSet<QString>(g->roles.begin(), g->roles.end()),
                 (QSet<QString>{QStringLiteral("Workflow Manager"), QStringLiteral("Data Manager")}));

        // Renaming onto a taken name: 409 next to the name, input kept.
        groupsPane->newAction()->trigger();
        QTRY_VERIFY((d = groupsPane->findChild<GroupDialog *>()) && d->isVisible());
        type(d, "name", QStringLiteral("Legal"));
        type(d, "email", QStringLiteral("x@example.com"));
        save(d);
        QTRY_VERIFY(d->findChild<QLabel *>(QStringLiteral("nameError"))->text().contains(QStringLiteral("taken")));
        QCOMPARE(field<QLineEdit>(d, "email")->text(), QStringLiteral("x@example.com"));
        closeDiscarding(d);
    }

    void systemGroupsAreNotDeleted()
    {
        auto *groupsPane = pane<GroupsPane>();
        QTableView *view = groupsPane->view();
        selectRowsOf(view, {QStringLiteral("Infiniti Users")});
        const int before = m_sim->server->requestCount();
        groupsPane->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleMessageBox()));
        QVERIFY2(box->text().contains(QStringLiteral("system group")), qPrintable(box->text()));
        box->accept();
        QCOMPARE(m_sim->server->requestCount(), before);
        QVERIFY(m_sim->server->store().groupByName(QStringLiteral("Infiniti Users")));
    }
};

QTEST_MAIN(UserAdminTest)
#include "tst_user_admin.moc"
