#include "ui/lists/RowLook.h"

#include <QHeaderView>
#include <QTableView>

namespace infiniti::RowLook {

void apply(QTableView *view)
{
    view->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    view->setTextElideMode(Qt::ElideMiddle);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace infiniti::RowLook
