#pragma once

#include "compare/CompareParts.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <optional>

namespace infiniti::compare {

// Where each object of the source is on the target: part → source id (lower case) → target id.
// Filled from the comparison, and by the promotion as it creates objects.
using TargetIds = std::array<QHash<QString, QString>, kPartCount>;

// The bodies a promotion sends, built without a network (contract 5.1 shapes, camelCase keys
// whatever casing the servers answered in):
// - an update is the target's object read fresh, with every field the source has that is not
//   the server's own (ids, times, sizes, counts) set to the source's value — the whole object,
//   as a server that replaces on PATCH needs (contract 9.1);
// - a library item's file (`binary`) is left out of both: the Promoter adds the source's to
//   every create and update of one, so none goes without its file;
// - references are pointed at the target's objects (a folder's parent, a publication's project
//   and folder); a data object's data source is in its path, not its body;
// - secrets (connection strings, credentials, connector values) are taken from the source
//   only with `includeSecrets`; otherwise an update keeps the target's and a create has none.
namespace PromotionBodies {

struct Context
{
    const TargetIds *ids = nullptr;
    bool includeSecrets = false;
    QString *error = nullptr; // set when a reference has no counterpart on the target
};

// nullopt (with ctx.error) when a reference cannot be pointed at the target.
std::optional<QJsonObject> createBody(Part part, const QJsonObject &source, const Context &ctx);
std::optional<QJsonObject> updateBody(Part part, const QJsonObject &source,
                                      const QJsonObject &freshTarget, const Context &ctx);

} // namespace PromotionBodies

} // namespace infiniti::compare
