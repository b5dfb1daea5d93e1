#pragma once

#include "models/PagedListModel.h"

#include <QTest>

#include <limits>

namespace infiniti::test {

// Pages of `model` fetched, one after the other as scrolling down fetches them, until it holds
// `rows` rows or the list ends (a strict server's pages hold 25: what a test needs may be
// beyond the first page). False when a page failed or did not come within 10 s.
inline bool loadRows(PagedListModel *model, int rows = std::numeric_limits<int>::max())
{
    if (!QTest::qWaitFor([model] { return !model->isFetching(); }, 10000))
        return false;
    while (model->rowCount() < rows && model->canFetchMore()) {
        const int before = model->rowCount();
        model->fetchMore();
        // A page that adds no row (all filtered out) makes the model ask for the next itself.
        if (!QTest::qWaitFor(
                [&] {
                    return !model->isFetching() &&
                           (model->rowCount() > before || !model->canFetchMore());
                },
                10000))
            return false;
        if (model->state() == PagedListModel::State::Error)
            return false;
    }
    return model->state() != PagedListModel::State::Error;
}

} // namespace infiniti::test
