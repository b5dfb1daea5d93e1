#include "ui/lists/ListPane.h"

#include "api/BulkOperation.h"
#include "api/Call.h"
#include "api/Session.h"
#include "formats/Csv.h"
#include "formats/Json.h"
#include "models/SparseListModel.h"
#include "ui/common/AfterSignIn.h"
#include "ui/common/EscapeKey.h"
#include "ui/common/SidePanel.h"
#include "ui/common/StandardIcons.h"
#include "ui/lists/BulkProgress.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/EntityDialog.h"
#include "ui/lists/FillWhileFiltered.h"
#include "ui/lists/ListProxy.h"
#include "ui/lists/ListStateOverlay.h"
#include "ui/lists/RowLook.h"
#include "ui/lists/SortProgress.h"
#include "ui/lists/StaleBanner.h"
#include "ui/lists/ViewText.h"
#include "ui/Log.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

ListPane::ListPane(PagedListModel *model, Texts texts, QWidget *parent)
    : Pane(parent)
    , m_model(model)
    , m_texts(std::move(texts))
    , m_proxy(new ListProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_footer(new QLabel(this))
    , m_filterNote(new QLabel(this))
{
    model->setParent(this);
    static_cast<ListProxy *>(m_proxy)->setListModel(m_model);
    m_proxy->setSortRole(PagedListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(m_texts.key + u"Filter"_s);
    m_filter->setPlaceholderText(m_texts.filterPlaceholder);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    // Escape clears it (the list filtered again at once); a second Escape goes to the list.
    EscapeKey::clearsFilter(
        m_filter, [this] { applyFilter(); }, [this] { focusMain(); });
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::textChanged, this, [this] { clearNotice(); });
    connect(m_filterDelay, &QTimer::timeout, this, &ListPane::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_filter->text().trimmed();
        if (!text.isEmpty())
            filterSubmitted(text);
    });
    m_filterNote->setObjectName(u"filterNote"_s);
    m_filterNote->hide();

    m_view->setObjectName(m_texts.key + u"View"_s);
    m_view->setModel(m_proxy);
    RowLook::apply(m_view);
    FillWhileFiltered::attach(m_view, m_proxy);   // a filter hiding a page's rows reads on
    m_view->viewport()->installEventFilter(this); // the whole text of a cut cell as its tooltip
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(180);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Order, sorting and hidden columns come back; widths only when the user chose them (a
    // header saved without that mark may hold the widths the console fitted itself).
    const QSettings settings;
    const bool restored =
        header->restoreState(settings.value(u"views/%1/header"_s.arg(m_texts.key)).toByteArray());
    m_columns = new ColumnFitter(
        m_view, restored && settings.value(u"views/%1/widthsChosen"_s.arg(m_texts.key)).toBool(),
        this);
    m_columns->rememberChoicesIn(u"views/%1"_s.arg(m_texts.key)); // shown or hidden in its menu
    connect(header, &QHeaderView::customContextMenuRequested, this, &ListPane::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &ListPane::saveHeader);
    connect(header, &QHeaderView::sectionResized, this, &ListPane::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPane::saveHeader);
    // Return, and a double click (or the platform's single click), activate a row.
    connect(m_view, &QTableView::activated, this, &ListPane::openRow);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListPane::showContextMenu);

    m_newAction = new QAction(standardIcon(this, QStyle::SP_FileIcon), tr("&New…"), this);
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (canCreate())
            createItem();
    });
    m_propertiesAction =
        new QAction(standardIcon(this, QStyle::SP_FileDialogDetailedView), tr("&Properties"), this);
    m_propertiesAction->setObjectName(u"propertiesAction"_s);
    m_propertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_propertiesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_propertiesAction, &QAction::triggered, this,
            [this] { openRow(selectedOrCurrentRow()); });
    m_deleteAction = new QAction(standardIcon(this, QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    m_renameAction = new QAction(tr("&Rename"), this);
    m_renameAction->setObjectName(u"renameAction"_s);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, [this] {
        // The selected row, as every action's: not the current one a focus frame marks.
        const QJsonObject item = selectedItem();
        if (canRename() && !item.isEmpty())
            renameItem(item);
    });
    for (QAction *a : {m_newAction, m_propertiesAction, m_deleteAction, m_renameAction})
        addAction(a);
    auto *selectAll = new QAction(tr("Select &all"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, m_view, &QTableView::selectAll);
    addAction(selectAll);
    // The main window's Copy, Refresh and Export act window-wide; these show the same entries
    // in the context menu. Added to no widget, their shortcuts never fire twice.
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ListPane::copySelection);
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_refreshAction, &QAction::triggered, this, [this] { refresh(); });
    m_exportAction = new QAction(tr("&Export view to CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_exportAction, &QAction::triggered, this, &ListPane::exportView);

    // Rows kept after a failed refresh say so above the list, with a way to try again.
    m_staleBanner = new StaleBanner(this);
    connect(m_staleBanner, &StaleBanner::retryRequested, m_model, &PagedListModel::retry);
    connect(m_model, &PagedListModel::stateChanged, this, &ListPane::updateStaleBanner);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPane::updateStaleBanner);

    m_overlay = new ListStateOverlay(m_view, m_model, m_texts.empty);
    connect(m_model, &PagedListModel::stateChanged, this, &ListPane::updateFooter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPane::updateFooter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListPane::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPane::updateFooter);
    // A re-read keeps the selection (by id) where the items are still there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ListPane::noteSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ListPane::openWhenRead);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { restoreSelection(0, m_model->rowCount() - 1); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { restoreSelection(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                restoreSelection(from.row(), to.row());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring && m_view->selectionModel()->hasSelection())
            m_keptIds.clear(); // chosen anew
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPane::updateFooter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ListPane::updateActions);
    // A reset (F5, another folder), rows the filter hides or brings back and a new order change
    // the selection without selectionChanged: the actions follow what is selected after them.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPane::updateActions);
    m_footer->setObjectName(m_texts.key + u"Footer"_s);
    m_footer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A long notice (a sync export names every part) never widens the window: the footer wraps
    // within the width the list has, and its tooltip holds the whole text.
    m_footer->setWordWrap(true);
    m_footer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_footer, &QLabel::linkActivated, m_model, &PagedListModel::retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_filter, 1);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_staleBanner);
    if (auto *sparse = qobject_cast<SparseListModel *>(m_model)) { // sorts all rows, with progress
        layout->addWidget(new SortProgress(
            sparse, header, [this](int n) { return countText(n); }, this));
        // Its first page is shown before its length is known: End then means the end to come.
        m_view->installEventFilter(this);
        connect(sparse, &SparseListModel::lengthKnown, this, &ListPane::followEnd);
        connect(sparse, &QAbstractItemModel::modelReset, this, [this] { m_followEnd = false; });
    }
    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);
    // Tab goes as the eye does: the filter above, then the list (the list was made first).
    setTabOrder(m_filter, m_view);
    updateFooter();
    updateActions();
}

void ListPane::addDetail(QWidget *detail, Qt::Orientation orientation, int listShare,
                         int detailShare)
{
    m_splitter->setOrientation(orientation);
    if (orientation == Qt::Vertical) {
        // A list above another: each count under its own list, not two footers stacked below.
        auto *listSide = new QWidget;
        listSide->setObjectName(m_texts.key + u"ListSide"_s);
        auto *column = new QVBoxLayout(listSide);
        column->setContentsMargins(0, 0, 0, 0);
        m_splitter->insertWidget(m_splitter->indexOf(m_view), listSide);
        layout()->removeWidget(m_footer);
        column->addWidget(m_view, 1);
        column->addWidget(m_footer);
    }
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, listShare);
    m_splitter->setStretchFactor(1, detailShare);
}

void ListPane::addFilterWidget(QWidget *widget)
{
    m_filterRow->addWidget(widget);
}

void ListPane::setExtraFilter(std::function<bool(const QJsonObject &)> accepts)
{
    static_cast<ListProxy *>(m_proxy)->extra = std::move(accepts);
    refilter();
}

void ListPane::refilter()
{
    static_cast<ListProxy *>(m_proxy)->refilter();
    m_overlay->setFilterActive(!m_filter->text().trimmed().isEmpty() ||
                               static_cast<ListProxy *>(m_proxy)->extra);
    updateFooter();
}

void ListPane::moveDetailFirst()
{
    // The tree keeps its width (room for a folder's name two levels down) and the list takes
    // what the window adds or loses; on a small screen the tree gives way first (SidePanel).
    m_splitter->insertWidget(0, m_splitter->widget(1));
    const int chars = m_view->fontMetrics().averageCharWidth();
    new SidePanel(m_splitter, qBound(200, chars * 30, 320), chars * 80);
}

void ListPane::setIdleText(const QString &text)
{
    m_overlay->setIdleText(text);
}

QJsonObject ListPane::selectedItem() const
{
    if (selectedRowCount() != 1)
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty()
               ? QJsonObject()
               : m_proxy->mapToSource(rows.first()).data(PagedListModel::JsonRole).toJsonObject();
}

void ListPane::noteSelection()
{
    // Read anew with nothing selected (or a list another now, while waiting): nothing to keep.
    // (Ctrl+A over a long list is not noted item by item.)
    m_keptIds.clear();
    m_keptCurrent.clear();
    if (!m_view->selectionModel()->hasSelection() || selectedRowCount() > 10000)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_keptIds.insert(m_proxy->mapToSource(row).data(PagedListModel::IdRole).toString());
    m_keptIds.remove(QString()); // rows not read yet
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_keptCurrent = m_proxy->mapToSource(current).data(PagedListModel::IdRole).toString();
}

void ListPane::restoreSelection(int first, int last)
{
    if (m_keptIds.isEmpty())
        return;
    // The model's rows that came (or were read: a long list's placeholders), by id; a row not
    // read yet has none, and is not asked for.
    QItemSelection back;
    QModelIndex current;
    last = qMin(last, m_model->rowCount() - 1);
    for (int row = qMax(0, first); row <= last && !m_keptIds.isEmpty(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        const QString id = source.data(PagedListModel::IdRole).toString();
        if (id.isEmpty() || !m_keptIds.contains(id))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            continue; // hidden by the filter: it may come back
        m_keptIds.remove(id);
        back.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        if (!current.isValid() || id == m_keptCurrent)
            current = index;
    }
    if (back.isEmpty())
        return;
    const QScopedValueRollback restoring(m_restoring, true);
    m_view->selectionModel()->select(back, QItemSelectionModel::Select);
    const QModelIndex now = m_view->currentIndex();
    if (!now.isValid() || !m_view->selectionModel()->isRowSelected(now.row()))
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

void ListPane::followSelection()
{
    const QJsonObject item = selectedItem();
    if (item == m_selectedShown)
        return;
    m_selectedShown = item;
    selectedItemChanged(item);
}

QString ListPane::nothingSelectedText()
{
    return tr("Nothing is selected: select a row first.");
}

QString ListPane::oneRowOnlyText(const QAction *action)
{
    QString name = action->text().remove(u'&');
    if (name.endsWith(u'…'))
        name.chop(1);
    return tr("%1 acts on one row: select only it.").arg(name);
}

void ListPane::showWhyNot(QAction *action, const QString &why)
{
    // The action's own tooltip (a pane's, or the one Qt makes from its text) is kept aside while
    // a reason shows; one set meanwhile becomes its own.
    const QString shownWhy = action->property("infinitiWhyNot").toString();
    if (shownWhy.isEmpty() || action->toolTip() != shownWhy)
        action->setProperty("infinitiOwnTip", action->toolTip());
    const QString own = action->property("infinitiOwnTip").toString();
    // A tooltip of the pane's own (what else does it: "or drag them out") stays under the reason;
    // the one Qt makes from the text would only repeat the name.
    const bool ownSaysMore = own != QString(action->text()).remove(u'&');
    const QString shown = why.isEmpty() ? own : ownSaysMore ? why + u'\n' + own : why;
    action->setProperty("infinitiWhyNot", shown);
    action->setToolTip(shown);
}

void ListPane::setSession(Session *session)
{
    // Named for assistive technology after the pane is made (title() is the subclass's).
    if (m_view->accessibleName().isEmpty())
        m_view->setAccessibleName(title());
    m_filter->setAccessibleName(tr("Filter %1").arg(title()));
    m_session = session;
    m_model->setSession(session);
    updateActions(); // canCreate() is a subclass's answer: not callable from our constructor
}

void ListPane::refresh()
{
    clearNotice();
    m_model->reload();
}

void ListPane::focusFind()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ListPane::focusMain()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

QList<QAction *> ListPane::paneActions() const
{
    QList<QAction *> actions{m_propertiesAction};
    if (canCreate() || m_newAction->isEnabled())
        actions << m_newAction;
    if (offersDelete())
        actions << m_deleteAction;
    if (canRename())
        actions << m_renameAction;
    if (!m_paneActions.isEmpty())
        actions << nullptr;
    for (const PaneAction &a : m_paneActions)
        actions << a.action;
    return actions;
}

QList<QAction *> ListPane::toolbarActions() const
{
    QList<QAction *> actions;
    if (canCreate())
        actions << m_newAction;
    actions << m_propertiesAction;
    if (offersDelete())
        actions << m_deleteAction;
    for (const PaneAction &a : m_paneActions) {
        if (a.toolbar)
            actions << a.action;
    }
    return actions;
}

QAction *ListPane::addItemAction(const QString &objectName, const QString &text,
                                 std::function<void(const QJsonObject &)> run,
                                 std::function<QString(const QJsonObject &)> whyNot,
                                 const QKeySequence &shortcut, bool toolbar)
{
    // The action's own name for the tooltip with several selected (known once it is made).
    auto self = std::make_shared<QPointer<QAction>>();
    QAction *action = addPaneAction(
        objectName, text,
        [this, run = std::move(run), whyNot] {
            const QJsonObject item = selectedItem();
            if (!item.isEmpty() && (!whyNot || whyNot(item).isEmpty()))
                run(item);
        },
        [this, whyNot] {
            const QJsonObject item = selectedItem();
            return !item.isEmpty() && (!whyNot || whyNot(item).isEmpty());
        },
        shortcut, toolbar,
        [this, whyNot, self] {
            if (selectedRowCount() > 1)
                return *self ? oneRowOnlyText(*self) : QString();
            const QJsonObject item = selectedItem();
            if (item.isEmpty())
                return tr("The selected row is not read yet: scroll to it first.");
            return whyNot ? whyNot(item) : QString();
        });
    *self = action;
    updateActions();
    return action;
}

QAction *ListPane::addPaneAction(const QString &objectName, const QString &text,
                                 std::function<void()> run, std::function<bool()> enabled,
                                 const QKeySequence &shortcut, bool toolbar,
                                 std::function<QString()> whyNot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(action, &QAction::triggered, this, [run = std::move(run), action] {
        if (action->isEnabled())
            run();
    });
    addAction(action);
    if (!enabled)
        enabled = [this] {
            return m_view->selectionModel()->hasSelection();
        };
    m_paneActions.append(PaneAction{action, std::move(enabled), toolbar, std::move(whyNot)});
    updateActions();
    return action;
}

void ListPane::addPaneSeparator()
{
    m_paneActions.append(PaneAction{});
}

void ListPane::showItem(const QJsonObject &item, bool open)
{
    selectItem(item);
    m_view->setFocus();
    if (open)
        openItem(item);
}

void ListPane::showCreated(const QList<QJsonObject> &items)
{
    // Where the list's order puts them (a sorting view does), or where a list in the server's
    // order shows them until it is read again: at the top, and the footer says so.
    QStringList names;
    for (const QJsonObject &item : items)
        names << itemLabel(item);
    if (names.isEmpty())
        return;
    const QString which = whichItems(names);
    showNotice(
        m_model->addsItemsAtTheTop()
            ? tr("Created %1: shown at the top until the list is read again (F5).").arg(which)
            : tr("Created %1.").arg(which));
}

void ListPane::selectItems(const QList<QJsonObject> &items)
{
    QItemSelection rows;
    QModelIndex first;
    for (const QJsonObject &item : items) {
        const int row = m_model->rowOfId(Json::idOf(item));
        const QModelIndex index =
            row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue; // hidden by the filter (or not here): left out, not the filter cleared
        rows.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    if (!first.isValid())
        return;
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(first);
}

void ListPane::selectItem(const QJsonObject &item)
{
    const QString id = Json::idOf(item);
    int row = m_model->rowOfId(id);
    if (row < 0) {
        m_model->addItem(item); // found on the server beyond the loaded rows: shown at the top
        row = m_model->rowOfId(id);
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && !m_filter->text().isEmpty()) { // hidden by the filter: clear it
        m_filter->clear();
        applyFilter();
        index = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

QList<QJsonObject> ListPane::selectedItems() const
{
    QList<QJsonObject> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const auto &row : rows) {
        const QJsonObject item =
            m_proxy->mapToSource(row).data(PagedListModel::JsonRole).toJsonObject();
        if (!item.isEmpty()) // a row not read yet is no item to act on
            items << item;
    }
    return items;
}

void ListPane::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    // The server searches the whole list; the proxy narrows what is loaded, which also covers
    // a server that ignores `search`.
    m_model->setSearch(text);
    m_proxy->setFilterFixedString(text);
    m_overlay->setFilterActive(!text.isEmpty());
    updateFooter();
}

QString ListPane::countLine(const PagedListModel &model, const std::function<QString(int)> &count)
{
    const int loaded = model.itemCount();
    if (loaded == 0)
        return {}; // the list's own state is said over it (ListStateOverlay)
    switch (model.state()) {
    case PagedListModel::State::Loading:
        return tr("%1 loaded — loading more…").arg(count(loaded));
    case PagedListModel::State::Error:
        return tr("%1 loaded. %2 <a href=\"retry\">Retry</a>")
            .arg(count(loaded).toHtmlEscaped(), model.lastError().message().toHtmlEscaped());
    default:
        return model.canFetchMore() ? tr("%1 loaded — scroll down for more").arg(count(loaded))
                                    : count(loaded);
    }
}

void ListPane::updateFooter()
{
    const int loaded = m_model->itemCount();
    const int shown = m_proxy->rowCount();
    const int rows = m_model->rowCount(); // (a row added here may be there twice for now)
    QString text = countLine(*m_model, [this](int n) { return countText(n); });
    const bool serverSearched = m_model->searchesOnServer() && !m_model->search().isEmpty() &&
                                !m_model->searchCoversLoadedRowsOnly();
    const bool readWhole = (m_model->state() == PagedListModel::State::Loaded ||
                            m_model->state() == PagedListModel::State::Empty) &&
                           !m_model->canFetchMore();
    if (!serverSearched) {
        if (readWhole)
            m_wholeCount = loaded; // the whole list, for the count while the server searches
        if (shown != rows && loaded > 0)
            text += u" · "_s + tr("%Ln shown", nullptr, shown);
    } else if (readWhole) {
        // The server searched: the rows are the matches alone. Said as every list says a
        // filter ("252 users · 3 shown"), and not left blank when nothing matches.
        text = tr("%Ln shown", nullptr, shown);
        if (m_wholeCount >= 0)
            text.prepend(countText(m_wholeCount) + u" · "_s);
    }
    // Several rows chosen for a bulk action: how many (one is plain to see).
    if (const int selected = selectedRowCount(); selected > 1 && !text.isEmpty())
        text += u" · "_s + tr("%Ln selected", nullptr, selected);
    if (!m_notice.isEmpty()) {
        // The counts may carry a link (Retry): then the label reads rich text.
        const bool rich = text.contains(u"<a "_s);
        const QString notice = rich ? m_notice.toHtmlEscaped() : m_notice;
        text = text.isEmpty() ? notice : notice + u" · "_s + text;
    }
    m_footer->setText(text);
    m_footer->setToolTip(m_notice);
    // Where the server ignored what we asked it to narrow the list by, say what the view shows.
    const bool rowsFiltered = m_model->rowFilterWasIgnored();
    m_filterNote->setText(
        rowsFiltered
            ? tr("This server does not narrow this list itself: the items that match are picked "
                 "from those loaded so far, and more appear as the list loads.")
        : m_model->searchesOnServer()
            ? tr("This server does not search; the filter covers the items loaded so far.")
            : tr("The filter covers the items loaded so far; more are read as the list loads."));
    m_filterNote->setVisible(rowsFiltered || m_model->searchCoversLoadedRowsOnly());
}

void ListPane::setInitialColumnWidths(const QList<int> &widths)
{
    m_columns->setInitialWidths(widths);
}

void ListPane::setColumnRoles(int descriptive, const QList<int> &optional)
{
    m_columns->setStretchColumn(descriptive);
    m_columns->setOptionalColumns(optional);
}

void ListPane::updateStaleBanner()
{
    if (m_model->isStale() && m_model->rowCount() > 0)
        m_staleBanner->show(m_model->loadedAt(), m_model->lastError());
    else
        m_staleBanner->hide();
}

bool ListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *sparse = qobject_cast<SparseListModel *>(m_model);
        m_followEnd = static_cast<QKeyEvent *>(event)->key() == Qt::Key_End && sparse &&
                      sparse->isFindingLength();
    }
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_followEnd = false;
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        // A cell cut short shows all of its text when the model has no tooltip of its own.
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            const QString text = index.data().toString();
            const int room = m_view->visualRect(index).width() - 8;
            if (!text.isEmpty() && m_view->fontMetrics().horizontalAdvance(text) > room) {
                QToolTip::showText(help->globalPos(), text, m_view->viewport(),
                                   m_view->visualRect(index));
                return true;
            }
        }
    }
    return Pane::eventFilter(watched, event);
}

void ListPane::followEnd()
{
    if (!std::exchange(m_followEnd, false) || m_proxy->rowCount() == 0)
        return;
    const QModelIndex last =
        m_proxy->index(m_proxy->rowCount() - 1, qMax(0, m_view->currentIndex().column()));
    m_view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_view->scrollTo(last);
}

void ListPane::showNotice(const QString &text)
{
    m_notice = text;
    updateFooter();
}

void ListPane::clearNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    updateFooter();
}

int ListPane::selectedRowCount() const
{
    // From the selection's ranges, not selectedRows(): Ctrl+A on 100,000 rows is one range.
    QList<std::pair<int, int>> spans;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        spans.append({range.top(), range.bottom()});
    std::sort(spans.begin(), spans.end());
    int count = 0;
    int end = -1; // the last row counted
    for (const auto &[top, bottom] : spans) {
        if (bottom <= end)
            continue;
        count += bottom - qMax(top, end + 1) + 1;
        end = bottom;
    }
    return count;
}

void ListPane::openRow(const QModelIndex &row)
{
    m_openWhenRead = QPersistentModelIndex();
    if (!row.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(row).siblingAtColumn(0);
    if (source.data(PagedListModel::LoadedRole) == QVariant(false)) {
        // Not read yet (a list at scale): opened once it is, never as a blank sheet. Asking
        // for its data asks for its page.
        m_openWhenRead = QPersistentModelIndex(source);
        source.data();
        return;
    }
    openItem(source.data(PagedListModel::JsonRole).toJsonObject());
}

void ListPane::openWhenRead(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_openWhenRead.isValid() || m_openWhenRead.row() < topLeft.row() ||
        m_openWhenRead.row() > bottomRight.row() ||
        m_openWhenRead.data(PagedListModel::LoadedRole) == QVariant(false))
        return;
    const QJsonObject item = m_openWhenRead.data(PagedListModel::JsonRole).toJsonObject();
    m_openWhenRead = QPersistentModelIndex();
    openItem(item);
}

QModelIndex ListPane::selectedOrCurrentRow() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row()))
        return current;
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void ListPane::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    const QString none = any ? QString() : nothingSelectedText();
    m_newAction->setEnabled(canCreate());
    // A sheet shows one row: with several selected, Properties would open one of them only.
    const bool several = selectedRowCount() > 1;
    m_propertiesAction->setEnabled(any && !several);
    m_propertiesAction->setToolTip(several ? tr("Properties show one row: select only it.") : none);
    const QString whyNot = whyNoDelete();
    m_deleteAction->setEnabled(any && offersDelete() && whyNot.isEmpty());
    m_deleteAction->setToolTip(whyNot.isEmpty() ? none : whyNot); // empty: the action's text
    m_deleteAction->setStatusTip(whyNot);
    // F2 renames the selected row (never the current one alone), one at a time.
    m_renameAction->setEnabled(canRename() && !selectedItem().isEmpty());
    showWhyNot(m_renameAction, several ? oneRowOnlyText(m_renameAction) : none);
    m_copyAction->setEnabled(any);
    for (const PaneAction &a : std::as_const(m_paneActions)) {
        if (!a.action)
            continue;
        const bool enabled = a.enabled();
        a.action->setEnabled(enabled);
        QString why;
        if (!enabled)
            why = !any ? none : a.whyNot ? a.whyNot() : QString();
        showWhyNot(a.action, why);
    }
    followSelection();
}

void ListPane::showContextMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    for (QAction *a : contextMenuActions()) {
        if (a)
            menu.addAction(a);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<QAction *> ListPane::contextMenuActions() const
{
    // The same entries, in the same order, as the Action menu.
    return paneActions() + QList<QAction *>{nullptr, m_copyAction, m_refreshAction, m_exportAction};
}

QByteArray ListPane::viewAsCsv() const
{
    // For a spreadsheet: a cell that would start a formula (=, +, -, @) is written as text.
    return ViewText::csv(m_view->horizontalHeader(), m_proxy, {',', true});
}

void ListPane::exportView()
{
    auto *dialog = new QFileDialog(this, tr("Export to CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(m_texts.key + u".csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        const QByteArray csv = Csv::kUtf8Bom + viewAsCsv(); // Excel reads UTF-8 only after a BOM
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export to CSV"),
                                        tr("Could not write %1: %2").arg(path, file.errorString()),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        int notRead = 0;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            notRead +=
                m_proxy->index(row, 0).data(PagedListModel::LoadedRole) == QVariant(false) ? 1 : 0;
        if (m_model->canFetchMore() || notRead > 0)
            showNotice(tr("Exported the %1 loaded so far to %2.")
                           .arg(countText(m_proxy->rowCount() - notRead), path));
    });
    dialog->open();
}

void ListPane::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(
            ViewText::tabSeparated(m_view->horizontalHeader(), m_proxy, rows));
}

int ListPane::unreadAmong(const QModelIndexList &rows)
{
    // Only a list at scale has rows not read yet, and says so (LoadedRole false); a model that
    // does not answer the role holds every row it shows.
    return int(std::count_if(rows.begin(), rows.end(), [](const QModelIndex &row) {
        return row.data(PagedListModel::LoadedRole) == QVariant(false);
    }));
}

int ListPane::unreadSelected() const
{
    return unreadAmong(m_view->selectionModel()->selectedRows()); // (the proxy passes the role)
}

QString ListPane::unreadNote() const
{
    const int unread = unreadSelected();
    if (unread == 0)
        return {};
    return "\n\n"_L1 + tr("Selected but not read yet, so left as is: %Ln row(s). Scroll through "
                          "the list first to include every selected row.",
                          nullptr, unread);
}

bool ListPane::toldNothingRead(const QString &title)
{
    if (unreadSelected() == 0 || !selectedItems().isEmpty())
        return false;
    auto *box = new QMessageBox(QMessageBox::Information, title,
                                tr("None of the selected rows is read yet: scroll through them "
                                   "first, then try again."),
                                QMessageBox::Ok, this);
    box->setObjectName(u"nothingRead"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

void ListPane::deleteSelected()
{
    if (!m_session || toldNothingRead(tr("Delete")))
        return;
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    QList<BulkOperation::Item> work;
    QStringList refused;
    for (const auto &item : items) {
        QString whyNot;
        if (const auto request = deleteRequest(item, &whyNot))
            work << BulkOperation::Item{Json::idOf(item), itemLabel(item), *request};
        else
            refused << u"%1: %2"_s.arg(itemLabel(item), whyNot);
    }
    const DeleteWords words = deleteWords();
    if (work.isEmpty()) {
        auto *box =
            new QMessageBox(QMessageBox::Information, QString(words.confirm).remove(u'&'),
                            words.nothingDone + QLatin1Char('\n') + refused.join(QLatin1Char('\n')),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QStringList labels;
    for (const auto &w : std::as_const(work))
        labels << w.label;
    QString question = words.question.arg(whichItems(labels));
    if (!refused.isEmpty())
        question +=
            "\n\n"_L1 + words.leftAlone + QLatin1Char('\n') + refused.join(QLatin1Char('\n'));
    question += unreadNote();
    const QString which =
        labels.size() == 1 ? tr("“%1”").arg(labels.first()) : countText(int(labels.size()));
    confirmThen(
        question, words.confirm,
        [this, work, words] { runBulk(words.progress, words.done, work, BulkRows::Removed); },
        words.title.arg(which), words.cannotBeUndone ? tr("This cannot be undone.") : QString());
}

ListPane::DeleteWords ListPane::deleteWords() const
{
    return {tr("Delete %1?"),
            tr("&Delete"),
            tr("Deleting…"),
            tr("deleted"),
            tr("Nothing was deleted:"),
            tr("These cannot be deleted and are left alone:"),
            tr("Delete %1")};
}

QString ListPane::nameList(const QStringList &labels)
{
    constexpr qsizetype shown = 5;
    if (labels.size() <= shown)
        return labels.join(u", "_s);
    return tr("%1 and %Ln more", nullptr, int(labels.size() - shown))
        .arg(labels.first(shown).join(u", "_s));
}

QString ListPane::whichItems(const QStringList &labels, std::function<QString(int)> countOf) const
{
    if (labels.size() == 1)
        return tr("“%1”").arg(labels.first());
    const QString count = countOf ? countOf(int(labels.size())) : countText(int(labels.size()));
    return labels.isEmpty() ? count : tr("%1: %2").arg(count, nameList(labels));
}

QStringList ListPane::labelsOf(const QList<QJsonObject> &items) const
{
    QStringList labels;
    labels.reserve(items.size());
    for (const auto &item : items)
        labels << itemLabel(item);
    return labels;
}

void ListPane::confirmThen(const QString &question, const QString &actionText,
                           std::function<void()> then, const QString &title, const QString &note)
{
    // Titled by what it asks about: a pane has no title of its own, so Qt gave every question
    // the application's name.
    QString heading = title;
    if (heading.isEmpty()) {
        heading = QString(actionText).remove(u'&');
        if (heading.endsWith(u'…'))
            heading.chop(1);
    }
    auto *confirm = new QMessageBox(QMessageBox::Warning, heading, question,
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(u"confirm"_s);
    confirm->setInformativeText(note);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->button(QMessageBox::Yes)->setText(actionText);
    connect(confirm, &QMessageBox::accepted, this, std::move(then));
    confirm->open();
}

void ListPane::runBulk(const QString &progressText, const QString &doneVerb,
                       const QList<BulkOperation::Item> &work, BulkRows rows,
                       std::function<QString(int)> countOf)
{
    if (!countOf)
        countOf = [this](int n) {
            return countText(n);
        };
    // Done, but the server did not say what it made: a 201 without a body, or an update
    // whose read-back failed (ApiJob: the write is done, its result unknown). The row as it
    // was would be a silent wrong answer: the list is read again at the end.
    auto unsaid = std::make_shared<bool>(false);
    auto created = std::make_shared<QList<QJsonObject>>(); // new rows: selected at the end
    BulkProgress::start(
        this, m_session, work, {progressText, doneVerb, countOf},
        [this, rows, unsaid, created](const BulkOperation::Outcome &o) {
            // The table follows the server's answers, never a guess.
            if (rows == BulkRows::NotShown)
                return;
            if (rows == BulkRows::Removed) {
                m_model->removeId(o.item.id);
                // One fewer in the whole list too: while the server searches, the footer
                // counts it ("251 users · 2 shown") without reading it again.
                if (m_wholeCount > 0)
                    --m_wholeCount;
                updateFooter();
            } else if (!o.answer.isEmpty()) {
                if (o.item.request.method == "POST" && m_model->rowOfId(Json::idOf(o.answer)) < 0)
                    created->append(o.answer);
                m_model->addItem(o.answer); // updates the row, or shows a created item
            } else if (!o.error.isError())
                *unsaid = true;
        },
        [this, unsaid, created](int done, int failed) {
            if (!created->isEmpty()) {
                selectItems(*created); // what was made, selected and in sight
                showCreated(*created);
            }
            if (*unsaid)
                m_model->refresh(); // read again to show what was made (the selection kept)
            emit bulkFinished(done, failed);
        });
}

void ListPane::saveOnRequest(EntityDialog *dialog, std::function<ApiRequest()> makeRequest)
{
    connect(dialog, &EntityDialog::saveRequested, this, [this, dialog, makeRequest] {
        if (!m_session)
            return;
        dialog->setBusy(true);
        m_session->call(makeRequest())
            .then(
                dialog,
                [this, dialog](const QJsonObject &answer) {
                    if (dialog->isNew() && answer.isEmpty()) {
                        m_model->addItem(answer); // made, not said what: the list read again
                    } else if (dialog->isNew()) {
                        if (m_wholeCount >= 0 && m_model->rowOfId(Json::idOf(answer)) < 0)
                            ++m_wholeCount; // one more in the whole list (see runBulk)
                        m_model->addItem(answer);
                        showItem(answer, false); // the new row, selected and in sight
                        showCreated({answer});
                    } else
                        m_model->updateItem(answer);
                    dialog->accept();
                },
                [this, dialog](const ApiError &error) { saveFailed(dialog, error); });
    });
}

void ListPane::saveFreshOnRequest(EntityDialog *dialog, ApiRequest read,
                                  std::function<ApiRequest(const QJsonObject &)> write)
{
    saveFreshOnRequest(dialog, std::move(read), [write](const QJsonObject &fresh, ApiError *) {
        return std::optional<ApiRequest>(write(fresh));
    });
}

void ListPane::saveFreshOnRequest(EntityDialog *dialog, ApiRequest read, RefusingWrite write)
{
    connect(dialog, &EntityDialog::saveRequested, this, [this, dialog, read, write] {
        if (!m_session)
            return;
        dialog->setBusy(true);
        m_session->update(read, write)
            .then(
                dialog,
                [this, dialog](const QJsonObject &answer) {
                    m_model->updateItem(answer);
                    dialog->accept();
                },
                [this, dialog](const ApiError &error) { saveFailed(dialog, error); });
    });
}

void ListPane::saveFailed(EntityDialog *dialog, const ApiError &error)
{
    // The sign-in expired: once the user has signed in again the save goes out again by itself,
    // and the sheet keeps its input meanwhile.
    if (error.kind() == ApiError::Kind::Unauthorised &&
        retryAfterSignIn(
            m_session, dialog, [dialog] { emit dialog->saveRequested(); },
            [dialog] {
                dialog->showError(
                    ApiError(ApiError::Kind::Unauthorised, tr("save your changes"), 401));
            })) {
        dialog->setWaiting(
            tr("Your sign-in has expired. Sign in again and your changes are saved then."));
        return;
    }
    dialog->showError(error);
}

void ListPane::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != 0); // the key column stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_columns->choose(c, on); // whatever the window's width, and remembered
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void ListPane::saveHeader()
{
    if (m_columns->adjusting()) // fitted to the window, not chosen
        return;
    QSettings settings;
    settings.setValue(u"views/%1/header"_s.arg(m_texts.key),
                      m_view->horizontalHeader()->saveState());
    settings.setValue(u"views/%1/widthsChosen"_s.arg(m_texts.key), m_columns->userWidths());
}

} // namespace infiniti
