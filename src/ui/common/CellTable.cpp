#include "ui/common/CellTable.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QKeyEvent>

namespace infiniti {

void CellTable::removeRowsWith(QAbstractButton *remove)
{
    connect(remove, &QAbstractButton::clicked, this, [this] {
        if (currentRow() >= 0)
            removeRow(currentRow());
    });
    const auto update = [this, remove] {
        remove->setEnabled(currentRow() >= 0);
    };
    connect(this, &QTableWidget::currentCellChanged, remove, update);
    connect(model(), &QAbstractItemModel::rowsRemoved, remove, update);
    connect(model(), &QAbstractItemModel::rowsInserted, remove, update);
    update();
}

CellTable::CellTable(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{
    setTabKeyNavigation(true);
}

bool CellTable::atEdge(bool next) const
{
    if (rowCount() == 0 || columnCount() == 0)
        return true;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return !next; // Tab from outside lands on the first cell; Shift+Tab leaves
    const int lastColumn = horizontalHeader()->logicalIndex(columnCount() - 1);
    const int firstColumn = horizontalHeader()->logicalIndex(0);
    return next ? current.row() == rowCount() - 1 && current.column() == lastColumn
                : current.row() == 0 && current.column() == firstColumn;
}

bool CellTable::focusNextPrevChild(bool next)
{
    if (atEdge(next))
        return QWidget::focusNextPrevChild(next); // out of the table, to the next field
    return QTableWidget::focusNextPrevChild(next);
}

void CellTable::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && event->modifiers().testFlag(Qt::ControlModifier)) {
        const bool back =
            event->key() == Qt::Key_Backtab || event->modifiers().testFlag(Qt::ShiftModifier);
        QWidget::focusNextPrevChild(!back);
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void CellTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Tab in the last cell's editor: the value is kept and the focus moves on, not round.
    const bool next = hint == QAbstractItemDelegate::EditNextItem;
    if ((next || hint == QAbstractItemDelegate::EditPreviousItem) && atEdge(next)) {
        QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QWidget::focusNextPrevChild(next);
        return;
    }
    QTableWidget::closeEditor(editor, hint);
}

} // namespace infiniti
