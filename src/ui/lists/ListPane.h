#pragma once

#include "ui/shell/Pane.h"
#include "api/BulkOperation.h"
#include "models/PagedListModel.h"

#include <QJsonObject>
#include <QPointer>

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

class ListStateOverlay;
class Session;

// A pane showing one paged server list: filter box, sortable table (columns shown/hidden from
// the header, state remembered), loading/empty/error states, a footer, and the standard
// actions — New (Ctrl+N), Properties (Return), Delete (Del, confirmed, with progress and a
// summary) — in a context menu. Subclasses say what the actions do for their resource.
class ListPane : public Pane
{
    Q_OBJECT
public:
    struct Texts
    {
        QString key;               // object names and settings: "users"
        QString filterPlaceholder;
        QString empty;             // shown when the server has none
    };
    ListPane(PagedListModel *model, Texts texts, QWidget *parent = nullptr);

    virtual void setSession(Session *session);
    // The text over the list while it has nothing to ask for (see PagedListModel::ready()).
    void setIdleText(const QString &text);
    Session *session() const { return m_session; }
    void refresh() override;
    void focusFind() override;
    void copySelection() override;

    PagedListModel *listModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<QJsonObject> selectedItems() const;
    // The view as CSV (RFC 4180, UTF-8): the rows the filter shows, in their sort order, the
    // visible columns in their order, preceded by the raw id; flags as true/false.
    QByteArray viewAsCsv() const;
    // Asks where, then writes viewAsCsv() there atomically.
    void exportView();
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }

signals:
    // After a bulk run: how many items succeeded and failed.
    void bulkFinished(int succeeded, int failed);

protected:
    // "%n user(s)" — the footer's count of items.
    virtual QString countText(int n) const = 0;
    virtual void openItem(const QJsonObject &item) = 0;
    virtual void createItem() {}
    virtual bool canCreate() const { return false; }
    // Lists whose items are not deleted from here (workflows are aborted, tasks cancelled).
    virtual bool offersDelete() const { return true; }
    // The request deleting one item, and a label for it; no request: it cannot be deleted
    // (`whyNot` says why, e.g. a system group).
    virtual std::optional<ApiRequest> deleteRequest(const QJsonObject &, QString *whyNot) const { Q_UNUSED(whyNot); return std::nullopt; }
    virtual QString itemLabel(const QJsonObject &item) const = 0;
    // Adds further actions to the context menu (after the standard ones).
    virtual void extendContextMenu(class QMenu *) {}
    // Return in the filter box (e.g. look a name up exactly on the server).
    virtual void filterSubmitted(const QString &) {}
    // F2, where a name is the key: open the item with its name ready to edit.
    virtual void renameItem(const QJsonObject &) {}
    virtual bool canRename() const { return false; }
    // The row that became current (an empty object when none), e.g. for a preview or sub-list.
    virtual void currentItemChanged(const QJsonObject &) {}
    // Puts `detail` beside (Horizontal) or below (Vertical) the list, in a splitter.
    void addDetail(QWidget *detail, Qt::Orientation orientation, int listShare = 3, int detailShare = 2);
    // Puts the detail before the list (a folder tree on the left).
    void moveDetailFirst();
    QJsonObject currentItem() const;
    // Widgets beside the filter box (e.g. type and category choosers).
    void addFilterWidget(QWidget *widget);
    // A further test rows must pass to be shown; call refilter() when its criteria change.
    void setExtraFilter(std::function<bool(const QJsonObject &)> accepts);
    void refilter();
    // A passing message in the footer (until the list changes).
    void showNotice(const QString &text);
    // Column widths for a first start; a remembered header state wins.
    void setInitialColumnWidths(const QList<int> &widths);

    virtual void deleteSelected();
    // One confirmation (Cancel is the default) before `then` runs.
    void confirmThen(const QString &question, const QString &actionText, std::function<void()> then);
    // Runs one request per item with a cancellable progress dialog, updates (or removes) the
    // rows from the server's answers, and ends with a summary naming what failed and why.
    void runBulk(const QString &progressText, const QString &doneVerb, const QList<BulkOperation::Item> &work,
                 bool removesItems, std::function<QString(int)> countOf = {});
    void updateFooter();
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

private:
    void applyFilter();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void saveHeader();
    void updateActions();

    QPointer<Session> m_session;
    PagedListModel *m_model;
    Texts m_texts;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QLabel *m_footer;
    QLabel *m_filterNote;
    ListStateOverlay *m_overlay;
    QSplitter *m_splitter;
    QHBoxLayout *m_filterRow;
    QAction *m_newAction;
    QAction *m_propertiesAction;
    QAction *m_deleteAction;
    bool m_headerRestored = false;
};

} // namespace infiniti
