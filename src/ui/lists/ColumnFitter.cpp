#include "ui/lists/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>

namespace infiniti {

ColumnFitter::ColumnFitter(QTableView *view, bool restored, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_restored(restored)
{
    QAbstractItemModel *rows = view->model();
    const auto fitSoon = [this] {
        if (!m_fitted && m_view && m_view->model()->rowCount() > 0)
            QTimer::singleShot(0, this, &ColumnFitter::fitOnce);
    };
    connect(rows, &QAbstractItemModel::rowsInserted, this, fitSoon);
    connect(rows, &QAbstractItemModel::modelReset, this, fitSoon);
    connect(rows, &QAbstractItemModel::layoutChanged, this, fitSoon);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QTimer::singleShot(0, this, &ColumnFitter::keepLastTitleWhole); });
    view->viewport()->installEventFilter(this);
}

void ColumnFitter::setInitialWidths(const QList<int> &widths)
{
    m_initialWidths = widths;
    if (m_restored)
        return;
    // Not remembered (only a width the user chose is): each save is a settings file written and
    // synced to disk, which made opening the window wait ~1.6 s on a busy disk.
    const QSignalBlocker block(m_view->horizontalHeader());
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
}

int ColumnFitter::titleWidth(int column) const
{
    // As the style draws the section: its margins, the title and room for the sort arrow.
    QHeaderView *header = m_view->horizontalHeader();
    QStyleOptionHeader opt;
    opt.initFrom(header);
    opt.text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    opt.section = column;
    opt.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()
               ->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header)
               .width() +
           2;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // (While the view is destroyed its viewport still sends events: it is not asked for here.)
    if (watched == m_viewport && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ColumnFitter::keepLastTitleWhole);
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::keepLastTitleWhole()
{
    if (!m_view)
        return;
    // The last column stretches into what the others leave; where that is too little for its
    // title, it keeps its title's width and the list scrolls sideways instead.
    QHeaderView *header = m_view->horizontalHeader();
    int last = -1;
    int others = 0;
    for (int v = header->count() - 1; v >= 0; --v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        if (last < 0)
            last = logical;
        else
            others += header->sectionSize(logical);
    }
    if (last < 0)
        return;
    const int title = titleWidth(last);
    const bool stretch = m_view->viewport()->width() - others >= title;
    if (stretch == header->stretchLastSection())
        return;
    const QSignalBlocker block(header); // the window's size, not the user's choice
    header->setStretchLastSection(stretch);
    if (!stretch)
        header->resizeSection(last, title);
}

void ColumnFitter::fitOnce()
{
    if (!m_view)
        return;
    QAbstractItemModel *rows = m_view->model();
    if (m_fitted || rows->rowCount() == 0)
        return;
    m_fitted = true;
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker block(header); // not remembered: only a width the user chose is
    if (m_restored) {
        // The user's widths, except that no title is cut (a narrower column would only show
        // a few letters of it; columns can be hidden instead).
        for (int c = 0; c < rows->columnCount() - 1; ++c) {
            if (!header->isSectionHidden(c))
                m_view->setColumnWidth(c, qMax(m_view->columnWidth(c), titleWidth(c)));
        }
        keepLastTitleWhole();
        return;
    }
    // Wide enough for the title and what the first rows hold (dates whole), but no column so
    // wide that the others fall off the screen: longer texts are cut in the middle, with the
    // whole text as a tooltip.
    const QFontMetrics metrics(header->font());
    const int cap = qMax(200, metrics.horizontalAdvance(QLatin1Char('x')) * 40);
    for (int c = 0; c < rows->columnCount() - 1; ++c) { // the last one stretches
        const int title = titleWidth(c);
        int content = 0;
        for (int row = 0; row < qMin(100, rows->rowCount()); ++row)
            content = qMax(content, m_view->fontMetrics().horizontalAdvance(
                                        rows->index(row, c).data().toString()) +
                                        16);
        const int width = qMax(m_initialWidths.value(c, 0) / 2, qMin(cap, qMax(title, content)));
        m_view->setColumnWidth(c, qMax(width, title));
    }
    keepLastTitleWhole();
}

} // namespace infiniti
