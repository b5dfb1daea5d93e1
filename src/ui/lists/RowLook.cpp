#include "ui/lists/RowLook.h"

#include "models/PagedListModel.h"
#include "ui/lists/ItemListDelegate.h"

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
    // Columns that list names are cut after a whole name, with how many more.
    if (QAbstractItemModel *model = view->model()) {
        ItemListDelegate *names = nullptr;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (!model->headerData(c, Qt::Horizontal, PagedListModel::ItemsRole).toBool())
                continue;
            if (!names)
                names = new ItemListDelegate(view);
            view->setItemDelegateForColumn(c, names);
        }
    }
}

} // namespace infiniti::RowLook
