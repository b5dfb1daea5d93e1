#pragma once

#include "api/BulkOperation.h"
#include "models/PagedListModel.h"
#include "ui/lists/StaleBanner.h"
#include "ui/shell/Pane.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QHBoxLayout;
class QTableView;
class QTimer;

namespace infiniti {

class ColumnFitter;

class ListStateOverlay;
class Session;

// A pane showing one paged server list: filter box (Escape clears it, a second Escape goes to
// the list), sortable table (columns shown/hidden from the header, state remembered; Tab leaves
// it), loading/empty/error states, a footer, rows kept under a "stale" strip when a refresh
// fails, and the standard actions — New (Ctrl+N), Properties (Return, Alt+Return), Delete (Del,
// confirmed, with progress and a summary), Rename (F2) — plus the pane's own, the same in the
// context menu, the Action menu and the toolbar. Subclasses say what they do for their resource.
class ListPane : public Pane
{
    Q_OBJECT
public:
    struct Texts
    {
        QString key; // object names and settings: "users"
        QString filterPlaceholder;
        QString empty; // shown when the server has none
    };
    ListPane(PagedListModel *model, Texts texts, QWidget *parent = nullptr);

    void setSession(Session *session) override;
    // A message in the footer, before the list's counts: it stays while the list loads and
    // changes, until the filter is edited, the list refreshed or another notice comes.
    void showNotice(const QString &text);
    // The text over the list while it has nothing to ask for (see PagedListModel::ready()).
    void setIdleText(const QString &text);
    Session *session() const { return m_session; }
    // F5: the rows stay on screen until the server answers, and stay (marked stale) if it fails.
    void refresh() override;
    void focusFind() override;
    void copySelection() override;
    void focusMain() override;
    QList<QAction *> paneActions() const override;
    QList<QAction *> toolbarActions() const override;
    // The list's context menu (null: a separator): paneActions(), then Copy, Refresh and Export
    // view to CSV….
    QList<QAction *> contextMenuActions() const;
    // Global find: makes the row of `item` current (adding it when it is not loaded) and, with
    // `open`, opens its properties.
    void showItem(const QJsonObject &item, bool open);
    // Makes the row of `item` current and selected, scrolled to, where the focus is left alone
    // (the navigation tree's groups select theirs as the user moves through them).
    void selectItem(const QJsonObject &item);
    // Selects the rows of these items (those the filter shows), the first current and in sight.
    void selectItems(const QList<QJsonObject> &items);

    PagedListModel *listModel() const { return m_model; }
    // Below a list: how many items (`count` says "N users"), whether more are coming, what
    // failed with a Retry link (rich text then); empty while there are none.
    // Of `rows`, those not read yet (a long list's placeholders: LoadedRole false).
    static int unreadAmong(const QModelIndexList &rows);
    static QString countLine(const PagedListModel &model, const std::function<QString(int)> &count);
    // Names for a question: "anna, bob, carl"; past five, "…, eve and 3 more".
    static QString nameList(const QStringList &labels);
    QTableView *view() const { return m_view; }
    // How the columns are fitted to the view (the first view's widths; the user's kept).
    ColumnFitter *columnFitter() const { return m_columns; }
    QList<QJsonObject> selectedItems() const;
    // The view as CSV (RFC 4180, UTF-8): the rows the filter shows, in their sort order, the
    // visible columns in their order, preceded by the raw id; flags as true/false.
    QByteArray viewAsCsv() const;
    // Asks where, then writes viewAsCsv() there atomically.
    void exportView();
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *propertiesAction() const { return m_propertiesAction; }
    // The stale strip over the list after a failed refresh (hidden otherwise).
    QWidget *staleBanner() const { return m_staleBanner; }

signals:
    // After a bulk run: how many items succeeded and failed.
    void bulkFinished(int succeeded, int failed);

protected:
    // Selected rows not read yet (a long list's placeholders): there is no item to act on yet,
    // and an action on the selection says so rather than act on the rows read alone.
    int unreadSelected() const;
    // Two line breaks and a sentence about them, to add to a question; empty when there are none.
    QString unreadNote() const;
    // Says, in a message box, that none of the selected rows is read yet (when that is so);
    // true if it said it.
    bool toldNothingRead(const QString &title);
    // "%n user(s)" — the footer's count of items.
    virtual QString countText(int n) const = 0;
    virtual void openItem(const QJsonObject &item) = 0;
    virtual void createItem() {}
    virtual bool canCreate() const { return false; }
    // Lists whose items are not deleted from here (workflows are aborted, tasks cancelled).
    virtual bool offersDelete() const { return true; }
    // Lists that offer Delete where none of their items can be deleted: why (the action stays
    // in its place, disabled, with this as its tooltip); empty when they can be.
    virtual QString whyNoDelete() const { return {}; }
    // What Delete is called in a list where it is something else (publications are
    // unpublished): the question (%1: which items), its button, the progress and the result;
    // the question's title (%1: the item, or how many); whether it cannot be undone (said).
    struct DeleteWords
    {
        QString question, confirm, progress, done, nothingDone, leftAlone;
        QString title = {};
        bool cannotBeUndone = true;
    };
    virtual DeleteWords deleteWords() const;
    // The request deleting one item, and a label for it; no request: it cannot be deleted
    // (`whyNot` says why, e.g. a system group).
    virtual std::optional<ApiRequest> deleteRequest(const QJsonObject &, QString *whyNot) const
    {
        Q_UNUSED(whyNot);
        return std::nullopt;
    }
    virtual QString itemLabel(const QJsonObject &item) const = 0;
    // A pane's own action (Enable, Abort, Import users from CSV…), after the standard ones in
    // the context menu, the Action menu and, with `toolbar`, the toolbar. `enabled` is asked
    // whenever the selection changes (default: something is selected). Shortcuts act while the
    // focus is in the pane.
    // Disabled, its tooltip says why: nothing is selected, or what `whyNot` (when given) says
    // of the selection.
    QAction *addPaneAction(const QString &objectName, const QString &text,
                           std::function<void()> run, std::function<bool()> enabled = {},
                           const QKeySequence &shortcut = {}, bool toolbar = false,
                           std::function<QString()> whyNot = {});
    // An action on one item, the one selected row (History…, Replace file…), never the current
    // row alone: disabled while none or several are selected, or while `whyNot` refuses the
    // selected one; its tooltip then says why.
    QAction *addItemAction(const QString &objectName, const QString &text,
                           std::function<void(const QJsonObject &)> run,
                           std::function<QString(const QJsonObject &)> whyNot = {},
                           const QKeySequence &shortcut = {}, bool toolbar = false);
    void addPaneSeparator();
    // Asks every action whether it applies now (after something they depend on changed).
    void updateActions();
    // Return in the filter box (e.g. look a name up exactly on the server).
    virtual void filterSubmitted(const QString &) {}
    // F2, where a name is the key: open the item with its name ready to edit.
    virtual void renameItem(const QJsonObject &) {}
    virtual bool canRename() const { return false; }
    // The selected item changed, or what the server says of it (an empty object while none or
    // several rows are selected, see selectedItem()), e.g. for a preview or a sub-list. Never
    // the current row alone: the faint frame a row gets with the focus is no choice.
    virtual void selectedItemChanged(const QJsonObject &) {}
    // Puts `detail` beside (Horizontal) or below (Vertical: the footer then under the list, above
    // the detail) the list, in a splitter.
    void addDetail(QWidget *detail, Qt::Orientation orientation, int listShare = 3,
                   int detailShare = 2);
    // Puts the detail before the list (a folder tree on the left).
    void moveDetailFirst();
    // The one selected item: empty while none or several rows are selected (or the one is not
    // read yet).
    QJsonObject selectedItem() const;
    // How many rows are selected (read or not).
    int selectedRowCount() const;
    // Why an action on the selection cannot run when nothing is selected, and why one on a single
    // item cannot with several: for tooltips.
    static QString nothingSelectedText();
    static QString oneRowOnlyText(const QAction *action);
    // Widgets beside the filter box (e.g. type and category choosers).
    void addFilterWidget(QWidget *widget);
    // A further test rows must pass to be shown; call refilter() when its criteria change.
    void setExtraFilter(std::function<bool(const QJsonObject &)> accepts);
    void refilter();
    // Column widths for a first start; a remembered header state wins.
    void setInitialColumnWidths(const QList<int> &widths);
    // How the columns share a first view (ColumnFitter): `descriptive` says what a row is in
    // words and takes the room the others leave (and gives it up first); `optional` columns are
    // left out, the first first, while the rest would not fit.
    void setColumnRoles(int descriptive, const QList<int> &optional = {});

    virtual void deleteSelected();
    // What a question acts on: one item by its name ("“anna”"), several by their count and
    // names ("3 users: anna, bob, carl"; `countOf` as runBulk's, countText() by default). At
    // the end of the question: "Delete %1?".
    QString whichItems(const QStringList &labels, std::function<QString(int)> countOf = {}) const;
    // The items' itemLabel()s, in their order.
    QStringList labelsOf(const QList<QJsonObject> &items) const;
    // One confirmation (Cancel is the default) before `then` runs. Titled `title`, else by its
    // action ("Disable", not the application's name); `note` is said under the question.
    void confirmThen(const QString &question, const QString &actionText, std::function<void()> then,
                     const QString &title = {}, const QString &note = {});
    // What a bulk run's answers mean for this list's rows.
    enum class BulkRows {
        // Each answer is an item of this list as it is now (an update, or a create); a success
        // the server answered without one has the list read again at the end.
        Answered,
        // Each success removes its item's row.
        Removed,
        // The answers are not this list's items (users changed from the groups' list), or the
        // pane reads its rows back itself: the rows are left to the pane.
        NotShown,
    };
    // Runs one request per item with a cancellable progress dialog, updates (or removes) the
    // rows from the server's answers, and ends with a summary naming what failed and why.
    void runBulk(const QString &progressText, const QString &doneVerb,
                 const QList<BulkOperation::Item> &work, BulkRows rows,
                 std::function<QString(int)> countOf = {});
    void updateFooter();
    void clearNotice();
    // The footer says these were created ("Created “x”."), and where a list in the server's
    // order shows them: at the top, until it is read again.
    void showCreated(const QList<QJsonObject> &items);
    // Escape in the filter; the whole text of a cut cell as its tooltip. Subclasses that watch
    // other widgets pass the rest on to this one.
    bool eventFilter(QObject *watched, QEvent *event) override;
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Saves with the request `makeRequest` builds each time the dialog asks (a create, or an
    // update whose body needs nothing from the server); on success the row shows the server's
    // answer (added at the top when new) and the dialog closes, otherwise it stays open with the
    // error next to the fields and its input intact.
    void saveOnRequest(class EntityDialog *dialog, std::function<ApiRequest()> makeRequest);
    // Saves an edit of an existing item so that nothing is lost on a server that replaces the
    // entity (contract 9.1 "Updates"): `read` fetches it fresh, `write` makes the whole update
    // from that fresh object with the dialog's changes laid on it (JsonEdits::apply). Otherwise
    // as saveOnRequest().
    void saveFreshOnRequest(class EntityDialog *dialog, ApiRequest read,
                            std::function<ApiRequest(const QJsonObject &fresh)> write);
    // The same with a `write` that may refuse what was read (its error is shown in the sheet and
    // nothing is sent).
    using RefusingWrite =
        std::function<std::optional<ApiRequest>(const QJsonObject &fresh, ApiError *refusal)>;
    void saveFreshOnRequest(class EntityDialog *dialog, ApiRequest read, RefusingWrite write);
    // A save that failed: shown in the sheet, or sent again after signing in when the sign-in
    // had expired.
    void saveFailed(class EntityDialog *dialog, const ApiError &error);

private:
    void applyFilter();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void saveHeader();
    void updateStaleBanner();
    // End (or Ctrl+End) pressed while a sparse list still finds its length: the last row once
    // known.
    void followEnd();
    // A re-read of the list (F5, a change the server did not describe) keeps what was selected:
    // the ids noted before the rows go, selected again as their rows come back. A selection the
    // user makes meanwhile wins.
    void noteSelection();
    void restoreSelection(int first, int last); // among the model's rows first to last
    // Tells selectedItemChanged() when the selected item is another, or changed.
    void followSelection();
    // Sets `action`'s tooltip to `why` while there is a reason, back to its own without one.
    static void showWhyNot(QAction *action, const QString &why);
    // The row Properties opens: the current one when it is selected, else the first selected.
    QModelIndex selectedOrCurrentRow() const;
    // Opens the item of `row` (of the view), or, not read yet, once it is (openWhenRead()).
    void openRow(const QModelIndex &row);
    void openWhenRead(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    struct PaneAction
    {
        QAction *action = nullptr; // null: a separator
        std::function<bool()> enabled;
        bool toolbar = false;
        std::function<QString()> whyNot;
    };

    QPointer<Session> m_session;
    PagedListModel *m_model;
    Texts m_texts;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QLabel *m_footer;
    QString m_notice;      // showNotice()'s text, plain
    int m_wholeCount = -1; // the items of the list unfiltered, once read whole (-1: not yet)
    QLabel *m_filterNote;
    ListStateOverlay *m_overlay;
    QSplitter *m_splitter;
    QHBoxLayout *m_filterRow;
    QAction *m_newAction;
    QAction *m_propertiesAction;
    QAction *m_deleteAction;
    QAction *m_renameAction;
    // Shown in the context menu with their window-wide shortcuts (the main window owns those).
    QAction *m_copyAction;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QList<PaneAction> m_paneActions;
    StaleBanner *m_staleBanner;
    QPersistentModelIndex m_openWhenRead; // a row to open once read (the model's)
    ColumnFitter *m_columns = nullptr;
    bool m_followEnd = false;
    QJsonObject m_selectedShown; // what selectedItemChanged() was last told
    QSet<QString> m_keptIds;     // noteSelection(): selected before a re-read, not back yet
    QString m_keptCurrent;       // and the current row's
    bool m_restoring = false;
};

} // namespace infiniti
