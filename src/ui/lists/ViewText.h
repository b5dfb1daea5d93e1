#pragma once

#include "formats/Csv.h"

#include <QByteArray>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QHeaderView;

namespace infiniti::ViewText {

// What a list view shows, as text for other programs: the visible columns in their on-screen
// order (hidden ones left out), cells as displayed (booleans as true/false).

// Every row of `model` (the view's model, filtered and sorted) as CSV, with an `id` column first
// (PagedListModel::IdRole).
QByteArray csv(const QHeaderView *header, const QAbstractItemModel *model,
               const Csv::WriteOptions &options);
// The given rows as tab-separated lines (for the clipboard); tabs and line breaks in cells become
// spaces.
QString tabSeparated(const QHeaderView *header, const QAbstractItemModel *model,
                     QModelIndexList rows);

} // namespace infiniti::ViewText
