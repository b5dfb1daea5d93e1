#include "ui/shell/MainWindow.h"

#include "ui/shell/Banner.h"
#include "api/Session.h"
#include "ui/produce/AnswerFilesPane.h"
#include "ui/design/DataSourcesPane.h"
#include "ui/produce/FormsPane.h"
#include "ui/security/GroupsPane.h"
#include "ui/design/LibraryPane.h"
#include "ui/design/ProjectsPane.h"
#include "ui/design/PublishedPane.h"
#include "ui/workflow/WorkflowsPane.h"
#include "ui/produce/TasksPane.h"
#include "ui/settings/LicenseDialog.h"
#include "ui/security/RolesPane.h"
#include "ui/lists/SettingsPane.h"
#include "ui/security/UsersPane.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kPaneRole = Qt::UserRole;          // an area's index in the stack
constexpr int kGroupNameRole = Qt::UserRole + 1; // a group listed under Groups (a drop target)
constexpr int kSectionRole = Qt::UserRole + 2;   // a section heading's untranslated key
} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new Banner(this))
    , m_usersPane(new UsersPane(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Infiniti Admin — %1").arg(session->profile().name));

    m_nav->setObjectName(u"navigation"_s);
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(true);
    m_nav->setExpandsOnDoubleClick(false); // double-clicking the server opens the license
    m_nav->setMinimumWidth(180);
    m_serverItem = new QTreeWidgetItem(m_nav, {session->profile().name});
    m_serverItem->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_serverItem->setToolTip(0, session->profile().manageUrl.toString());
    m_serverItem->setFlags(Qt::ItemIsEnabled);

    // The areas that exist, in the sections an administrator looks for them under; each further
    // resource adds its pane here.
    QTreeWidgetItem *security = addSection(u"security"_s, tr("Security"));
    addArea(security, m_usersPane, style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_usersPane->setSession(session);
    m_groupsPane = new GroupsPane(this);
    m_groupsItem = addArea(security, m_groupsPane, style()->standardIcon(QStyle::SP_DirIcon));
    m_groupsPane->setSession(session);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_groupsPane->listModel(), signal, this, &MainWindow::updateGroupItems);
    connect(m_groupsPane->listModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateGroupItems);
    connect(m_groupsPane->listModel(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateGroupItems);
    m_nav->viewport()->setAcceptDrops(true);
    m_nav->viewport()->installEventFilter(this);
    auto *roles = new RolesPane(this);
    addArea(security, roles, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    roles->setSession(session);

    QTreeWidgetItem *design = addSection(u"design"_s, tr("Design"));
    auto *projects = new ProjectsPane(this);
    addArea(design, projects, style()->standardIcon(QStyle::SP_FileDialogListView));
    projects->setSession(session);
    auto *published = new PublishedPane(this);
    addArea(design, published, style()->standardIcon(QStyle::SP_DialogYesButton));
    published->setSession(session);
    auto *library = new LibraryPane(this);
    addArea(design, library, style()->standardIcon(QStyle::SP_DirLinkIcon));
    library->setSession(session);
    auto *dataSources = new DataSourcesPane(this);
    addArea(design, dataSources, style()->standardIcon(QStyle::SP_DriveHDIcon));
    dataSources->setSession(session);

    QTreeWidgetItem *workflow = addSection(u"workflow"_s, tr("Workflow"));
    auto *workflows = new WorkflowsPane(this);
    addArea(workflow, workflows, style()->standardIcon(QStyle::SP_BrowserReload));
    workflows->setSession(session);

    QTreeWidgetItem *settings = addSection(u"settings"_s, tr("Settings"));
    for (const auto &spec : SettingsPane::adminSettings()) {
        auto *pane = new SettingsPane(spec, this);
        addArea(settings, pane, style()->standardIcon(QStyle::SP_FileDialogContentsView));
        pane->setSession(session);
    }

    // The Produce side, as the signed-in user.
    QTreeWidgetItem *produce = addSection(u"produce"_s, tr("Produce"));
    auto *tasks = new TasksPane(this);
    addArea(produce, tasks, style()->standardIcon(QStyle::SP_DialogApplyButton));
    tasks->setSession(session);
    auto *forms = new FormsPane(this);
    addArea(produce, forms, style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    forms->setSession(session);
    for (const bool inProgress : {false, true}) {
        auto *answers = new AnswerFilesPane(inProgress, this);
        addArea(produce, answers, style()->standardIcon(inProgress ? QStyle::SP_FileDialogInfoView : QStyle::SP_FileIcon));
        answers->setSession(session);
    }

    m_nav->expandAll();
    const QStringList collapsed = QSettings().value(u"window/collapsedSections"_s).toStringList();
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        if (collapsed.contains(m_serverItem->child(i)->data(0, kSectionRole).toString()))
            m_serverItem->child(i)->setExpanded(false);
    }
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPaneRole).isValid()) // an area or a group under Groups
            m_stack->setCurrentIndex(item->data(0, kPaneRole).toInt());
    });
    // The area open when the window last closed, else the first.
    const QString last = QSettings().value(u"window/area"_s).toString();
    QTreeWidgetItem *start = m_areas.value(0);
    for (QTreeWidgetItem *area : std::as_const(m_areas)) {
        if (area->text(0) == last)
            start = area;
    }
    showArea(start);
    connect(m_nav, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item == m_serverItem)
            showLicense();
        else if (item->data(0, kSectionRole).isValid())
            item->setExpanded(!item->isExpanded());
    });
    m_serverItem->setToolTip(0, tr("%1 — activate for the license").arg(m_session->profile().manageUrl.toString()));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    m_nav->resizeColumnToContents(0); // German names are longer: as wide as they need
    splitter->setSizes({qMax(220, m_nav->columnWidth(0) + 2 * m_nav->frameWidth() + 8), 1000});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    connect(session, &Session::stateChanged, this, &MainWindow::updateStatus);
    updateStatus();
    createMenus();

    resize(1200, 760);
    restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray());
}

QTreeWidgetItem *MainWindow::addSection(const QString &key, const QString &title)
{
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

void MainWindow::colourHeading(QTreeWidgetItem *item)
{
    // Between the text and the background: quieter than the areas, in light and dark alike.
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor base = QApplication::palette().color(QPalette::Base);
    item->setForeground(0, QColor::fromRgbF(0.7f * text.redF() + 0.3f * base.redF(), 0.7f * text.greenF() + 0.3f * base.greenF(),
                                            0.7f * text.blueF() + 0.3f * base.blueF()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) { // light ↔ dark
        for (int i = 0; i < m_serverItem->childCount(); ++i)
            colourHeading(m_serverItem->child(i));
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

QTreeWidgetItem *MainWindow::addArea(QTreeWidgetItem *section, Pane *pane, const QIcon &icon)
{
    const int index = m_stack->addWidget(pane);
    auto *item = new QTreeWidgetItem(section, {pane->title()});
    item->setIcon(0, icon);
    item->setData(0, kPaneRole, index);
    m_areas.append(item);
    return item;
}

void MainWindow::updateGroupItems()
{
    const QAbstractItemModel *model = m_groupsPane->listModel();
    const int pane = m_groupsItem->data(0, kPaneRole).toInt();
    qDeleteAll(m_groupsItem->takeChildren());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, 0).data().toString();
        auto *child = new QTreeWidgetItem(m_groupsItem, {name});
        child->setIcon(0, style()->standardIcon(QStyle::SP_DirClosedIcon));
        child->setData(0, kPaneRole, pane);
        child->setData(0, kGroupNameRole, name);
        child->setToolTip(0, tr("Drop users here to add them to %1").arg(name));
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
        if (users && (event->type() == QEvent::DragEnter || (item && !item->data(0, kGroupNameRole).toString().isEmpty()))) {
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
    QAction *exportView = file->addAction(tr("&Export view to CSV…"), this, [this] {
        if (auto *list = qobject_cast<ListPane *>(currentPane()))
            list->exportView();
    });
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (Pane *p = currentPane())
            p->copySelection();
    });
    copy->setShortcut(QKeySequence::Copy);
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (Pane *p = currentPane())
            p->focusFind();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (Pane *p = currentPane())
            p->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    if (refresh->shortcut() != QKeySequence(Qt::Key_F5))
        refresh->setShortcuts({QKeySequence(Qt::Key_F5), refresh->shortcut()});
    // Go: every area, by section; the first nine also on Ctrl+1…9.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(u"goMenu"_s);
    int number = 0;
    const QTreeWidgetItem *section = nullptr;
    for (QTreeWidgetItem *area : std::as_const(m_areas)) {
        if (area->parent() != section) {
            section = area->parent();
            go->addSection(section->text(0));
        }
        QAction *action = go->addAction(area->icon(0), area->text(0), this, [this, area] { showArea(area); });
        if (++number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    }
    // Theme: the desktop's look, or our light or dark one; applied at once and remembered.
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(themes);
    for (const auto &[mode, text] : {std::pair{Theme::Mode::System, tr("&System")}, std::pair{Theme::Mode::Light, tr("&Light")},
                                     std::pair{Theme::Mode::Dark, tr("&Dark")}}) {
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *license = help->addAction(tr("&License…"), this, &MainWindow::showLicense);
    license->setObjectName(u"licenseAction"_s);
    help->addSeparator();
    help->addAction(tr("&About Infiniti Admin"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    const Profile &p = m_session->profile();
    m_serverLabel->setText(tr("Server: %1").arg(p.manageUrl.toDisplayString()));
    m_userLabel->setText(m_session->userName().isEmpty() ? QString() : tr("User: %1").arg(m_session->userName()));
    switch (m_session->state()) {
    case Session::State::SignedIn:
        m_stateLabel->setText(tr("Signed in"));
        break;
    case Session::State::Reauthenticating:
        m_stateLabel->setText(tr("Sign-in expired — waiting for you to sign in again"));
        break;
    case Session::State::SignedOut:
        m_stateLabel->setText(tr("Signed out"));
        break;
    }
}

void MainWindow::showLicense()
{
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
    QMessageBox::about(this, tr("About Infiniti Admin"),
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
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    if (QTreeWidgetItem *current = m_nav->currentItem(); current && m_areas.contains(current))
        settings.setValue(u"window/area"_s, current->text(0));
    QStringList collapsed;
    for (int i = 0; i < m_serverItem->childCount(); ++i) {
        if (!m_serverItem->child(i)->isExpanded())
            collapsed << m_serverItem->child(i)->data(0, kSectionRole).toString();
    }
    settings.setValue(u"window/collapsedSections"_s, collapsed);
    QMainWindow::closeEvent(event);
}

} // namespace infiniti
