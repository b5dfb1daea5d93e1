#include "ui/shell/MainWindow.h"

#include "api/AccountAccess.h"
#include "api/Session.h"
#include "ui/common/DrawnIcons.h"
#include "ui/common/Mnemonics.h"
#include "ui/common/SidePanel.h"
#include "ui/common/StandardIcons.h"
#include "ui/design/DataSourcesPane.h"
#include "ui/design/LibraryPane.h"
#include "ui/design/ProjectsPane.h"
#include "ui/design/PublishedPane.h"
#include "ui/lists/SettingsPane.h"
#include "ui/produce/AnswerFilesPane.h"
#include "ui/produce/FormsPane.h"
#include "ui/produce/TasksPane.h"
#include "ui/security/GroupsPane.h"
#include "ui/security/RolesPane.h"
#include "ui/security/UsersPane.h"
#include "ui/settings/LicenseDialog.h"
#include "ui/settings/LicenseNotice.h"
#include "ui/shell/Banner.h"
#include "ui/shell/ConnectionStatus.h"
#include "ui/shell/GlobalFind.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/Theme.h"
#include "ui/workflow/WorkflowsPane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kPaneRole = Qt::UserRole;          // an area's index in the stack
constexpr int kGroupNameRole = Qt::UserRole + 1; // a group listed under Groups (a drop target)
constexpr int kSectionRole = Qt::UserRole + 2;   // a section heading's untranslated key
constexpr int kRetryRole = Qt::UserRole + 3;     // "could not be read": activating it retries
constexpr int kGroupIdRole = Qt::UserRole + 4;   // the id of a group listed under Groups
} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new Banner(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_connection(new ConnectionStatus(session, this))
{
    setObjectName(u"mainWindow"_s);
    // The desktop adds the application's name ("Local sim — Infiniti Admin"): not twice.
    setWindowTitle(session->profile().name);

    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    m_nav->setExpandsOnDoubleClick(false);   // double-clicking the server opens the license
    m_nav->setTextElideMode(Qt::ElideRight); // a narrow navigation keeps the start of a name
    m_nav->setMinimumWidth(150);
    m_serverItem = new QTreeWidgetItem(m_nav, {session->profile().name});
    m_serverItem->setIcon(0, standardIcon(this, QStyle::SP_DriveNetIcon));
    m_serverItem->setFlags(Qt::ItemIsEnabled);

    // The areas, in the sections an administrator looks for them under, with the permission
    // (contract 4.9) each needs; the Produce side is everyone's. Each further resource adds
    // its line here.
    const QString security = u"security"_s, design = u"design"_s, workflow = u"workflow"_s,
                  settings = u"settings"_s, produce = u"produce"_s;
    m_usersPane = new UsersPane(this);
    // Each area its own icon, none a folder but where the area holds folders; Qt has no person
    // among its standard icons, so users, groups and roles have theirs drawn.
    addArea(security, tr("Security"), m_usersPane, drawnIcon(DrawnIcon::Person), u"Manage users"_s);
    m_groupsPane = new GroupsPane(this);
    addArea(security, tr("Security"), m_groupsPane, drawnIcon(DrawnIcon::People),
            u"Manage groups"_s);
    addArea(security, tr("Security"), new RolesPane(this), drawnIcon(DrawnIcon::Key),
            u"Manage security"_s);
    addArea(design, tr("Design"), new ProjectsPane(this),
            standardIcon(this, QStyle::SP_DirOpenIcon), u"Design projects"_s);
    addArea(design, tr("Design"), new PublishedPane(this), standardIcon(this, QStyle::SP_ArrowUp),
            u"Publish projects"_s);
    addArea(design, tr("Design"), new LibraryPane(this),
            standardIcon(this, QStyle::SP_FileLinkIcon), u"Manage content library"_s);
    addArea(design, tr("Design"), new DataSourcesPane(this),
            standardIcon(this, QStyle::SP_DriveHDIcon), u"Manage data sources"_s);
    addArea(workflow, tr("Workflow"), new WorkflowsPane(this),
            standardIcon(this, QStyle::SP_BrowserReload), u"Manage workflow tasks"_s);
    for (const auto &spec : SettingsPane::adminSettings())
        addArea(settings, tr("Settings"), new SettingsPane(spec, this),
                standardIcon(this, QStyle::SP_FileDialogContentsView), u"Change settings"_s);
    addArea(produce, tr("Produce"), new TasksPane(this),
            standardIcon(this, QStyle::SP_DialogApplyButton), {});
    addArea(produce, tr("Produce"), new FormsPane(this),
            standardIcon(this, QStyle::SP_FileDialogNewFolder), {});
    for (const bool inProgress : {false, true})
        addArea(
            produce, tr("Produce"), new AnswerFilesPane(inProgress, this),
            standardIcon(this, inProgress ? QStyle::SP_FileDialogInfoView : QStyle::SP_FileIcon),
            {});

    m_groupsItem = m_areas.at(1).item;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_groupsPane->listModel(), signal, this, &MainWindow::updateGroupItems);
    connect(m_groupsPane->listModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateGroupItems);
    connect(m_groupsPane->listModel(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateGroupItems);
    connect(m_groupsPane->listModel(), &PagedListModel::stateChanged, this,
            &MainWindow::updateGroupItems);
    m_nav->viewport()->setAcceptDrops(true);
    m_nav->viewport()->installEventFilter(this);

    m_nav->expandAll();
    const QStringList collapsed = QSettings().value(u"window/collapsedSections"_s).toStringList();
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        if (collapsed.contains(m_serverItem->child(i)->data(0, kSectionRole).toString()))
            m_serverItem->child(i)->setExpanded(false);
    }
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPaneRole).isValid()) // an area or a group under Groups
            m_stack->setCurrentIndex(item->data(0, kPaneRole).toInt());
        if (const QJsonObject group = groupOf(item); !group.isEmpty())
            m_groupsPane->selectItem(group); // the group picked is the one in the list
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::followPane);
    connect(m_nav, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item == m_serverItem)
            showLicense();
        else if (item->data(0, kSectionRole).isValid())
            item->setExpanded(!item->isExpanded());
        else if (item->data(0, kRetryRole).toBool())
            m_groupsPane->listModel()->retry();
        else if (const QJsonObject group = groupOf(item); !group.isEmpty())
            m_groupsPane->showItem(group, true); // Enter or a double click: its properties
    });
    m_serverItem->setToolTip(
        0, tr("%1 — activate for the license").arg(m_session->profile().manageUrl.toString()));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setChildrenCollapsible(false);
    // Wide enough for the longest area's name ("Communication templates") at its depth (server,
    // section, area) and beside the scroll bar a small screen gives the tree.
    int longest = 0;
    for (const Area &area : std::as_const(m_areas))
        longest = qMax(longest, m_nav->fontMetrics().horizontalAdvance(area.item->text(0)));
    const int navWidth =
        qBound(170,
               longest + 3 * m_nav->indentation() + style()->pixelMetric(QStyle::PM_SmallIconSize) +
                   style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24,
               300);
    // On a small screen it gives way first: the area keeps room for a list of several columns.
    new SidePanel(splitter, navWidth, m_nav->fontMetrics().averageCharWidth() * 100);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_stateLabel->setAccessibleName(tr("Connection"));
    m_stateLabel->setTextFormat(Qt::RichText);
    connect(m_stateLabel, &QLabel::linkActivated, this, &MainWindow::certificateReviewRequested);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_userLabel);
    m_licenseNotice = new LicenseNotice(session, this);
    connect(m_licenseNotice, &LicenseNotice::activated, this, &MainWindow::showLicense);
    statusBar()->addPermanentWidget(m_licenseNotice);
    statusBar()->addPermanentWidget(m_stateLabel);
    connect(session, &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(m_connection, &ConnectionStatus::changed, this, &MainWindow::updateStatus);
    connect(session, &Session::stateChanged, this, &MainWindow::checkAccess);
    createMenus();
    createToolBar();
    updateStatus();

    // The area open when the window last closed, else the first; once the account's
    // permissions are known, the first it may use if that one is closed to it.
    m_startArea = QSettings().value(u"window/area"_s).toString();
    QTreeWidgetItem *start = m_areas.value(0).item;
    for (const Area &area : std::as_const(m_areas)) {
        if (area.item->text(0) == m_startArea)
            start = area.item;
    }
    showArea(start);
    followPane();
    checkAccess();
    restoreWindowSize();
}

void MainWindow::restoreWindowSize()
{
    // The first time: a size that fits the screen (1024×700 included) with room to spare.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    const QSize wanted(qMin(1200, available.width() * 9 / 10),
                       qMin(760, available.height() * 9 / 10));
    resize(wanted.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray());
}

QTreeWidgetItem *MainWindow::section(const QString &key, const QString &title)
{
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        if (m_serverItem->child(i)->data(0, kSectionRole).toString() == key)
            return m_serverItem->child(i);
    }
    // A heading, not a place: it opens nothing and cannot be selected.
    auto *item = new QTreeWidgetItem(m_serverItem, {title});
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(0, kSectionRole, key);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    colourHeading(item);
    return item;
}

void MainWindow::addArea(const QString &sectionKey, const QString &sectionTitle, Pane *pane,
                         const QIcon &icon, const QString &permission)
{
    const int index = m_stack->addWidget(pane);
    auto *item = new QTreeWidgetItem(section(sectionKey, sectionTitle), {pane->title()});
    item->setIcon(0, icon);
    item->setData(0, kPaneRole, index);
    item->setToolTip(0, pane->title());
    m_areas.append({item, pane, permission});
    pane->setAccessibleName(pane->title());
    connect(pane, &Pane::actionsChanged, this, [this, pane] {
        if (pane == currentPane())
            followPane();
    });
    pane->setSession(m_session);
}

void MainWindow::colourHeading(QTreeWidgetItem *item)
{
    // Between the text and the background: quieter than the areas, in light and dark alike.
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor base = QApplication::palette().color(QPalette::Base);
    item->setForeground(0, QColor::fromRgbF(0.7f * text.redF() + 0.3f * base.redF(),
                                            0.7f * text.greenF() + 0.3f * base.greenF(),
                                            0.7f * text.blueF() + 0.3f * base.blueF()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) { // light ↔ dark
        for (int i = 0; i < m_serverItem->childCount(); ++i)
            colourHeading(m_serverItem->child(i));
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showArea(QTreeWidgetItem *area)
{
    if (!area)
        return;
    area->parent()->setExpanded(true); // its section may be folded
    m_nav->setCurrentItem(area);
}

void MainWindow::goTo(Pane *pane)
{
    for (const Area &area : std::as_const(m_areas)) {
        if (area.pane == pane) {
            showArea(area.item);
            pane->focusMain();
        }
    }
}

QList<Pane *> MainWindow::panes() const
{
    QList<Pane *> out;
    for (const Area &area : m_areas)
        out << area.pane;
    return out;
}

bool MainWindow::offers(const Pane *pane) const
{
    for (const Area &area : m_areas) {
        if (area.pane == pane)
            return !area.item->isHidden();
    }
    return false;
}

QJsonObject MainWindow::groupOf(const QTreeWidgetItem *item) const
{
    const QString id = item ? item->data(0, kGroupIdRole).toString() : QString();
    const PagedListModel *model = m_groupsPane->listModel();
    const int row = id.isEmpty() ? -1 : model->rowOfId(id);
    return row < 0 ? QJsonObject() : model->itemAt(row);
}

void MainWindow::updateGroupItems()
{
    const PagedListModel *model = m_groupsPane->listModel();
    const int pane = m_groupsItem->data(0, kPaneRole).toInt();
    qDeleteAll(m_groupsItem->takeChildren());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, 0).data().toString();
        auto *child = new QTreeWidgetItem(m_groupsItem, {name});
        child->setIcon(0, m_groupsItem->icon(0)); // a group, as Groups (not a folder)
        child->setData(0, kPaneRole, pane);
        child->setData(0, kGroupNameRole, name);
        child->setData(0, kGroupIdRole, model->index(r, 0).data(PagedListModel::IdRole));
        child->setToolTip(
            0, tr("Drop users here to add them to %1; Enter or a double click opens it").arg(name));
    }
    // Groups that could not be read are not "no groups": the branch says so, and retries.
    if (model->state() == PagedListModel::State::Error) {
        auto *failed = new QTreeWidgetItem(
            m_groupsItem, {model->rowCount() > 0 ? tr("More groups could not be read — retry")
                                                 : tr("Groups could not be read — retry")});
        failed->setIcon(0, standardIcon(this, QStyle::SP_MessageBoxWarning));
        failed->setForeground(0, Theme::errorColor());
        failed->setToolTip(0, model->lastError().message() + QLatin1Char('\n') +
                                  model->lastError().details());
        failed->setData(0, kPaneRole, pane);
        failed->setData(0, kRetryRole, true);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_nav->viewport())
        return QMainWindow::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        QTreeWidgetItem *item = m_nav->itemAt(drag->position().toPoint());
        const bool users = drag->mimeData()->hasFormat(QString::fromLatin1(UsersModel::kMimeType));
        if (users && (event->type() == QEvent::DragEnter ||
                      (item && !item->data(0, kGroupNameRole).toString().isEmpty()))) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QTreeWidgetItem *item = m_nav->itemAt(drop->position().toPoint());
        const QString group = item ? item->data(0, kGroupNameRole).toString() : QString();
        const QJsonArray users = UsersModel::usersFromMime(drop->mimeData());
        if (group.isEmpty() || users.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        m_groupsPane->addUsersToGroup(users, group);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportView = new QAction(standardIcon(this, QStyle::SP_DialogSaveButton),
                               tr("&Export view to CSV…"), this);
    m_exportView->setObjectName(u"exportViewAction"_s);
    m_exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportView, &QAction::triggered, this, [this] {
        if (auto *list = qobject_cast<ListPane *>(currentPane()))
            list->exportView();
    });
    file->addAction(m_exportView);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copy = edit->addAction(tr("&Copy"), this, [this] {
        if (Pane *p = currentPane())
            p->copySelection();
    });
    m_copy->setObjectName(u"copyAction"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    // The list in view's rows, all of them. Ctrl+A itself is the list's own (a field's text,
    // in a field): the entry only shows it, so that the two never meet as one ambiguous key.
    m_selectAll = edit->addAction(tr("Select &all"), this, [this] {
        if (QAbstractItemView *list = selectAllTarget())
            list->selectAll();
    });
    m_selectAll->setObjectName(u"selectAllAction"_s);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter the list…"), this, [this] {
        if (Pane *p = currentPane())
            p->focusFind();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *findAnywhere = edit->addAction(standardIcon(this, QStyle::SP_FileDialogContentsView),
                                            tr("Find any&where…"), this, [this] { showFind(); });
    findAnywhere->setObjectName(u"globalFindAction"_s);
    findAnywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    // Action: what the pane in view offers, as in its context menu (filled by followPane()).
    m_actionMenu = menuBar()->addMenu(tr("&Action"));
    m_actionMenu->setObjectName(u"actionMenu"_s);
    connect(m_actionMenu, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refresh =
        view->addAction(standardIcon(this, QStyle::SP_BrowserReload), tr("Re&fresh"), this, [this] {
            if (Pane *p = currentPane())
                p->refresh();
        });
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    if (m_refresh->shortcut() != QKeySequence(Qt::Key_F5))
        m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), m_refresh->shortcut()});
    // Go: every area the account may use, by section, each with its shortcut (goShortcut()).
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(u"goMenu"_s);
    rebuildGoMenu();
    // Theme: the desktop's look, or our light or dark one; applied at once and remembered.
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(themes);
    for (const auto &[mode, text] :
         {std::pair{Theme::Mode::System, tr("&System")},
          std::pair{Theme::Mode::Light, tr("&Light")}, std::pair{Theme::Mode::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(text);
        a->setCheckable(true);
        a->setChecked(Theme::current() == mode);
        a->setData(Theme::name(mode));
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            Theme::apply(mode);
            Theme::save(mode);
        });
    }
    view->addMenu(new LanguageMenu(view));
    QAction *nav = view->addAction(tr("&Navigation"));
    nav->setCheckable(true);
    nav->setChecked(true);
    connect(nav, &QAction::toggled, m_nav, &QWidget::setVisible);
    QAction *toolbar = view->addAction(tr("Tool&bar"));
    toolbar->setObjectName(u"toolbarToggle"_s);
    toolbar->setCheckable(true);
    toolbar->setChecked(QSettings().value(u"window/toolbar"_s, true).toBool());
    connect(toolbar, &QAction::toggled, this, [this](bool on) {
        m_toolBar->setVisible(on);
        QSettings().setValue(u"window/toolbar"_s, on);
    });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *compare =
        tools->addAction(tr("&Compare servers…"), this, &MainWindow::compareRequested);
    compare->setObjectName(u"compareAction"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_license = help->addAction(tr("&License…"), this, &MainWindow::showLicense);
    m_license->setObjectName(u"licenseAction"_s);
    help->addSeparator();
    help->addAction(tr("&About Infiniti Admin"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Actions"));
    m_toolBar->setObjectName(u"toolbar"_s);
    m_toolBar->setAccessibleName(tr("Actions"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setVisible(QSettings().value(u"window/toolbar"_s, true).toBool());
}

void MainWindow::followPane()
{
    Pane *pane = currentPane();
    m_followed = pane;
    m_actionMenu->clear();
    m_toolBar->clear();
    if (!pane)
        return;
    // The Action menu is the pane's context menu: the same entries in the same order.
    const QList<QAction *> actions = pane->paneActions();
    for (QAction *a : actions) {
        if (a)
            m_actionMenu->addAction(a);
        else
            m_actionMenu->addSeparator();
    }
    const bool list = qobject_cast<ListPane *>(pane) != nullptr;
    if (!actions.isEmpty())
        m_actionMenu->addSeparator();
    if (list)
        m_actionMenu->addAction(m_copy);
    m_actionMenu->addAction(m_refresh);
    if (list)
        m_actionMenu->addAction(m_exportView);
    m_exportView->setEnabled(list);
    // Copy while there is something to copy: rows selected in the list.
    disconnect(m_selectionWatch);
    if (list)
        m_selectionWatch =
            connect(static_cast<ListPane *>(pane)->view()->selectionModel(),
                    &QItemSelectionModel::selectionChanged, this, &MainWindow::updateEditActions);
    updateEditActions();

    for (QAction *a : pane->toolbarActions())
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    if (list)
        m_toolBar->addAction(m_exportView);
}

QAbstractItemView *MainWindow::selectAllTarget() const
{
    // The list with the keyboard, else the list of the area in view (the keyboard in its
    // filter), if rows may be selected together.
    auto *list = qobject_cast<QAbstractItemView *>(focusWidget());
    if (!list || !m_stack->isAncestorOf(list))
        if (auto *pane = qobject_cast<ListPane *>(currentPane()))
            list = pane->view();
    const bool many = list && (list->selectionMode() == QAbstractItemView::ExtendedSelection ||
                               list->selectionMode() == QAbstractItemView::MultiSelection);
    return many && list->model() && list->model()->rowCount() > 0 ? list : nullptr;
}

void MainWindow::updateEditActions()
{
    auto *list = qobject_cast<ListPane *>(currentPane());
    m_copy->setEnabled(list && list->view()->selectionModel()->hasSelection());
    m_selectAll->setEnabled(selectAllTarget() != nullptr);
}

QKeySequence MainWindow::goShortcut(int number)
{
    // Ctrl+digit for the first nine areas; Alt+digit for the next nine: no other shortcut of
    // the console uses either, no menu's mnemonic is a digit, and neither is AltGr (Ctrl+Alt on
    // Windows), so a character typed in a field never goes to an area instead.
    // On macOS Option+digit types a character (¡, ™, £…), so there the next nine are
    // Command+Option+digit (Qt::CTRL is Command there).
#ifdef Q_OS_MACOS
    const Qt::KeyboardModifiers second = Qt::ControlModifier | Qt::AltModifier;
#else
    const Qt::KeyboardModifiers second = Qt::AltModifier;
#endif
    if (number >= 1 && number <= 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
    if (number >= 10 && number <= 18)
        return QKeySequence(QKeyCombination(second, Qt::Key(Qt::Key_0 + number - 9)));
    return {};
}

void MainWindow::rebuildGoMenu()
{
    // Made once; what the account may not use is hidden, and the areas that are left get
    // Ctrl+1…9, then Alt+1…9 (goShortcut()).
    if (m_goMenu->isEmpty()) {
        const QTreeWidgetItem *section = nullptr;
        QString mnemonics; // each area its own letter, in any language
        for (Area &area : m_areas) {
            if (area.item->parent() != section) {
                section = area.item->parent();
                area.goSection = m_goMenu->addSection(section->text(0));
            }
            Pane *pane = area.pane;
            area.go = m_goMenu->addAction(area.item->icon(0),
                                          Mnemonics::add(area.item->text(0), &mnemonics), this,
                                          [this, pane] { goTo(pane); });
        }
    }
    int number = 0;
    QAction *section = nullptr;
    bool sectionUsed = false;
    for (const Area &area : std::as_const(m_areas)) {
        if (area.goSection) {
            if (section)
                section->setVisible(sectionUsed);
            section = area.goSection;
            sectionUsed = false;
        }
        const bool open = !area.item->isHidden();
        sectionUsed = sectionUsed || open;
        area.go->setVisible(open);
        area.go->setShortcut(open ? goShortcut(++number) : QKeySequence());
    }
    if (section)
        section->setVisible(sectionUsed);
}

void MainWindow::checkAccess()
{
    if (m_session->state() != Session::State::SignedIn || m_session->userName().isEmpty())
        return;
    if (m_access && m_accessUser.compare(m_session->userName(), Qt::CaseInsensitive) == 0)
        return; // signed in again as the same account: nothing changed
    delete m_access;
    m_accessUser = m_session->userName();
    m_access = new AccountAccess(m_session, this);
    connect(m_access, &AccountAccess::finished, this, &MainWindow::applyAccess);
    m_access->start();
}

void MainWindow::applyAccess()
{
    // Areas the account may not use are left out, not shown to fail: the server would refuse
    // every request there ("your roles do not allow this") and Retry could never help.
    bool changed = false;
    for (const Area &area : std::as_const(m_areas)) {
        const bool hide = !area.permission.isEmpty() && !m_access->may(area.permission);
        changed = changed || hide != area.item->isHidden();
        area.item->setHidden(hide);
    }
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        QTreeWidgetItem *section = m_serverItem->child(i);
        bool any = false;
        for (int a = 0; a < section->childCount(); ++a)
            any = any || !section->child(a)->isHidden();
        section->setHidden(!any);
    }
    const bool licensing = m_access->may(u"Licensing"_s);
    m_license->setEnabled(licensing);
    m_licenseNotice->check(licensing);
    m_license->setToolTip(
        licensing
            ? QString()
            : tr("Your account may not read the license (it needs the “Licensing” permission)."));
    if (changed) {
        rebuildGoMenu();
        delete m_find; // it searches the areas open to the account: made again when asked for
    }
    if (m_access->outcome() == AccountAccess::Outcome::Unknown)
        showBanner(tr("Could not read what your account may do, so every area is shown; some may "
                      "refuse you. %1")
                       .arg(m_access->error().message()),
                   m_access->error().details());
    updateStatus();
    // The remembered area if it is still open to the account, else the first that is.
    QTreeWidgetItem *current = m_nav->currentItem();
    const bool currentHidden =
        !current || current->isHidden() || (current->parent() && current->parent()->isHidden());
    if (currentHidden) {
        for (const Area &area : std::as_const(m_areas)) {
            if (!area.item->isHidden()) {
                showArea(area.item);
                break;
            }
        }
    }
}

void MainWindow::updateStatus()
{
    const Profile &p = m_session->profile();
    m_serverLabel->setText(tr("Server: %1").arg(p.manageUrl.toDisplayString()));
    QString user =
        m_session->userName().isEmpty() ? QString() : tr("User: %1").arg(m_session->userName());
    if (!user.isEmpty() && m_access &&
        m_access->outcome() == AccountAccess::Outcome::NoAdministration)
        user += QLatin1Char(' ') + tr("(no administration permissions: Produce only)");
    m_userLabel->setText(user);
    const ConnectionStatus::State state = m_connection->state();
    QString text = m_connection->text().toHtmlEscaped();
    if (state == ConnectionStatus::State::CertificateChanged ||
        state == ConnectionStatus::State::CertificateUntrusted)
        text +=
            u" — <a href=\"review\">"_s + tr("review the certificate…").toHtmlEscaped() + u"</a>"_s;
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(m_connection->details());
    m_stateLabel->setAccessibleDescription(m_connection->details());
    QPalette pal = m_stateLabel->palette();
    const bool fine =
        state == ConnectionStatus::State::Connected || state == ConnectionStatus::State::Connecting;
    pal.setColor(QPalette::WindowText,
                 fine ? QApplication::palette().color(QPalette::WindowText) : Theme::errorColor());
    m_stateLabel->setPalette(pal);
}

GlobalFind *MainWindow::showFind()
{
    if (!m_find) {
        QList<GlobalFind::Source> sources;
        for (const Area &area : std::as_const(m_areas)) {
            if (area.item->isHidden())
                continue;
            auto *list = qobject_cast<ListPane *>(area.pane);
            if (list == m_usersPane)
                sources.append({tr("Users"), list, true});
            else if (list == m_groupsPane || qobject_cast<ProjectsPane *>(list) ||
                     qobject_cast<PublishedPane *>(list) || qobject_cast<LibraryPane *>(list) ||
                     qobject_cast<DataSourcesPane *>(list) || qobject_cast<WorkflowsPane *>(list))
                sources.append({area.pane->title(), list, false});
        }
        m_find =
            new GlobalFind(m_session, sources, this); // kept: it opens again on the last search
        connect(m_find, &GlobalFind::chosen, this, [this](ListPane *pane, const QJsonObject &item) {
            goTo(pane);
            pane->showItem(item, true);
        });
    }
    // At the top of the window, like a command palette.
    const QRect frame = geometry();
    m_find->move(frame.x() + (frame.width() - m_find->width()) / 2, frame.y() + 60);
    m_find->search(); // the rows loaded since
    m_find->show();
    m_find->raise();
    m_find->activateWindow();
    m_find->field()->setFocus();
    m_find->field()->selectAll();
    return m_find;
}

void MainWindow::refreshAll()
{
    for (const Area &area : std::as_const(m_areas)) {
        if (!area.item->isHidden())
            area.pane->refresh();
    }
}

void MainWindow::showLicense()
{
    if (m_license && !m_license->isEnabled())
        return;
    if (auto *open = findChild<LicenseDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new LicenseDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showBanner(const QString &text, const QString &details)
{
    m_banner->showMessage(text, details);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Infiniti Admin"),
        tr("<h3>Infiniti Admin %1</h3>"
           "<p>A native administration console for Intelledox Infiniti / SmartIQ servers, "
           "built on the REST API v1.</p>"
           "<p>Connected to: %2<br>Qt %3</p>")
            .arg(QStringLiteral(INFINITI_VERSION),
                 m_session->profile().manageUrl.toDisplayString().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberPlace();
    QMainWindow::closeEvent(event);
}

void MainWindow::signOut()
{
    // The sheets, find popup and compare window opened from here: closed as Quit closes them
    // (QApplication::closeAllWindows), so a sheet that refuses (unsaved edits) keeps them all.
    QList<QPointer<QWidget>> own;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == this || !top->isVisible())
            continue;
        for (QWidget *w = top->parentWidget(); w; w = w->parentWidget()) {
            if (w == this) {
                own << top;
                break;
            }
        }
    }
    for (const QPointer<QWidget> &w : std::as_const(own)) {
        if (w && w->isVisible() && !w->close())
            return; // it asks, or is busy: the user decides, then signs out again
    }
    emit signOutRequested();
}

void MainWindow::rememberPlace()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    const QTreeWidgetItem *current = m_nav->currentItem();
    for (const Area &area : std::as_const(m_areas)) {
        if (area.item == current)
            settings.setValue(u"window/area"_s, current->text(0));
    }
    QStringList collapsed;
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        if (!m_serverItem->child(i)->isExpanded())
            collapsed << m_serverItem->child(i)->data(0, kSectionRole).toString();
    }
    settings.setValue(u"window/collapsedSections"_s, collapsed);
}

} // namespace infiniti
