#pragma once

#include "sim/SimHttp.h"

#include <functional>

namespace infiniti::sim {

// A list answer per contract 9.2: without $top the whole list; with $top (1..1000, larger is
// clamped) one page and, when more exist, an absolute @nextLink keeping the other parameters.
// The strict profile caps every page at request.pageCap (contract 9.1a).
SimResponse pagedList(const SimRequest &request, const QString &envelope, int total,
                      const std::function<QJsonObject(int index)> &itemAt);

// The same rules for an answer shaped otherwise (published projects nested in their folders):
// the items [begin, end) of `total` and the next link (empty at the end), or the 400 to answer.
struct PageRange
{
    int begin = 0, end = 0;
    QString nextLink;
};
std::optional<SimResponse> pageRange(const SimRequest &request, int total, PageRange *range);

} // namespace infiniti::sim
