#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace infiniti {

class Banner;
class Pane;
class Session;
class UsersPane;

// The console's window: navigation tree (the server, its sections, their areas), the selected
// area's pane, a banner for messages, and a status bar with server, user and session state.
// The Go menu reaches every area from the keyboard; the last area and collapsed sections are
// remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    void showBanner(const QString &text, const QString &details = {});
    UsersPane *usersPane() const { return m_usersPane; }
    Pane *currentPane() const;

signals:
    void signOutRequested();
    // Tools → Compare servers…: the controller opens the compare window (it has the profiles).
    void compareRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *addSection(const QString &key, const QString &title);
    static void colourHeading(QTreeWidgetItem *item);
    // Selects an area (unfolding its section), which shows its pane.
    void showArea(QTreeWidgetItem *area);
    QTreeWidgetItem *addArea(QTreeWidgetItem *section, Pane *pane, const QIcon &icon);
    // Lists the groups under "Groups" in the navigation tree, as drop targets for users.
    void updateGroupItems();
    void createMenus();
    void updateStatus();
    void showAbout();
public:
    // Help → License, or activating the server in the navigation tree.
    void showLicense();
private:

    Session *m_session;
    QTreeWidget *m_nav;
    QTreeWidgetItem *m_serverItem;
    QStackedWidget *m_stack;
    Banner *m_banner;
    UsersPane *m_usersPane;
    class GroupsPane *m_groupsPane;
    QTreeWidgetItem *m_groupsItem = nullptr;
    QList<QTreeWidgetItem *> m_areas; // every area's item, in navigation order
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_stateLabel;
};

} // namespace infiniti
