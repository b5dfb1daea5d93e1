#pragma once

#include "sim/SimHttp.h"

#include <functional>

namespace infiniti::sim {

// A list answer per contract 9.2: without $top the whole list; with $top (1..1000, larger is
// clamped) one page and, when more exist, an absolute @nextLink keeping the other parameters.
SimResponse pagedList(const SimRequest &request, const QString &envelope, int total,
                      const std::function<QJsonObject(int index)> &itemAt);

} // namespace infiniti::sim
