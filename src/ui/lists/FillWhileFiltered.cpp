#include "ui/lists/FillWhileFiltered.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace infiniti::FillWhileFiltered {

namespace {

class Filler : public QObject
{
public:
    Filler(QTableView *view, QSortFilterProxyModel *proxy)
        : QObject(view)
        , m_view(view)
        , m_proxy(proxy)
    {
        // One look after a burst of changes (a page inserts its rows, the filter re-sorts...).
        m_later.setSingleShot(true);
        m_later.setInterval(0);
        connect(&m_later, &QTimer::timeout, this, &Filler::fill);
        // The filter changed (the proxy's rows go or come) or a page came (the source's rows).
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(proxy), proxy->sourceModel()}) {
            if (!model)
                continue;
            connect(model, &QAbstractItemModel::rowsInserted, this, &Filler::look);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &Filler::look);
            connect(model, &QAbstractItemModel::modelReset, this, &Filler::look);
            connect(model, &QAbstractItemModel::layoutChanged, this, &Filler::look);
        }
        view->viewport()->installEventFilter(this); // shown, or given more room
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Resize)
            look();
        return QObject::eventFilter(watched, event);
    }

private:
    void look() { m_later.start(); }
    void fill()
    {
        QAbstractItemModel *source = m_proxy->sourceModel();
        if (!source || !m_view->isVisible() || !source->canFetchMore({}))
            return;
        const int rowHeight = qMax(1, m_view->verticalHeader()->defaultSectionSize());
        const int room = m_view->viewport()->height() / rowHeight + 1;
        if (m_proxy->rowCount() < room)
            source->fetchMore({}); // one page at a time: its rows bring the next look
    }

    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QTimer m_later;
};

} // namespace

void attach(QTableView *view, QSortFilterProxyModel *proxy)
{
    new Filler(view, proxy);
}

} // namespace infiniti::FillWhileFiltered
