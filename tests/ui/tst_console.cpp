// The console as a user drives it (offscreen): sign in through the dialog against the emulator,
// see users, reuse a remembered sign-in, get back to the dialog on a rejected token, the
// keychain banner, properties on Return, and paging only as far as the user scrolls.
#include "api/ProfileStore.h"
#include "FakeSecretStore.h"
#include "models/SparseListModel.h"
#include "SimFixture.h"
#include "ui/security/UserPropertiesDialog.h"
#include "ui/security/UsersPane.h"
#include "ui/shell/Banner.h"
#include "ui/shell/CertificateTrustDialog.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/Theme.h"
#include "UiWait.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class ConsoleTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    FakeSecretStore m_secrets;

    QString settingsFile() const { return m_dir.filePath(u"profiles.ini"_s); }

    static void fillAndSubmit(SignInDialog *d, const QString &manage, const QString &user,
                              const QString &password, bool remember,
                              const QString &name = u"Emulator"_s)
    {
        if (!name.isEmpty())
            d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
        if (!manage.isEmpty())
            d->findChild<QLineEdit *>(u"manageEdit"_s)->setText(manage);
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(user);
        auto *pw = d->findChild<QLineEdit *>(u"passwordEdit"_s);
        pw->setFocus();
        QTest::keyClicks(pw, password);
        d->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(remember);
        d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
    }

    // Started on the remembered sign-in: the window comes up without the dialog.
    static bool startsSignedIn(ConsoleController &console)
    {
        console.start();
        return QTest::qWaitFor(
            [&console] { return console.window() && console.window()->isVisible(); });
    }

    static QTableView *usersView(ConsoleController &c) { return c.window()->usersPane()->view(); }

private slots:
    void initTestCase() { m_sim = std::make_unique<SimFixture>(300); }

    void signInThroughTheDialogShowsUsers()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        SignInDialog *d = console.signInDialog();

        // Bad input first: nothing is sent, the dialog explains.
        fillAndSubmit(d, u"ftp://x"_s, u"admin"_s, u"admin"_s, true);
        auto *status = d->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status->text().contains(u"http"_s));
        QCOMPARE(status->palette().color(QPalette::WindowText), Theme::errorColor());
        QVERIFY(!console.window());

        // A wrong password keeps the dialog, its input, and says why: plainly (no "expired" at
        // a sign-in), with the server's own words, as an error.
        d->findChild<QLineEdit *>(u"passwordEdit"_s)->clear();
        fillAndSubmit(d, m_sim->server->baseUrl().toString(), u"admin"_s, u"wrong"_s, true);
        QTRY_VERIFY(status->text().contains(u"Invalid username or password"_s));
        QVERIFY2(status->text().startsWith(u"The user name or password was not accepted."_s),
                 qPrintable(status->text()));
        QVERIFY2(!status->text().contains(u"expired"_s), qPrintable(status->text()));
        QCOMPARE(status->palette().color(QPalette::WindowText), Theme::errorColor());
        QCOMPARE(d->findChild<QLineEdit *>(u"userEdit"_s)->text(), u"admin"_s);
        QVERIFY(d->isVisible());

        d->findChild<QLineEdit *>(u"passwordEdit"_s)->clear();
        fillAndSubmit(d, m_sim->server->baseUrl().toString(), u"admin"_s, u"admin"_s, true);
        QTRY_VERIFY(console.window() && console.window()->isVisible());
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        QCOMPARE(usersView(console)->model()->index(0, 0).data().toString(), u"admin"_s);
        QTRY_VERIFY(!console.signInDialog());

        // Remembered in the keychain, keyed per profile and user; no secret in the settings.
        QTRY_VERIFY(m_secrets.entries.contains(u"Emulator|admin"_s));
        const QString token = console.session()->token();
        QVERIFY(m_secrets.entries.value(u"Emulator|admin"_s).contains(token));
        QFile ini(settingsFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("Emulator"));
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(!settings.contains("password"));
    }

    void rememberedSignInIsReusedAtTheNextStart()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(console));
        QVERIFY(!console.signInDialog());
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
    }

    void theNavigationHasSectionsAGoMenuAndRemembersTheArea()
    {
        QSettings().remove(u"window"_s);
        ProfileStore profiles(settingsFile());
        QString chosen;
        {
            ConsoleController console(&profiles, &m_secrets);
            QVERIFY(startsSignedIn(console));
            MainWindow *window = console.window();
            QCOMPARE(window->currentPane(),
                     static_cast<Pane *>(window->usersPane())); // the first area, to begin with
            auto *nav = window->findChild<QTreeWidget *>(u"navigation"_s);
            QTreeWidgetItem *server = nav->topLevelItem(0);
            QStringList sections;
            for (int i = 0; i < server->childCount(); ++i) {
                sections << server->child(i)->text(0);
                QVERIFY(
                    !(server->child(i)->flags() & Qt::ItemIsSelectable)); // headings, not places
                QVERIFY(server->child(i)->childCount() > 0);
            }
            QCOMPARE(sections, (QStringList{u"Security"_s, u"Design"_s, u"Workflow"_s,
                                            u"Settings"_s, u"Produce"_s}));
            // Making a heading current opens nothing.
            nav->setCurrentItem(server->child(1));
            QCOMPARE(window->currentPane(), static_cast<Pane *>(window->usersPane()));

            // Every area is in the Go menu.
            auto *go = window->findChild<QMenu *>(u"goMenu"_s);
            QVERIFY(go);
            QAction *library = nullptr;
            QAction *second = nullptr;
            int areas = 0;
            for (QAction *a : go->actions()) {
                if (a->isSeparator())
                    continue;
                ++areas;
                if (QString(a->text()).remove(u'&') == "Content library"_L1)
                    library = a;
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                    second = a;
            }
            QCOMPARE(areas, window->findChild<QStackedWidget *>()->count());
            QVERIFY(library && second);
            QCOMPARE(second->text(), u"&Groups"_s);
            // Each has a letter of its own to reach it by (Alt+G, then the letter).
            QString letters;
            for (QAction *a : go->actions()) {
                if (a->isSeparator())
                    continue;
                const QString text = a->text();
                const qsizetype amp = text.indexOf(u'&');
                QVERIFY2(amp >= 0 && amp + 1 < text.size() && text.at(amp + 1).isLetter(),
                         qPrintable(text));
                const QChar letter = text.at(amp + 1).toLower();
                QVERIFY2(!letters.contains(letter), qPrintable(text));
                letters += letter;
            }
            // Every area has a shortcut of its own, shown in the menu (Ctrl+1…9, then Alt+1…),
            // that no other action of the window uses.
            QList<QKeySequence> goKeys;
            for (QAction *a : go->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
                QVERIFY2(!goKeys.contains(a->shortcut()), qPrintable(a->text()));
                goKeys << a->shortcut();
            }
            QCOMPARE(goKeys.value(9), QKeySequence(Qt::ALT | Qt::Key_1));
            for (QAction *a : window->findChildren<QAction *>()) {
                if (go->actions().contains(a))
                    continue;
                for (const QKeySequence &key : a->shortcuts())
                    QVERIFY2(!goKeys.contains(key), qPrintable(a->text()));
            }
            server->child(1)->setExpanded(false); // Design collapsed: Go opens it again
            library->trigger();
            QCOMPARE(window->currentPane()->title(), u"Content library"_s);
            QVERIFY(server->child(1)->isExpanded());
            QCOMPARE(nav->currentItem()->text(0), u"Content library"_s);
            server->child(4)->setExpanded(false); // Produce collapsed when the window closes
            chosen = window->currentPane()->title();
            window->close();
        }
        ConsoleController again(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(again));
        QCOMPARE(again.window()->currentPane()->title(), chosen);
        QTreeWidgetItem *server =
            again.window()->findChild<QTreeWidget *>(u"navigation"_s)->topLevelItem(0);
        QVERIFY(!server->child(4)->isExpanded());
        QVERIFY(server->child(0)->isExpanded());
        again.window()->close();
        QSettings().remove(u"window"_s);
    }

    // Ctrl+N (and the other pane shortcuts) belong to the pane in view: going through every area
    // and pressing it in the pane's list opens nothing that belongs to another pane.
    void paneShortcutsActOnlyInTheAreaInView()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(console));
        MainWindow *window = console.window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *go = window->findChild<QMenu *>(u"goMenu"_s);
        const auto belongsTo = [](const QWidget *w, const QWidget *owner) {
            for (; w; w = w->parentWidget()) {
                if (w == owner)
                    return true;
            }
            return false;
        };
        const auto noDialogOpen = [] {
            const QWidgetList tops = QApplication::topLevelWidgets();
            return std::none_of(tops.cbegin(), tops.cend(), [](QWidget *w) {
                return qobject_cast<QDialog *>(w) && w->isVisible();
            });
        };
        int opened = 0;
        for (QAction *area : go->actions()) {
            if (area->isSeparator())
                continue;
            area->trigger();
            Pane *pane = window->currentPane();
            QCOMPARE(pane->title(), QString(area->text()).remove(u'&'));
            QAbstractItemView *list = nullptr;
            for (auto *v : pane->findChildren<QAbstractItemView *>()) {
                if (v->isVisible() && !list)
                    list = v;
            }
            QVERIFY2(list, qPrintable(area->text()));
            window->activateWindow(); // back from the last area's dialog
            QVERIFY(QTest::qWaitForWindowActive(window));
            list->setFocus();
            QTRY_VERIFY2(list->hasFocus(), qPrintable(area->text()));
            QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
            QTest::qWait(50);
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(top);
                if (!dialog || !dialog->isVisible())
                    continue;
                ++opened;
                QVERIFY2(belongsTo(dialog, pane),
                         qPrintable(u"%1 opened %2"_s.arg(area->text(), dialog->windowTitle())));
                dialog->reject();
            }
            QTRY_VERIFY(noDialogOpen());
        }
        QVERIFY(opened >= 5); // users, groups, roles, library, … do offer New
        window->close();
        QSettings().remove(u"window"_s);
    }

    void checksAndRadiosShowInTheDarkTheme()
    {
        // Unticked, on a sheet and in a list: the box stands out from what it is drawn on (it
        // was a near-black square edged in near-black).
        Theme::apply(Theme::Mode::Dark);
        const auto restore = qScopeGuard([] { Theme::apply(Theme::Mode::System); });
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *box = new QCheckBox(u"Allow connection export"_s);
        auto *radio = new QRadioButton(u"Overwrite"_s);
        auto *list = new QListWidget;
        auto *item = new QListWidgetItem(QString(), list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        for (QWidget *w : {static_cast<QWidget *>(box), static_cast<QWidget *>(radio),
                           static_cast<QWidget *>(list)})
            layout->addWidget(w);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto standsOut = [](QWidget *w, const QRect &where, const QColor &behind) {
            const QImage image = w->grab().toImage();
            int most = 0;
            for (int y = where.top(); y <= where.bottom(); ++y) {
                for (int x = where.left(); x <= where.right(); ++x)
                    most = qMax(most, qAbs(qGray(image.pixel(x, y)) - qGray(behind.rgb())));
            }
            return most;
        };
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect boxRect =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QColor window = page.palette().color(QPalette::Window);
        QVERIFY2(standsOut(box, boxRect, window) > 60,
                 qPrintable(QString::number(standsOut(box, boxRect, window))));
        option.initFrom(radio);
        const QRect radioRect =
            radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
        QVERIFY(standsOut(radio, radioRect, window) > 60);
        const QRect row = list->visualItemRect(item);
        QVERIFY(standsOut(list->viewport(), row, list->palette().color(QPalette::Base)) > 60);
    }

    void theThemeSwitchesLiveAndIsRemembered()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(console));
        MainWindow *window = console.window();
        const QColor platformBase = QApplication::palette().color(QPalette::Base);
        QVERIFY(!Theme::isDark());
        auto *menu = window->findChild<QMenu *>(u"themeMenu"_s);
        QVERIFY(menu);
        const auto choose = [menu, window](const QString &name) {
            for (QAction *a : menu->actions()) {
                if (a->data().toString() == name)
                    a->trigger();
            }
            // Qt hands the new palette to the widgets from the event loop.
            QTRY_COMPARE(window->palette().color(QPalette::Base),
                         QApplication::palette().color(QPalette::Base));
        };
        auto *banner = window->findChild<Banner *>();
        auto *nav = window->findChild<QTreeWidget *>(u"navigation"_s);
        QTreeWidgetItem *heading = nav->topLevelItem(0)->child(0);

        choose(u"dark"_s);
        QVERIFY(Theme::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"dark"_s);
        QCOMPARE(Theme::saved(), Theme::Mode::Dark);
        // What our widgets colour themselves follows: the banner, the section headings.
        QCOMPARE(banner->palette().color(QPalette::Window), Theme::bannerBackground());
        QVERIFY(heading->foreground(0).color().lightness() >
                QApplication::palette().color(QPalette::Base).lightness() + 80);
        QVERIFY(Theme::errorColor().lightness() > 128); // readable on a dark background

        choose(u"light"_s);
        QVERIFY(!Theme::isDark());
        QVERIFY(heading->foreground(0).color().lightness() <
                QApplication::palette().color(QPalette::Base).lightness() - 80);
        QCOMPARE(banner->palette().color(QPalette::Window), Theme::bannerBackground());

        choose(u"system"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Base), platformBase);
        QCOMPARE(Theme::saved(), Theme::Mode::System);
        window->close();
        QSettings().remove(u"appearance"_s);
        QSettings().remove(u"window"_s);
    }

    void rejectedTokenLeadsBackToTheDialogWithTheUsername()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(console));
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        m_sim->server->store().revokeToken(console.session()->token());

        console.window()->usersPane()->refresh();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        SignInDialog *d = console.signInDialog();
        QCOMPARE(d->findChild<QLineEdit *>(u"userEdit"_s)->text(), u"admin"_s);
        QVERIFY(!d->findChild<QLineEdit *>(u"manageEdit"_s)->isEnabled());
        QCOMPARE(console.session()->state(), Session::State::Reauthenticating);
        fillAndSubmit(d, {}, u"admin"_s, u"admin"_s, true, {});
        // The parked page is replayed with the new token: the list comes back by itself (the
        // rows stayed on screen meanwhile) and is no longer stale.
        QTRY_COMPARE(console.session()->state(), Session::State::SignedIn);
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        QTRY_VERIFY(!console.window()->usersPane()->listModel()->isStale());
        QTRY_COMPARE(console.window()->usersPane()->listModel()->state(),
                     PagedListModel::State::Loaded);
    }

    void withoutAKeychainTheBannerSaysSoOnce()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        FakeSecretStore noKeychain;
        noKeychain.available = false;
        ConsoleController console(&profiles, &noKeychain);
        console.start();
        QTRY_VERIFY(console.signInDialog());
        fillAndSubmit(console.signInDialog(), m_sim->server->baseUrl().toString(), u"admin"_s,
                      u"admin"_s, true);
        QTRY_VERIFY(console.window() && console.window()->isVisible());
        auto *banner = console.window()->findChild<Banner *>(u"banner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>()->text().isEmpty() == false);
        banner->hide();
        // Signing in again in the same run does not nag a second time.
        m_sim->server->store().revokeToken(console.session()->token());
        console.window()->usersPane()->refresh();
        QTRY_VERIFY(console.signInDialog());
        fillAndSubmit(console.signInDialog(), {}, u"admin"_s, u"admin"_s, true, {});
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        QTest::qWait(100);
        QVERIFY(!banner->isVisible());
        QVERIFY(noKeychain.writes >= 2);
    }

    void returnOpensTheWholeUser()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() >= firstPageRows());
        QTableView *view = usersView(console);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        UserPropertiesDialog *props = nullptr;
        QTRY_VERIFY((props = console.window()->findChild<UserPropertiesDialog *>()) &&
                    props->isVisible());
        QCOMPARE(props->windowTitle(), u"Properties of admin"_s);
        // Every field of the user is there, the address included (read fresh: a list row keeps
        // only what its columns show).
        QStringList texts;
        const auto readFields = [&] {
            texts.clear();
            for (auto *f : props->findChildren<QLineEdit *>())
                texts << f->text();
            return texts.size() >= 20 && texts.contains(u"Brisbane"_s);
        };
        QTRY_VERIFY(readFields());
        QVERIFY(texts.contains(u"AUS Eastern Standard Time"_s));
        QVERIFY(texts.contains(u"Ada"_s));
    }

    void signingOutLogsOffAndForgetsTheToken()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        QVERIFY(startsSignedIn(console));
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        // The list's length found too (its first rows now come before it): requests still in
        // flight when signing out come back 401 and start a sign-in of their own (a race this
        // test is not about).
        QTRY_COMPARE(console.window()->usersPane()->model()->state(),
                     PagedListModel::State::Loaded);
        QTRY_VERIFY(!console.window()->usersPane()->model()->isFetching());
        QVERIFY(m_secrets.entries.contains(u"Emulator|admin"_s));
        const QString token = console.session()->token();
        QVERIFY(m_sim->server->store().userForToken(token));
        console.window()->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QTRY_VERIFY(!console.window());
        QVERIFY(!m_sim->server->store().userForToken(token)); // logoff reached the server
        QVERIFY(!m_secrets.entries.contains(u"Emulator|admin"_s));
        QCOMPARE(console.signInDialog()->findChild<QLineEdit *>(u"userEdit"_s)->text(), u"admin"_s);
    }

    // File → Sign out with a property sheet holding unsaved edits asks first, as Quit does:
    // "Keep editing" keeps the sheet, its edits and the session; once the sheet is closed
    // (Discard), Sign out signs out.
    void signingOutAsksAboutUnsavedEdits()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() >= firstPageRows());
        QTRY_COMPARE(console.window()->usersPane()->model()->state(),
                     PagedListModel::State::Loaded);
        QTRY_VERIFY(!console.window()->usersPane()->model()->isFetching());
        QTableView *view = usersView(console);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        UserPropertiesDialog *props = nullptr;
        QTRY_VERIFY((props = console.window()->findChild<UserPropertiesDialog *>()) &&
                    props->isVisible());
        auto *lastName = props->findChild<QLineEdit *>(u"lastName"_s);
        QVERIFY(lastName);
        QTRY_VERIFY(!lastName->text().isEmpty()); // read fresh
        lastName->setFocus();
        lastName->selectAll();
        QTest::keyClicks(lastName, u"Edited"_s);
        QVERIFY(props->isModified());
        const QString token = console.session()->token();
        QAction *signOut = console.window()->findChild<QAction *>(u"signOutAction"_s);

        signOut->trigger();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = props->findChild<QMessageBox *>(u"discardChanges"_s)) &&
                    ask->isVisible());
        QVERIFY(!console.signInDialog());
        QVERIFY(console.window());
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::RejectRole)
                b->click(); // Keep editing
        }
        QTRY_VERIFY(!props->findChild<QMessageBox *>(u"discardChanges"_s));
        QTest::qWait(50);
        QVERIFY(props->isVisible());
        QCOMPARE(lastName->text(), u"Edited"_s);
        QVERIFY(console.window());
        QVERIFY(!console.signInDialog());
        QCOMPARE(console.session()->token(), token);
        QVERIFY(m_sim->server->store().userForToken(token));

        // Asked again, Discard closes the sheet; the sign-out is the user's next choice.
        QPointer<UserPropertiesDialog> sheet(props);
        signOut->trigger();
        QTRY_VERIFY((ask = props->findChild<QMessageBox *>(u"discardChanges"_s)) &&
                    ask->isVisible());
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY(!sheet || !sheet->isVisible());
        signOut->trigger();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QTRY_VERIFY(!console.window());
        QVERIFY(!m_sim->server->store().userForToken(token));
    }

    // After a sign-out the sign-in dialog is all that is left: Escape (or Cancel) asks
    // "Quit Infiniti Admin?" instead of ending the console unasked; Sign in goes back to it,
    // Quit quits.
    void cancellingTheSignInAfterSigningOutAsksBeforeQuitting()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        ConsoleController console(&profiles, nullptr);
        QSignalSpy finished(&console, &ConsoleController::finished);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() >= firstPageRows());
        QTRY_COMPARE(console.window()->usersPane()->model()->state(),
                     PagedListModel::State::Loaded);
        QTRY_VERIFY(!console.window()->usersPane()->model()->isFetching());
        console.window()->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QTRY_VERIFY(!console.window());
        SignInDialog *d = console.signInDialog();

        QTest::keyClick(d, Qt::Key_Escape);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = d->findChild<QMessageBox *>(u"quitQuestion"_s)) && ask->isVisible());
        QCOMPARE(ask->text(), u"Quit Infiniti Admin?"_s);
        QVERIFY(d->isVisible());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(ask->defaultButton()->text(), u"&Sign in"_s); // Return and Escape: stay
        ask->defaultButton()->click();
        QTRY_VERIFY(!d->findChild<QMessageBox *>(u"quitQuestion"_s));
        QTest::qWait(50);
        QVERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QCOMPARE(finished.count(), 0);

        // Cancel asks the same; Quit quits.
        d->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY((ask = d->findChild<QMessageBox *>(u"quitQuestion"_s)) && ask->isVisible());
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(!console.signInDialog());
    }

    // Signing out and in again opens the area the user was in, not the first one.
    void signingInAgainReturnsToTheLastArea()
    {
        ProfileStore profiles(settingsFile());
        ConsoleController console(&profiles, &m_secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        fillAndSubmit(console.signInDialog(), {}, u"admin"_s, u"admin"_s, false, {});
        QTRY_VERIFY(console.window() && console.window()->isVisible());
        QTRY_COMPARE(console.window()->usersPane()->model()->state(),
                     PagedListModel::State::Loaded);
        QTRY_VERIFY(!console.window()->usersPane()->model()->isFetching());
        Pane *groups = nullptr;
        for (Pane *p : console.window()->panes()) {
            if (p->title() == "Groups"_L1)
                groups = p;
        }
        QVERIFY(groups);
        console.window()->goTo(groups);
        console.window()->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        QTRY_VERIFY(!console.window());
        fillAndSubmit(console.signInDialog(), {}, u"admin"_s, u"admin"_s, false, {});
        QTRY_VERIFY(console.window() && console.window()->isVisible());
        QCOMPARE(console.window()->currentPane()->title(), u"Groups"_s);
        console.window()->close();
        QSettings().remove(u"window"_s);
    }

    // The sign-in dialog deletes a saved connection, after a question naming it, and its
    // remembered sign-ins leave the keychain with it; one whose sign-in cannot leave the
    // keychain stays, and the dialog says why.
    void aSavedConnectionIsDeletedWithItsRememberedSignIn()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
        Profile old;
        old.name = u"Old test server"_s;
        old.manageUrl = QUrl(u"https://old.example.com/Manage"_s);
        old.lastUser = u"anna"_s;
        old.rememberSignIn = true;
        profiles.save(old);
        Profile kept = old;
        kept.name = u"Production"_s;
        kept.manageUrl = QUrl(u"https://prod.example.com/Manage"_s);
        kept.rememberSignIn = false; // the start shows the dialog at once
        profiles.save(kept);
        profiles.setLastUsed(u"Production"_s);
        FakeSecretStore secrets;
        secrets.entries.insert(old.secretKey(u"anna"_s), u"token-anna"_s);
        secrets.entries.insert(old.secretKey(u"bob"_s), u"token-bob"_s);
        secrets.entries.insert(kept.secretKey(u"anna"_s), u"token-prod"_s);
        ConsoleController console(&profiles, &secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        SignInDialog *d = console.signInDialog();
        auto *combo = d->findChild<QComboBox *>(u"profileCombo"_s);
        auto *remove = d->findChild<QPushButton *>(u"deleteProfileButton"_s);
        auto *status = d->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(remove);
        d->selectProfile(u"Old test server"_s);
        QCOMPARE(combo->currentText(), u"Old test server"_s);
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"bob"_s); // bob signed in here too
        QVERIFY(remove->isEnabled());

        // Cancel changes nothing.
        remove->click();
        QMessageBox *ask = waitForVisible<QMessageBox>(d);
        QVERIFY(ask);
        QVERIFY2(ask->text().contains(u"“Old test server”"_s), qPrintable(ask->text()));
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        QPointer<QMessageBox> gone(ask);
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!gone);
        QVERIFY(profiles.find(u"Old test server"_s));

        // A keychain that cannot be reached: the connection stays, and the dialog says why.
        secrets.available = false;
        remove->click();
        ask = waitForVisible<QMessageBox>(d);
        gone = ask;
        ask->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!gone);
        QTRY_VERIFY2(status->text().contains(u"not deleted"_s), qPrintable(status->text()));
        QVERIFY(profiles.find(u"Old test server"_s));
        QCOMPARE(combo->findText(u"Old test server"_s), combo->currentIndex());
        QCOMPARE(secrets.entries.size(), 3);

        // Deleted: gone from the settings, the list and, for both its users, the keychain.
        secrets.available = true;
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"bob"_s);
        QTRY_VERIFY(remove->isEnabled());
        remove->click();
        ask = waitForVisible<QMessageBox>(d);
        gone = ask;
        ask->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!profiles.find(u"Old test server"_s));
        QTRY_VERIFY2(status->text().contains(u"was deleted"_s), qPrintable(status->text()));
        QCOMPARE(combo->findText(u"Old test server"_s), -1);
        QVERIFY(!secrets.entries.contains(old.secretKey(u"anna"_s)));
        QVERIFY(!secrets.entries.contains(old.secretKey(u"bob"_s)));
        QVERIFY(secrets.entries.contains(kept.secretKey(u"anna"_s))); // another's stays
        QVERIFY(profiles.find(u"Production"_s));
        // Nothing saved to delete: the "new connection" entry offers no Delete.
        combo->setCurrentIndex(combo->count() - 1);
        QVERIFY(!remove->isEnabled());
        d->reject();
    }

    // Every user whose sign-in was remembered for a connection is noted beside it (names only),
    // so deleting the connection removes each of their tokens, not only the last user's and
    // the typed one's.
    void deletingAConnectionRemovesEveryRememberedSignIn()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
        FakeSecretStore secrets;
        const QString url = m_sim->server->baseUrl().toString();
        const auto key = [](const QString &user) {
            Profile p;
            p.name = u"Shared"_s;
            return p.secretKey(user);
        };
        {
            // admin signs in, remembered, and closes the console without signing out.
            ConsoleController console(&profiles, &secrets);
            console.start();
            QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
            fillAndSubmit(console.signInDialog(), url, u"admin"_s, u"admin"_s, true, u"Shared"_s);
            QTRY_VERIFY(console.window() && console.window()->isVisible());
            QTRY_VERIFY(secrets.entries.contains(key(u"admin"_s)));
            QTRY_COMPARE(profiles.rememberedUsers(u"Shared"_s), QStringList{u"admin"_s});
            QSettings().remove(u"window"_s);
        }
        {
            // Later enduser signs in to the same connection, remembered too.
            ConsoleController console(&profiles, &secrets);
            console.start(u"No such connection"_s);
            QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
            SignInDialog *d = console.signInDialog();
            d->selectProfile(u"Shared"_s);
            fillAndSubmit(d, {}, u"enduser"_s, u"enduser"_s, true, {});
            QTRY_VERIFY(console.window() && console.window()->isVisible());
            QTRY_VERIFY(secrets.entries.contains(key(u"enduser"_s)));
            QTRY_COMPARE(profiles.rememberedUsers(u"Shared"_s),
                         (QStringList{u"admin"_s, u"enduser"_s}));
            QCOMPARE(profiles.find(u"Shared"_s)->lastUser, u"enduser"_s);
            QSettings().remove(u"window"_s);
        }
        // A remembered sign-in of another connection stays.
        secrets.entries.insert(u"Other|admin"_s, u"token-other"_s);
        ConsoleController console(&profiles, &secrets);
        console.start(u"No such connection"_s);
        QTRY_VERIFY(console.signInDialog() && console.signInDialog()->isVisible());
        SignInDialog *d = console.signInDialog();
        d->selectProfile(u"Shared"_s);
        d->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"someone.else"_s);
        auto *remove = d->findChild<QPushButton *>(u"deleteProfileButton"_s);
        QTRY_VERIFY(remove->isEnabled());
        remove->click();
        QMessageBox *ask = waitForVisible<QMessageBox>(d);
        QVERIFY(ask);
        ask->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!profiles.find(u"Shared"_s));
        QTRY_VERIFY2(!secrets.entries.contains(key(u"enduser"_s)),
                     qPrintable(secrets.entries.keys().join(u", "_s)));
        QVERIFY2(!secrets.entries.contains(key(u"admin"_s)), // neither last nor typed
                 qPrintable(secrets.entries.keys().join(u", "_s)));
        QCOMPARE(secrets.entries.keys(), QStringList{u"Other|admin"_s});
        QVERIFY(profiles.rememberedUsers(u"Shared"_s).isEmpty());
        d->reject();
    }

    void theViewShowsLoadingErrorAndRetry()
    {
        QTest::qWait(100);
        sim::SimFaults::Rule rule;
        rule.path = QRegularExpression(u"/users\\?"_s);
        rule.status = 500;
        rule.delayMs = 300;
        rule.remaining = 1;
        m_sim->server->faults().add(rule);
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window());
        auto *overlay = usersView(console)->findChild<QWidget *>(u"listStateOverlay"_s);
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible() &&
                    overlay->findChild<QLabel *>()->text() == u"Loading…"_s);
        QTRY_VERIFY(overlay->findChild<QLabel *>()->text().startsWith(u"Could not list users"_s));
        auto *retry = overlay->findChild<QPushButton *>();
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_VERIFY(usersView(console)->model()->rowCount() >= firstPageRows());
        QVERIFY(!overlay->isVisible());
    }

    void anUntrustedCertificateIsShownAndPinnedWhenTrusted()
    {
        sim::SimOptions options = simOptions(20);
        options.tls = true;
        sim::SimServer tlsSim(options);
        QVERIFY(tlsSim.start());
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"tls.ini"_s));
        FakeSecretStore secrets;
        {
            ConsoleController console(&profiles, &secrets);
            console.start();
            QTRY_VERIFY(console.signInDialog());
            fillAndSubmit(console.signInDialog(), tlsSim.baseUrl().toString(), u"admin"_s,
                          u"admin"_s, true, u"TLS"_s);
            CertificateTrustDialog *trust = nullptr;
            QTRY_VERIFY((trust = console.signInDialog()->findChild<CertificateTrustDialog *>()) &&
                        trust->isVisible());
            QCOMPARE(trust->findChild<QLabel *>(u"fingerprint"_s)->text(),
                     CertificateTrustDialog::fingerprint(tlsSim.certificate()));
            QVERIFY(trust->findChild<QDialogButtonBox *>()
                        ->button(QDialogButtonBox::Cancel)
                        ->isDefault());
            trust->findChild<QPushButton *>(u"trust"_s)->click();
            QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() >= 20);
        }
        const auto saved = profiles.find(u"TLS"_s);
        QVERIFY(saved);
        QCOMPARE(saved->pinnedCertificates,
                 QByteArrayList{tlsSim.certificate().digest(QCryptographicHash::Sha256).toHex()});
        // Next start: the pinned certificate is accepted without asking.
        ConsoleController again(&profiles, &secrets);
        again.start();
        QTRY_VERIFY(again.window() && usersView(again)->model()->rowCount() >= 20);
        QVERIFY(!again.window()->findChild<CertificateTrustDialog *>());
    }

    void refusingTheCertificateSendsNothing()
    {
        sim::SimOptions options = simOptions(5);
        options.tls = true;
        sim::SimServer tlsSim(options);
        QVERIFY(tlsSim.start());
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"tls.ini"_s));
        ConsoleController console(&profiles, &m_secrets);
        console.start();
        QTRY_VERIFY(console.signInDialog());
        fillAndSubmit(console.signInDialog(), tlsSim.baseUrl().toString(), u"admin"_s, u"admin"_s,
                      false, u"TLS2"_s);
        CertificateTrustDialog *trust = nullptr;
        QTRY_VERIFY((trust = console.signInDialog()->findChild<CertificateTrustDialog *>()) &&
                    trust->isVisible());
        trust->reject();
        QTRY_VERIFY(console.signInDialog()
                        ->findChild<QLabel *>(u"statusLabel"_s)
                        ->text()
                        .contains(u"not trusted"_s));
        QCOMPARE(tlsSim.requestCount(), 0);
        QVERIFY(!console.window());
    }

    void theDemoSignsInBeforeAnyListRequest()
    {
        // Every answer the console gets, from the request log (infiniti.http: "GET url -> 200").
        static QStringList answers;
        answers.clear();
        QLoggingCategory::setFilterRules(u"infiniti.http.info=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &text) {
                if (context.category && qstrcmp(context.category, "infiniti.http") == 0 &&
                    text.contains(u"->"_s))
                    answers << text;
            });
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(u"p.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.startDemo(m_sim->server->baseUrl(), u"admin"_s, u"admin"_s);
        QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() >= firstPageRows());
        QTest::qWait(300);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!answers.isEmpty());
        QVERIFY2(answers.first().contains(u"login"_s, Qt::CaseInsensitive),
                 qPrintable(answers.first()));
        QVERIFY2(answers.filter(u"-> 401"_s).isEmpty(),
                 qPrintable(answers.filter(u"-> 401"_s).join(u'\n')));
    }

    void endPressedBeforeTheLengthIsKnownReachesTheLastRow()
    {
        // The first page is shown while the list's length is still being found; Ctrl+End
        // pressed then goes to the real last row once the length is known, not to row 100.
        SimFixture sim(3000);
        auto session = sim.signedInSession();
        UsersPane pane;
        pane.resize(900, 600);
        pane.show();
        QTableView *view = pane.view();
        const auto *model = qobject_cast<const SparseListModel *>(pane.listModel());
        QVERIFY(model);
        int pressedAt = -1;
        connect(view->model(), &QAbstractItemModel::rowsInserted, &pane, [&] {
            if (pressedAt >= 0 || !model->isFindingLength())
                return;
            view->setCurrentIndex(view->model()->index(0, 0)); // as focusing the list does
            QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
            pressedAt = view->currentIndex().row();
        });
        pane.setSession(session.get());
        const int total = sim.server->store().userCount();
        QTRY_COMPARE(view->model()->rowCount(), total);
        QCOMPARE(pressedAt, firstPageRows() - 1); // the end of what was there
        QTRY_COMPARE(view->currentIndex().row(), total - 1);
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(0).data().toString(),
                     sim.server->store().userAt(total - 1)->username);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
    }

    void onlyThePagesScrolledToAreFetched()
    {
        SimFixture big(100000, 7);
        ProfileStore profiles(m_dir.filePath(u"big.ini"_s));
        ConsoleController console(&profiles, nullptr);
        console.startDemo(big.server->baseUrl(), u"admin"_s, u"admin"_s);
        const int total = big.server->store().userCount();
        // The whole list at once (its length probed), the total in the footer.
        QTRY_VERIFY(console.window() && usersView(console)->model()->rowCount() == total);
        QTableView *view = usersView(console);
        console.window()->resize(1000, 700);
        QTest::qWait(200);
        const UsersModel *model = console.window()->usersPane()->model();
        QVERIFY(console.window()
                    ->findChild<QLabel *>(u"usersFooter"_s)
                    ->text()
                    .contains(QLocale().toString(total)));
        const int before = big.server->requestCount();
        // Ctrl+End: the last user on screen, read by its page alone.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(model->isRowLoaded(total - 1));
        QTRY_COMPARE(view->model()->index(total - 1, 0).data().toString(),
                     big.server->store().userAt(total - 1)->username);
        // The thumb dragged to the middle: the rows there are read.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        QTRY_VERIFY(view->indexAt(QPoint(5, 5)).data(PagedListModel::LoadedRole).toBool());
        QTRY_VERIFY(view->indexAt(QPoint(5, view->viewport()->height() - 5))
                        .data(PagedListModel::LoadedRole)
                        .toBool());
        QTest::qWait(300);
        const int asked = big.server->requestCount() - before;
        QVERIFY2(asked <= 8, qPrintable(QString::number(asked)));
        QVERIFY2(model->loadedRows() <= 5 * firstPageRows() + 200,
                 qPrintable(QString::number(model->loadedRows())));
        QVERIFY(!model->canFetchMore());
    }
};

QTEST_MAIN(ConsoleTest)
#include "tst_console.moc"
