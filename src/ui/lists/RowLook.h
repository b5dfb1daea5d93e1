#pragma once

class QTableView;

namespace infiniti::RowLook {

// How every list of items looks, in a pane or a dialog: whole rows selected, one line per row
// at one fixed height (no row is measured, at any size: a list of 100,000 scrolls as one of 10),
// text cut in the middle rather than wrapped — but a cell listing names after its last whole
// name, with how many more (ItemListDelegate; for the view's model as set) —, alternating row
// colours, no row numbers.
void apply(QTableView *view);

} // namespace infiniti::RowLook
