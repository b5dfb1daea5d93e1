// The console's shell as a demanding administrator uses it (issue #16), against the emulator:
// the status bar tells the connection as it is (offline, token expired, certificate untrusted
// or changed), F5 against a dead server keeps the rows under a "stale" strip, a save refused for
// an expired sign-in goes out again after signing in, Escape stops a sign-in that hangs (not the
// app), URLs are checked first, an account sees only the areas it may use, one Action menu and
// toolbar follow the pane and match its context menu, Ctrl+K finds across areas, the keyboard
// goes where it should, the window fits a small screen, and widgets have accessible names.
#include "api/AccountAccess.h"
#include "api/ProfileStore.h"
#include "FakeSecretStore.h"
#include "formats/Json.h"
#include "RawHttpResponder.h"
#include "sim/SimSeed.h"
#include "SimFixture.h"
#include "ui/design/FolderTreePanel.h"
#include "ui/lists/ListPane.h"
#include "ui/security/GroupDialog.h"
#include "ui/security/GroupsPane.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/security/UsersPane.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/ConnectionStatus.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/GlobalFind.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/Theme.h"
#include "UiWait.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (QAction *a : actions)
        out << (a->isSeparator() ? u"|"_s : plain(a->text()));
    return out;
}

// The entries of the pane's context menu, read while it is open.
QStringList contextMenuOf(ListPane *pane)
{
    QStringList entries;
    QTimer::singleShot(200, [&entries] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            entries = texts(menu->actions());
            menu->close();
        }
    });
    emit pane->view()->customContextMenuRequested(QPoint(10, 10));
    return entries;
}

sim::SimFaults::Rule everything(sim::SimFaults::Kind kind, int status = 500)
{
    sim::SimFaults::Rule rule;
    rule.path = QRegularExpression(u"."_s);
    rule.kind = kind;
    rule.status = status;
    return rule;
}
} // namespace

class ShellTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;

    // The console signed in to the emulator as `user`, its window up with users listed (or,
    // for an account without administration, its tasks).
    static MainWindow *openConsole(ConsoleController &console, const SimFixture &sim,
                                   const QString &user = u"admin"_s,
                                   const QString &password = u"admin"_s)
    {
        console.startDemo(sim.server->baseUrl(), user, password);
        if (!QTest::qWaitFor([&] {
                return console.window() && console.window()->accountAccess() &&
                       console.window()->accountAccess()->outcome() !=
                           AccountAccess::Outcome::Pending;
            }))
            return nullptr;
        MainWindow *window = console.window();
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window);
        return window;
    }
    static QTableView *usersView(MainWindow *w) { return w->usersPane()->view(); }
    static Pane *paneTitled(MainWindow *w, const QString &title)
    {
        for (Pane *p : w->panes()) {
            if (p->title() == title)
                return p;
        }
        return nullptr;
    }
    static QStringList visibleSections(MainWindow *w)
    {
        QStringList out;
        QTreeWidgetItem *server = w->findChild<QTreeWidget *>(u"navigation"_s)->topLevelItem(0);
        for (int i = 0; i < server->childCount(); ++i) {
            if (!server->child(i)->isHidden())
                out << server->child(i)->text(0);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QSettings().remove(u"window"_s);
        QSettings().remove(u"views"_s);
        m_sim = std::make_unique<SimFixture>(300);
    }
    void cleanup()
    {
        m_sim->server->faults().clear();
        QSettings().remove(u"window"_s);
    }

    void theStatusBarTellsTheConnectionAndF5KeepsTheRows()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        auto *state = w->findChild<QLabel *>(u"connectionState"_s);
        QTRY_COMPARE(w->connectionStatus()->state(), ConnectionStatus::State::Connected);
        QCOMPARE(state->text(), u"Connected"_s);
        // The whole list: its first page shows before its length is known.
        QTRY_VERIFY(w->usersPane()->listModel()->state() == PagedListModel::State::Loaded &&
                    !w->usersPane()->listModel()->isFetching());
        const int rows = usersView(w)->model()->rowCount();

        // The server goes away; F5 in the list: the rows stay, marked stale, and the status
        // bar says Offline instead of "Signed in".
        m_sim->server->faults().add(everything(sim::SimFaults::Kind::Reset));
        usersView(w)->setFocus();
        QTest::keyClick(usersView(w), Qt::Key_F5);
        QWidget *stale = w->usersPane()->staleBanner();
        QTRY_VERIFY_WITH_TIMEOUT(stale->isVisible(), 10000);
        QCOMPARE(usersView(w)->model()->rowCount(), rows);
        QVERIFY(stale->findChild<QLabel *>(u"staleText"_s)->text().contains(u"refresh failed"_s));
        QTRY_COMPARE(w->connectionStatus()->state(), ConnectionStatus::State::Offline);
        QVERIFY(state->text().startsWith(u"Offline"_s));
        QVERIFY(!state->toolTip().isEmpty());

        // Back again: Retry on the strip replaces the rows and the state follows.
        m_sim->server->faults().clear();
        stale->findChild<QToolButton *>(u"staleRetry"_s)->click();
        QTRY_VERIFY(!stale->isVisible());
        QTRY_COMPARE(usersView(w)->model()->rowCount(), rows); // the first page, then the rest
        QTRY_COMPARE(w->connectionStatus()->state(), ConnectionStatus::State::Connected);
        w->close();
    }

    void anExpiredTokenIsSaidSoAlsoWhenTheSignInIsCancelled()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        m_sim->server->store().revokeToken(console.session()->token());
        w->usersPane()->refresh();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QCOMPARE(w->connectionStatus()->state(), ConnectionStatus::State::TokenExpired);
        console.signInDialog()->reject();
        QTRY_VERIFY(!console.signInDialog());
        QCOMPARE(console.session()->state(), Session::State::SignedIn); // the session's own word…
        QCOMPARE(w->connectionStatus()->state(),
                 ConnectionStatus::State::TokenExpired); // …is not what the bar says
        QCOMPARE(w->findChild<QLabel *>(u"connectionState"_s)->text(), u"Token expired"_s);
        w->close();
    }

    void aSaveRefusedForAnExpiredSignInGoesOutAfterSigningInAgain()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        QTableView *view = usersView(w);
        const int row = 5;
        const QString username = view->model()->index(row, 0).data().toString();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        UserPropertiesDialog *sheet = nullptr;
        QTRY_VERIFY((sheet = w->findChild<UserPropertiesDialog *>()) && sheet->isVisible());
        QTest::qWait(300); // the fresh user arrives
        auto *jobTitle = sheet->findChild<QLineEdit *>(u"jobTitle"_s);
        jobTitle->selectAll();
        QTest::keyClicks(jobTitle, u"Chief Tester"_s);

        m_sim->server->store().revokeToken(console.session()->token());
        sheet->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        // The save reads the user fresh first: that read is held until the sign-in and then
        // sent again, so the sheet waits with the input intact (a refused PATCH would say
        // "Sign in again" in the sheet instead: ListPane::saveFailed).
        auto *status = sheet->findChild<QLabel *>(u"status"_s);
        QVERIFY(!status->text().contains(u"invalid"_s));
        QVERIFY(sheet->isVisible());
        QCOMPARE(jobTitle->text(), u"Chief Tester"_s);
        SignInDialog *d = console.signInDialog();
        auto *pw = d->findChild<QLineEdit *>(u"passwordEdit"_s);
        pw->setFocus();
        QTest::keyClicks(pw, u"admin"_s);
        QTest::keyClick(pw, Qt::Key_Return); // Return signs in
        // The save goes out again by itself; the sheet closes on its success.
        QTRY_VERIFY_WITH_TIMEOUT(!w->findChild<UserPropertiesDialog *>() || !sheet->isVisible(),
                                 10000);
        QCOMPARE(m_sim->server->store().userByName(username)->jobTitle, u"Chief Tester"_s);
        w->close();
    }

    void escapeStopsASignInThatHangsNotTheApp()
    {
        RawHttpResponder silent(
            [](const RawHttpResponder::Request &) { return QByteArray(); }); // never answers
        ProfileStore profiles(m_dir.filePath(u"hang.ini"_s));
        FakeSecretStore secrets;
        ConsoleController console(&profiles, &secrets);
        QSignalSpy finished(&console, &ConsoleController::finished);
        console.start();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        SignInDialog *d = console.signInDialog();
        d->findChild<QLineEdit *>(u"manageEdit"_s)->setText(silent.origin());
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
        auto *pw = d->findChild<QLineEdit *>(u"passwordEdit"_s);
        pw->setFocus();
        QTest::keyClicks(pw, u"admin"_s);
        QTest::keyClick(pw, Qt::Key_Return);
        auto *status = d->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_COMPARE(status->text(), u"Signing in…"_s);
        QTRY_COMPARE(silent.requests.size(), 1);

        QTest::keyClick(pw, Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0); // the application goes on
        QVERIFY(console.signInDialog() && d->isVisible());
        QVERIFY(status->text().contains(u"stopped"_s));
        QVERIFY(d->findChild<QDialogButtonBox *>(u"buttons"_s)
                    ->button(QDialogButtonBox::Ok)
                    ->isEnabled());
        QCOMPARE(d->findChild<QLineEdit *>(u"manageEdit"_s)->text(),
                 silent.origin()); // nothing typed is lost
        // A second Escape, with nothing going on, closes it as before.
        QTest::keyClick(pw, Qt::Key_Escape);
        QTRY_COMPARE(finished.size(), 1);
    }

    void serverUrlsAreCheckedBeforeSigningIn()
    {
        for (const QString &bad : {u"enduser"_s, u"ftp://server/Manage"_s, u"my server"_s})
            QVERIFY2(!SignInDialog::urlProblem(bad, u"Produce"_s).isEmpty(), qPrintable(bad));
        for (const QString &good : {u"https://enduser"_s, u"server.example.com/Produce"_s,
                                    u"localhost:8080"_s, u"http://127.0.0.1:1234"_s})
            QVERIFY2(SignInDialog::urlProblem(good, u"Produce"_s).isEmpty(), qPrintable(good));

        ProfileStore profiles(m_dir.filePath(u"urls.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.start();
        QTRY_VERIFY(console.signInDialog());
        SignInDialog *d = console.signInDialog();
        const int before = m_sim->server->requestCount();
        d->findChild<QLineEdit *>(u"manageEdit"_s)->setText(m_sim->server->baseUrl().toString());
        d->findChild<QLineEdit *>(u"produceEdit"_s)
            ->setText(u"enduser"_s); // the username, in the wrong field
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"enduser"_s);
        d->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"enduser"_s);
        d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY(d->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Produce URL"_s));
        QCOMPARE(d->focusWidget(), d->findChild<QLineEdit *>(u"produceEdit"_s));
        QTest::qWait(100);
        QCOMPARE(m_sim->server->requestCount(), before); // nothing was sent
        QVERIFY(!console.window());
    }

    void aChangedCertificateIsItsOwnWarningWithBothFingerprints()
    {
        sim::SimOptions options;
        options.seed.users = 10;
        options.tls = true;
        sim::SimServer tlsSim(options);
        QVERIFY(tlsSim.start());
        ProfileStore profiles(m_dir.filePath(u"changed.ini"_s));
        Profile p;
        p.name = u"Renewed"_s;
        p.manageUrl = tlsSim.baseUrl();
        p.lastUser = u"admin"_s;
        const QByteArray old = QCryptographicHash::hash("the certificate trusted last year",
                                                        QCryptographicHash::Sha256)
                                   .toHex();
        p.pinnedCertificates = {old};
        profiles.save(p);
        profiles.setLastUsed(p.name);
        FakeSecretStore secrets;
        ConsoleController console(&profiles, &secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog());
        auto *pw = console.signInDialog()->findChild<QLineEdit *>(u"passwordEdit"_s);
        pw->setText(u"admin"_s);
        console.signInDialog()
            ->findChild<QDialogButtonBox *>(u"buttons"_s)
            ->button(QDialogButtonBox::Ok)
            ->click();
        CertificateTrustDialog *trust = nullptr;
        QTRY_VERIFY((trust = console.signInDialog()->findChild<CertificateTrustDialog *>()) &&
                    trust->isVisible());
        QVERIFY(trust->isChange());
        QCOMPARE(trust->windowTitle(), u"Certificate changed"_s);
        QCOMPARE(trust->findChild<QLabel *>(u"pinnedFingerprint"_s)->text(),
                 CertificateTrustDialog::formatFingerprint(old));
        QCOMPARE(trust->findChild<QLabel *>(u"fingerprint"_s)->text(),
                 CertificateTrustDialog::fingerprint(tlsSim.certificate()));
        QVERIFY(trust->findChild<QLabel *>(u"intro"_s)->text().contains(u"has changed"_s));
        QVERIFY(trust->findChild<QDialogButtonBox *>()
                    ->button(QDialogButtonBox::Cancel)
                    ->isDefault());             // No unless chosen
        QTest::keyClick(trust, Qt::Key_Return); // Return takes the default: not trusted
        QTRY_VERIFY(console.signInDialog()
                        ->findChild<QLabel *>(u"statusLabel"_s)
                        ->text()
                        .contains(u"not trusted"_s));
        QVERIFY(!console.window());
        QCOMPARE(profiles.find(u"Renewed"_s)->pinnedCertificates, QByteArrayList{old});
    }

    void aCertificateThatChangesWhileSignedInIsAskedAboutOverTheWindow()
    {
        sim::SimOptions options;
        options.seed.users = 10;
        options.tls = true;
        sim::SimServer tlsSim(options);
        QVERIFY(tlsSim.start());
        const QByteArray real = tlsSim.certificate().digest(QCryptographicHash::Sha256).toHex();
        ProfileStore profiles(m_dir.filePath(u"rotated.ini"_s));
        FakeSecretStore secrets;
        ConsoleController console(&profiles, &secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog());
        SignInDialog *d = console.signInDialog();
        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Rotated"_s);
        d->findChild<QLineEdit *>(u"manageEdit"_s)->setText(tlsSim.baseUrl().toString());
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
        d->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"admin"_s);
        d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        CertificateTrustDialog *trust = nullptr;
        QTRY_VERIFY((trust = d->findChild<CertificateTrustDialog *>()) && trust->isVisible());
        trust->findChild<QPushButton *>(u"trust"_s)->click();
        QTRY_VERIFY(console.window() && usersView(console.window())->model()->rowCount() >= 10);
        MainWindow *w = console.window();

        // The server's certificate no longer matches what was pinned (as after a renewal):
        // a new connection is refused, the bar says so, and the question comes over the window.
        Profile p = console.session()->profile();
        p.pinnedCertificates = {
            QCryptographicHash::hash("before the renewal", QCryptographicHash::Sha256).toHex()};
        console.session()->setProfile(p);
        console.session()->network()->clearConnectionCache();
        w->usersPane()->refresh();
        QTRY_VERIFY((trust = w->findChild<CertificateTrustDialog *>()) && trust->isVisible());
        QVERIFY(trust->isChange());
        QCOMPARE(w->connectionStatus()->state(), ConnectionStatus::State::CertificateChanged);
        QVERIFY(w->findChild<QLabel *>(u"connectionState"_s)
                    ->text()
                    .contains(u"Certificate changed"_s));
        QVERIFY(w->usersPane()->staleBanner()->isVisible()); // the rows stay meanwhile
        trust->findChild<QPushButton *>(u"trust"_s)->click();
        QTRY_VERIFY(!w->usersPane()->staleBanner()->isVisible());
        QTRY_COMPARE(w->connectionStatus()->state(), ConnectionStatus::State::Connected);
        QVERIFY(console.session()->profile().pinnedCertificates.contains(real));
        QVERIFY(profiles.find(u"Rotated"_s)->pinnedCertificates.contains(real)); // and kept
        w->close();
    }

    void anAccountWithoutAdministrationSeesTheProduceSideOnly()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim, QString::fromLatin1(sim::kEndUser),
                                    QString::fromLatin1(sim::kEndUserPassword));
        QVERIFY(w);
        QCOMPARE(w->accountAccess()->outcome(), AccountAccess::Outcome::NoAdministration);
        QCOMPARE(visibleSections(w), QStringList{u"Produce"_s});
        QCOMPARE(w->currentPane()->title(), u"My tasks"_s); // the first area it may use
        QVERIFY(!w->offers(w->usersPane()));
        int goAreas = 0;
        QList<QKeySequence> keys;
        for (QAction *a : w->findChild<QMenu *>(u"goMenu"_s)->actions()) {
            if (!a->isSeparator() && a->isVisible()) {
                ++goAreas;
                keys << a->shortcut();
            }
        }
        QCOMPARE(goAreas, 4);
        QCOMPARE(keys.value(0), QKeySequence(Qt::CTRL | Qt::Key_1)); // Ctrl+1 is My tasks now
        QVERIFY(!w->findChild<QAction *>(u"licenseAction"_s)->isEnabled());
        QVERIFY(w->findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Produce only"_s));
        w->close();

        ConsoleController admin(nullptr, nullptr);
        w = openConsole(admin, *m_sim);
        QVERIFY(w);
        QCOMPARE(visibleSections(w), (QStringList{u"Security"_s, u"Design"_s, u"Workflow"_s,
                                                  u"Settings"_s, u"Produce"_s}));
        QVERIFY(w->findChild<QAction *>(u"licenseAction"_s)->isEnabled());
        w->close();
    }

    void theActionMenuAndToolbarFollowThePaneAndMatchItsContextMenu()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        auto *actionMenu = w->findChild<QMenu *>(u"actionMenu"_s);
        auto *toolbar = w->findChild<QToolBar *>(u"toolbar"_s);
        QVERIFY(actionMenu && toolbar && toolbar->isVisible());
        const QStringList menu = texts(actionMenu->actions());
        QVERIFY(menu.contains(u"Import users from CSV…"_s));
        QVERIFY(menu.contains(u"Enable"_s) && menu.contains(u"Unlock"_s) &&
                menu.contains(u"Properties"_s));
        QCOMPARE(contextMenuOf(w->usersPane()),
                 menu); // one place: the same entries, the same order
        QVERIFY(toolbar->actions().contains(w->findChild<QAction *>(u"importUsersAction"_s)));
        QVERIFY(toolbar->actions().contains(w->usersPane()->newAction()));

        // Enabled state follows the selection: Unlock only with a locked-out user selected.
        QAction *unlock = w->usersPane()->findChild<QAction *>(u"unlockAction"_s);
        QAction *properties = w->usersPane()->propertiesAction();
        usersView(w)->clearSelection();
        QVERIFY(!unlock->isEnabled());
        QVERIFY(!properties->isEnabled());
        const QAbstractItemModel *rows = usersView(w)->model();
        PagedListModel *users = w->usersPane()->listModel();
        int locked = -1;
        for (int r = 0; locked < 0; ++r) {
            if (r == rows->rowCount()) { // none among the rows loaded: scroll on (a strict server's
                                         // pages hold 25)
                if (!users->canFetchMore())
                    break;
                users->fetchMore();
                QTRY_VERIFY(rows->rowCount() > r || users->state() == PagedListModel::State::Error);
                QVERIFY(users->state() != PagedListModel::State::Error);
            }
            // The server's keys in its casing (PascalCase from a strict server).
            if (Json::boolean(rows->index(r, 0).data(PagedListModel::JsonRole).toJsonObject(),
                              "lockedOut"_L1))
                locked = r;
        }
        QVERIFY(locked >= 0);
        const QModelIndex index = rows->index(locked, 0);
        usersView(w)->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        usersView(w)->setCurrentIndex(index);
        QVERIFY(unlock->isEnabled());
        QVERIFY(properties->isEnabled());

        // Another pane, other actions.
        Pane *workflows = paneTitled(w, u"Workflows"_s);
        w->goTo(workflows);
        QTRY_VERIFY(static_cast<ListPane *>(workflows)->view()->model()->rowCount() > 0);
        const QStringList workflowMenu = texts(actionMenu->actions());
        QVERIFY(workflowMenu.contains(u"Abort…"_s) && workflowMenu.contains(u"Reassign…"_s));
        QVERIFY(!workflowMenu.contains(u"Import users from CSV…"_s));
        QVERIFY(!toolbar->actions().contains(w->findChild<QAction *>(u"importUsersAction"_s)));
        QCOMPARE(contextMenuOf(static_cast<ListPane *>(workflows)), workflowMenu);
        // The toolbar holds the pane's main actions: a workflow's Abort, Reassign and Revert,
        // and everything that may be done with a task.
        for (const QString &name : {u"abortAction"_s, u"reassignAction"_s, u"revertAction"_s})
            QVERIFY2(toolbar->actions().contains(workflows->findChild<QAction *>(name)),
                     qPrintable(name));
        // One wording per command: Revert opens a question, so it ends in an ellipsis.
        QVERIFY(workflowMenu.contains(u"Revert…"_s));
        Pane *tasks = paneTitled(w, u"My tasks"_s);
        w->goTo(tasks);
        for (const QString &name : {u"submitAction"_s, u"revertAction"_s, u"reassignAction"_s,
                                    u"unlockAction"_s, u"cancelTaskAction"_s})
            QVERIFY2(toolbar->actions().contains(tasks->findChild<QAction *>(name)),
                     qPrintable(name));
        w->goTo(workflows);
        // Every toolbar entry in every area reads as in the menus (an ellipsis where a dialog
        // follows), not a shorter word of its own; and it is the one control on screen for its
        // command: no button in the pane says the same (Projects' Import…/Export…, Forms').
        for (Pane *pane : w->panes()) {
            w->goTo(pane);
            QStringList onToolbar;
            for (QAction *a : toolbar->actions()) {
                if (a->isSeparator())
                    continue;
                QCOMPARE(a->iconText(), plain(a->text()));
                onToolbar << plain(a->text());
            }
            for (const QAbstractButton *button : pane->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && button->window() == w)
                    QVERIFY2(!onToolbar.contains(plain(button->text())),
                             qPrintable(pane->title() + u": "_s + button->text()));
            }
        }
        // The shortcut shown is the one that works: Ctrl+I imports only in Users.
        QCOMPARE(w->findChild<QAction *>(u"importUsersAction"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
        w->close();
    }

    void theEditMenuActsOnWhatIsThere()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTableView *users = usersView(w);
        QTRY_VERIFY(users->model()->rowCount() >= firstPageRows());
        auto *copy = w->findChild<QAction *>(u"copyAction"_s);
        auto *selectAll = w->findChild<QAction *>(u"selectAllAction"_s);
        QVERIFY(copy && selectAll);
        users->setFocus();
        users->clearSelection();
        QVERIFY(!copy->isEnabled()); // nothing to copy
        users->selectRow(3);
        QVERIFY(copy->isEnabled());
        // Edit → Select all: every row of the list with the keyboard.
        QVERIFY(selectAll->isEnabled());
        selectAll->trigger();
        QCOMPARE(users->selectionModel()->selectedRows().size(), users->model()->rowCount());
        // Ctrl+A stays the list's own: one key, not two shortcuts that cancel each other.
        users->clearSelection();
        QTest::keyClick(users, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(users->selectionModel()->selectedRows().size(), users->model()->rowCount());
        // Another area with nothing selected: Copy waits there.
        auto *roles = static_cast<ListPane *>(paneTitled(w, u"Roles"_s));
        w->goTo(roles);
        QTRY_VERIFY(roles->view()->model()->rowCount() > 0);
        roles->view()->clearSelection();
        QVERIFY(!copy->isEnabled());
        w->close();
    }

    void ctrlKFindsAcrossAreasAndOpensWhatIsChosen()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        auto *groups = static_cast<ListPane *>(paneTitled(w, u"Groups"_s));
        QTRY_VERIFY(groups->listModel()->rowCount() > 10);

        usersView(w)->setFocus();
        QTest::keyClick(usersView(w), Qt::Key_K, Qt::ControlModifier);
        GlobalFind *find = nullptr;
        QTRY_VERIFY((find = w->findChild<GlobalFind *>()) && find->isVisible());
        const QString note = find->findChild<QLabel *>(u"findNote"_s)->text();
        QVERIFY(note.contains(u"loaded"_s)); // says what it covers: the loaded rows, of these
        for (const QString &area : {u"Workflows"_s, u"Data sources"_s, u"Published projects"_s})
            QVERIFY2(note.contains(area), qPrintable(note));
        QTreeWidget *results = find->results();
        // Users found by their group say so, not only their names (which do not hold it).
        QTest::keyClicks(find->field(), u"claim"_s);
        const auto heading = [results](const QString &kind) -> QTreeWidgetItem * {
            for (int i = 0; i < results->topLevelItemCount(); ++i) {
                if (results->topLevelItem(i)->text(0) == kind)
                    return results->topLevelItem(i);
            }
            return nullptr;
        };
        QTreeWidgetItem *users = nullptr;
        QTRY_VERIFY2((users = heading(u"Users"_s)) && users->childCount() > 0,
                     qPrintable(QString::number(results->topLevelItemCount())));
        int byGroup = 0;
        for (int i = 0; i < users->childCount(); ++i) {
            const QTreeWidgetItem *found = users->child(i);
            if (!(found->flags() & Qt::ItemIsSelectable) ||
                found->text(0).contains(u"claim"_s, Qt::CaseInsensitive))
                continue; // "…and 3 more", or found by its name
            QCOMPARE(found->text(1), u"Groups: Claims"_s);
            ++byGroup;
        }
        QVERIFY(byGroup > 0);
        find->field()->clear();
        QTest::keyClicks(find->field(), u"Finance"_s);
        QTRY_VERIFY(results->topLevelItemCount() > 0);
        QStringList kinds;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            kinds << results->topLevelItem(i)->text(0);
        QVERIFY2(kinds.contains(u"Groups"_s), qPrintable(kinds.join(u", "_s)));
        // Walk down to the group and open it with Return.
        for (int i = 0; i < 40 && !(results->currentItem() &&
                                    results->currentItem()->text(0) == "Finance"_L1 &&
                                    results->currentItem()->parent()->text(0) == "Groups"_L1);
             ++i)
            QTest::keyClick(find->field(), Qt::Key_Down);
        QCOMPARE(results->currentItem()->text(0), u"Finance"_s);
        QTest::keyClick(find->field(), Qt::Key_Return);
        QTRY_COMPARE(w->currentPane(), static_cast<Pane *>(groups));
        GroupDialog *sheet = nullptr;
        QTRY_VERIFY((sheet = w->findChild<GroupDialog *>()) && sheet->isVisible());
        QCOMPARE(sheet->windowTitle(), u"Properties of Finance"_s);
        QCOMPARE(Json::string(groups->selectedItems().value(0), "name"_L1), u"Finance"_s);
        sheet->close();

        // A user beyond the loaded pages: the server is asked for the exact name.
        const sim::SimStore::User *last =
            m_sim->server->store().userAt(m_sim->server->store().userCount() - 1);
        const QString name = last->username;
        QCOMPARE(w->usersPane()->model()->rowOfId(last->id), -1);
        QCOMPARE(w->showFind(), find); // the same popup, on the last search
        QCOMPARE(find->field()->selectedText(), u"Finance"_s);
        find->field()->clear();
        QTest::keyClicks(find->field(), name);
        QTRY_VERIFY(results->currentItem() && results->currentItem()->text(0) == name);
        QCOMPARE(results->currentItem()->text(1), u"found on the server"_s);
        QTest::keyClick(find->field(), Qt::Key_Return);
        UserPropertiesDialog *user = nullptr;
        QTRY_VERIFY((user = w->findChild<UserPropertiesDialog *>()) && user->isVisible());
        QCOMPARE(user->windowTitle(), u"Properties of %1"_s.arg(name));
        QCOMPARE(w->currentPane(), static_cast<Pane *>(w->usersPane()));
        user->close();
        w->close();
    }

    void theKeyboardGoesWhereItShould()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QTRY_VERIFY(usersView(w)->model()->rowCount() >= firstPageRows());
        auto *nav = w->findChild<QTreeWidget *>(u"navigation"_s);
        nav->setFocus();
        // Go (Ctrl+2): Groups, with the keyboard in its list.
        QTest::keyClick(nav, Qt::Key_2, Qt::ControlModifier);
        auto *groups = static_cast<ListPane *>(paneTitled(w, u"Groups"_s));
        QCOMPARE(w->currentPane(), static_cast<Pane *>(groups));
        QTRY_VERIFY(groups->view()->hasFocus());

        // Tab leaves a list at once rather than walking its cells.
        QTRY_VERIFY(groups->listModel()->rowCount() > 5);
        groups->view()->setCurrentIndex(groups->view()->model()->index(0, 0));
        QTest::keyClick(groups->view(), Qt::Key_Tab);
        QVERIFY(!groups->view()->hasFocus());
        QCOMPARE(groups->view()->currentIndex().row(), 0);

        // Escape clears the filter; a second Escape goes back to the list.
        groups->focusFind();
        auto *filter = groups->findChild<QLineEdit *>(u"groupsFilter"_s);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"zzz"_s);
        QTRY_COMPARE(groups->view()->model()->rowCount(), 0);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QTRY_VERIFY(groups->view()->model()->rowCount() > 5);
        QVERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(groups->view()->hasFocus());
        w->close();
    }

    void aGroupPickedInTheTreeIsTheOneInTheList()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        auto *nav = w->findChild<QTreeWidget *>(u"navigation"_s);
        auto *groups = static_cast<ListPane *>(paneTitled(w, u"Groups"_s));
        QTreeWidgetItem *groupsItem = nullptr;
        for (QTreeWidgetItem *i :
             nav->findItems(u"Groups"_s, Qt::MatchExactly | Qt::MatchRecursive))
            groupsItem = i;
        QVERIFY(groupsItem);
        QTRY_VERIFY(groupsItem->childCount() > 3);
        nav->setFocus();
        // Moving through the groups under Groups selects each in the list; the keys stay in
        // the tree.
        for (const int child : {2, 3}) {
            QTreeWidgetItem *item = groupsItem->child(child);
            nav->setCurrentItem(item);
            QCOMPARE(w->currentPane(), static_cast<Pane *>(groups));
            const QList<QJsonObject> selected = groups->selectedItems();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(Json::string(selected.at(0), "name"_L1), item->text(0));
            QVERIFY(nav->hasFocus());
        }
        // Enter opens its properties.
        const QString name = groupsItem->child(3)->text(0);
        QTest::keyClick(nav, Qt::Key_Return);
        GroupDialog *sheet = nullptr;
        QTRY_VERIFY((sheet = w->findChild<GroupDialog *>()) && sheet->isVisible());
        QCOMPARE(sheet->windowTitle(), u"Properties of %1"_s.arg(name));
        sheet->close();
        w->close();
    }

    void theListFooterReadsAsWrittenWithAFilter()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        auto *library = static_cast<ListPane *>(paneTitled(w, u"Content library"_s));
        w->goTo(library);
        QTRY_VERIFY(library->listModel()->rowCount() >= 7);
        // One type of the several: fewer shown than loaded, so the footer counts both.
        auto *type = library->findChild<QComboBox *>(u"libraryTypeFilter"_s);
        QTRY_VERIFY(type->count() > 2);
        type->setCurrentIndex(1);
        auto *footer = library->findChild<QLabel *>(u"libraryFooter"_s);
        QTRY_VERIFY(footer->text().contains(u" · "_s));
        QVERIFY2(!footer->text().contains(QChar(0x00C2)), qPrintable(footer->text())); // no "Â·"
        w->close();
    }

    void aBranchThatCouldNotBeReadSaysSo()
    {
        sim::SimFaults::Rule groupsFail;
        groupsFail.method = "GET";
        groupsFail.path = QRegularExpression(u"/admin/groups\\?"_s);
        groupsFail.status = 500;
        m_sim->server->faults().add(groupsFail);
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        auto *nav = w->findChild<QTreeWidget *>(u"navigation"_s);
        QTreeWidgetItem *groupsItem =
            nav->findItems(u"Groups"_s, Qt::MatchExactly | Qt::MatchRecursive).value(0);
        QVERIFY(groupsItem);
        QTRY_VERIFY(groupsItem->childCount() == 1 &&
                    groupsItem->child(0)->text(0).contains(u"could not be read"_s));
        QVERIFY(!groupsItem->child(0)->toolTip(0).isEmpty());
        // Activating it retries; the groups come.
        m_sim->server->faults().clear();
        emit nav->itemActivated(groupsItem->child(0), 0);
        QTRY_VERIFY(groupsItem->childCount() > 10);
        for (int i = 0; i < groupsItem->childCount(); ++i)
            QVERIFY(!groupsItem->child(i)->text(0).contains(u"could not be read"_s));
        w->close();
    }

    void theWindowFitsASmallScreenAndNamesItselfOnce()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QVERIFY(!w->windowTitle().contains(
            QApplication::applicationDisplayName())); // the desktop adds it
        QCOMPARE(w->windowTitle(), console.session()->profile().name);
        const QSize least = w->minimumSizeHint();
        QVERIFY2(least.width() <= 1024 && least.height() <= 640,
                 qPrintable(u"%1×%2"_s.arg(least.width()).arg(least.height())));
        const QRect screen = w->screen()->availableGeometry();
        QVERIFY(w->width() <= screen.width() && w->height() <= screen.height());
        w->close();
    }

    // At 800×600 the navigation and the folder tree kept their widths and the projects list got
    // some 300 px; now they give way first, and take their widths back when there is room.
    void aSmallWindowGivesTheListTheRoomFirst()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        auto *projects = static_cast<ListPane *>(paneTitled(w, u"Projects"_s));
        w->goTo(projects);
        QTRY_VERIFY(projects->listModel()->rowCount() > 0);
        auto *nav = w->findChild<QTreeWidget *>(u"navigation"_s);
        auto *folders = projects->findChild<FolderTreePanel *>();
        QVERIFY(folders);
        w->resize(1280, 800);
        QTRY_COMPARE(w->width(), 1280);
        QTRY_VERIFY(projects->view()->width() > 700);
        const int navWide = nav->width(), foldersWide = folders->width();
        w->resize(800, 600);
        QTRY_COMPARE(w->width(), 800);
        QTRY_VERIFY2(projects->view()->width() >= 420,
                     qPrintable(u"navigation %1, folders %2, list %3"_s.arg(nav->width())
                                    .arg(folders->width())
                                    .arg(projects->view()->width())));
        QVERIFY(nav->width() < navWide);
        QVERIFY(folders->width() < foldersWide);
        w->resize(1280, 800);
        QTRY_COMPARE(nav->width(), navWide);
        QTRY_COMPARE(folders->width(), foldersWide);
        w->close();
    }

    // A long notice in a list's footer (a sync export names every part it wrote) never widens
    // the window: the footer wraps in the width it has, the whole text is its tooltip, and the
    // window can still be made as small as before.
    void aLongFooterNoticeNeverWidensTheWindow()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        w->resize(1100, 700);
        auto *projects = static_cast<ListPane *>(paneTitled(w, u"Projects"_s));
        QVERIFY(projects);
        w->goTo(projects);
        QTRY_VERIFY(projects->listModel()->rowCount() > 0);
        const QSize before = w->minimumSizeHint();
        QString notice =
            u"Saved /home/someone/Documents/exports/sync package.iqpkg (179.12 KiB):"_s;
        for (int i = 0; i < 12; ++i)
            notice += u" Projects: 1, Data sources: 3, Users: 252, Groups: 14, Roles: 8,"_s;
        projects->showNotice(notice);
        auto *footer = projects->findChild<QLabel *>(u"projectsFooter"_s);
        QVERIFY(footer);
        QVERIFY(footer->text().startsWith(notice));
        QTest::qWait(200); // the layouts take the new text in
        const QSize after = w->minimumSizeHint();
        QVERIFY2(after.width() <= before.width() && after.width() <= 1024,
                 qPrintable(u"%1 → %2"_s.arg(before.width()).arg(after.width())));
        QVERIFY2(after.height() <= 640, qPrintable(QString::number(after.height())));
        QCOMPARE(w->width(), 1100);
        QVERIFY(footer->width() <= projects->width());
        QCOMPARE(footer->toolTip(), notice);
        w->close();
    }

    // Users had a workstation for an icon and Groups a list view's, Qt having no person among
    // its standard icons. Users, Groups and Roles have icons of their own — a person, people, a
    // key —, unlike any other area's, drawn in the palette's text colour so that they read on a
    // light and a dark theme alike (and at any size).
    void usersGroupsAndRolesHaveIconsOfTheirOwnInLightAndDark()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        const auto restore = qScopeGuard([] { Theme::apply(Theme::Mode::System); });
        QTreeWidgetItem *server = w->findChild<QTreeWidget *>(u"navigation"_s)->topLevelItem(0);
        QList<QTreeWidgetItem *> areas;
        for (int i = 0; i < server->childCount(); ++i) {
            for (int j = 0; j < server->child(i)->childCount(); ++j)
                areas << server->child(i)->child(j);
        }
        const QStringList ours{u"Users"_s, u"Groups"_s, u"Roles"_s};
        const auto image = [](const QIcon &icon, int size, qreal ratio = 1.0) {
            return icon.pixmap(QSize(size, size), ratio)
                .toImage()
                .convertToFormat(QImage::Format_ARGB32);
        };
        // How far the icon, drawn on the list's background, stands out from it at most.
        const auto contrast = [](const QImage &icon, const QColor &behind) {
            QImage on(icon.size(), QImage::Format_ARGB32);
            on.fill(behind);
            QPainter(&on).drawImage(0, 0, icon);
            int most = 0;
            for (int y = 0; y < on.height(); ++y) {
                for (int x = 0; x < on.width(); ++x)
                    most = qMax(most, qAbs(qGray(on.pixel(x, y)) - qGray(behind.rgb())));
            }
            return most;
        };
        QHash<QString, QImage> light;
        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            Theme::apply(mode);
            const QColor base = QApplication::palette().color(QPalette::Base);
            for (const QString &name : ours) {
                QTreeWidgetItem *item = nullptr;
                for (QTreeWidgetItem *a : std::as_const(areas)) {
                    if (a->text(0) == name)
                        item = a;
                }
                QVERIFY2(item, qPrintable(name));
                const QIcon icon = item->icon(0);
                QVERIFY2(!icon.isNull(), qPrintable(name));
                const QImage mine = image(icon, 16);
                QCOMPARE(mine.size(), QSize(16, 16));
                for (QTreeWidgetItem *other : std::as_const(areas)) {
                    QVERIFY2(other == item || image(other->icon(0), 16) != mine,
                             qPrintable(name + u" looks like "_s + other->text(0)));
                }
                // It reads on the background: its outline in the text's colour.
                QVERIFY2(
                    contrast(mine, base) > 150,
                    qPrintable(
                        u"%1 in %2: %3"_s.arg(name, Theme::name(mode)).arg(contrast(mine, base))));
                // Drawn at the size asked for, also on a screen of twice the density.
                for (const int size : {22, 32, 48})
                    QVERIFY(contrast(image(icon, size), base) > 150);
                const QImage sharp = image(icon, 16, 2.0);
                QCOMPARE(sharp.size(), QSize(32, 32));
                QVERIFY(contrast(sharp, base) > 150);
                if (mode == Theme::Mode::Light)
                    light.insert(name, mine);
                else
                    QVERIFY2(mine != light.value(name), qPrintable(name)); // it follows the theme
            }
        }
        w->close();
    }

    void widgetsWhoseTextDoesNotSayWhatTheyAreHaveNames()
    {
        ConsoleController console(nullptr, nullptr);
        MainWindow *w = openConsole(console, *m_sim);
        QVERIFY(w);
        QStringList unnamed;
        const auto named = [w](QWidget *widget) {
            if (!widget->accessibleName().isEmpty())
                return true;
            for (QLabel *label : w->findChildren<QLabel *>()) {
                if (label->buddy() == widget)
                    return true;
            }
            return false;
        };
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            bool part =
                widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QHeaderView *>(widget);
            for (QWidget *up = widget->parentWidget(); up && !part; up = up->parentWidget())
                part = qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up);
            if (part)
                continue; // parts of another widget (a table's header, a combo box's list)
            const bool needsName =
                qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QToolBar *>(widget) ||
                (qobject_cast<QToolButton *>(widget) &&
                 static_cast<QToolButton *>(widget)->text().isEmpty() &&
                 !static_cast<QToolButton *>(widget)->defaultAction());
            if (needsName && !named(widget))
                unnamed << u"%1 (%2 in %3)"_s.arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                    widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
        w->close();
    }
};

QTEST_MAIN(ShellTest)
#include "tst_shell.moc"
