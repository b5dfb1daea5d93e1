#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace infiniti {

class AccountAccess;
class Banner;
class ConnectionStatus;
class GlobalFind;
class GroupsPane;
class LicenseNotice;
class ListPane;
class Pane;
class Session;
class UsersPane;

// The console's window: navigation tree (the server, its sections, their areas), the selected
// area's pane, a toolbar and an Action menu that follow the pane, a banner for messages, and a
// status bar with server, user and the connection's state. Only the areas the signed-in
// account may use are shown. The Go menu reaches every area from the keyboard (Ctrl+1…9, then
// Alt+1…9, each with a letter of its own; focus in its list); Ctrl+K finds users, groups,
// projects, published projects, library items, data sources and workflows; the last area,
// collapsed sections and the window's size are remembered. On a small screen the navigation
// gives way to the area first (SidePanel).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    void showBanner(const QString &text, const QString &details = {});
    UsersPane *usersPane() const { return m_usersPane; }
    Pane *currentPane() const;
    // Every area's pane, in navigation order (also those the account may not use).
    QList<Pane *> panes() const;
    // Whether the navigation offers the area of this pane (the account may use it).
    bool offers(const Pane *pane) const;
    ConnectionStatus *connectionStatus() const { return m_connection; }
    AccountAccess *accountAccess() const { return m_access; }
    // Selects the area of `pane` and puts the keyboard in its list.
    void goTo(Pane *pane);
    // Ctrl+K: the find popup (created on first use).
    GlobalFind *showFind();
    // After a certificate was trusted: every pane asks the server again.
    void refreshAll();
    // Help → License, or activating the server in the navigation tree.
    void showLicense();
    // Remembers the window's size, its area and folded sections for the next window (closing
    // the window, signing out).
    void rememberPlace();
    // File → Sign out: the windows opened from this one close first, as Quit closes them; a
    // property sheet with unsaved edits asks (Discard / Keep editing) and, while it stays open,
    // nothing is signed out. Emits signOutRequested() once they are all closed.
    void signOut();

signals:
    void signOutRequested();
    // The connection state's link ("review the certificate") was followed.
    void certificateReviewRequested();
    // Tools → Compare servers…: the controller opens the compare window (it has the profiles).
    void compareRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Area
    {
        QTreeWidgetItem *item;
        Pane *pane;
        QString permission;           // empty: everyone (the Produce side)
        QAction *go = nullptr;        // its entry in the Go menu
        QAction *goSection = nullptr; // the Go menu's heading, on the first area of a section
    };
    QTreeWidgetItem *section(const QString &key, const QString &title);
    static void colourHeading(QTreeWidgetItem *item);
    // Selects an area (unfolding its section), which shows its pane.
    void showArea(QTreeWidgetItem *area);
    // The one way an area comes in: its pane in the stack, its item in its section, the session
    // set, and the permission it needs.
    void addArea(const QString &sectionKey, const QString &sectionTitle, Pane *pane,
                 const QIcon &icon, const QString &permission);
    // Lists the groups under "Groups" in the navigation tree, as drop targets for users; says
    // so there when they could not be read.
    void updateGroupItems();
    // The group a navigation item under Groups stands for (empty for any other item).
    QJsonObject groupOf(const QTreeWidgetItem *item) const;
    void createMenus();
    void createToolBar();
    // The Action menu and the toolbar show what the pane in view offers.
    void followPane();
    void rebuildGoMenu();
    // The Go menu's shortcut of the `number`th area open to the account (from 1): Ctrl+1…9,
    // then Alt+1…9.
    static QKeySequence goShortcut(int number);
    // Copy and Select all, enabled when they have something to act on.
    void updateEditActions();
    QAbstractItemView *selectAllTarget() const;
    void updateStatus();
    void checkAccess();
    void applyAccess();
    void showAbout();
    void restoreWindowSize();

    Session *m_session;
    QTreeWidget *m_nav;
    QTreeWidgetItem *m_serverItem;
    QStackedWidget *m_stack;
    Banner *m_banner;
    UsersPane *m_usersPane = nullptr;
    GroupsPane *m_groupsPane = nullptr;
    QTreeWidgetItem *m_groupsItem = nullptr;
    QList<Area> m_areas; // in navigation order
    QString m_startArea;
    QMenu *m_actionMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_selectAll = nullptr;
    QMetaObject::Connection m_selectionWatch;
    QAction *m_exportView = nullptr;
    QAction *m_license = nullptr;
    QPointer<Pane> m_followed;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_stateLabel;
    LicenseNotice *m_licenseNotice = nullptr;
    ConnectionStatus *m_connection;
    AccountAccess *m_access = nullptr;
    QString m_accessUser;
    QPointer<GlobalFind> m_find;
};

} // namespace infiniti
