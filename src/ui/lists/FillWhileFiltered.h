#pragma once

class QSortFilterProxyModel;
class QTableView;

namespace infiniti::FillWhileFiltered {

// A list that pages in (canFetchMore()/fetchMore()) is read further by its view as it is
// scrolled to the end, or laid out with room to spare. Behind a filter that hides every row a
// page brought, the view hears nothing: the list stopped at "loaded — scroll down for more"
// with nothing shown to scroll, and a match on a later page was never found. This reads on, a
// page at a time, while the view has room for more rows than the filter shows, until it is
// full or the list is read to its end. For `view` over `proxy` (and the proxy's source model).
void attach(QTableView *view, QSortFilterProxyModel *proxy);

} // namespace infiniti::FillWhileFiltered
