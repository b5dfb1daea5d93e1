#pragma once

#include "compare/Difference.h"

#include <QHash>

#include <array>

namespace infiniti::compare {

struct ServerSnapshot;

struct CompareResult
{
    QList<Part> parts; // compared, in Part order
    // Sorted by part, then name.
    QList<Difference> differences;
    // Every object found on both sides, changed or not: its id on the source (lower case) →
    // its id on the target. A promotion needs it to point references at the target's objects.
    std::array<QHash<QString, QString>, kPartCount> targetIds;
    int sourceObjects = 0;
    int targetObjects = 0;

    bool isEqual() const { return differences.isEmpty(); }
    int count(Change change) const;
    int count(Part part) const;
};

// One row of the side-by-side view of a difference: every field either side has.
struct SideBySideRow
{
    QString field;
    QString source; // "•••" for a secret, "" when the side has none
    QString target;
    bool changed = false;
    bool masked = false;
};

// The comparison engine: pure, no network. Pairs the objects of each part (docs/COMPARE.md:
// by name for users, groups, roles and custom fields; by id, then by name, for the rest),
// compares their normalised fields (Records.h) and describes each difference in words.
namespace Comparer {

CompareResult compare(const ServerSnapshot &source, const ServerSnapshot &target,
                      const QList<Part> &parts);
// Both sides of one difference, every field, the changed ones marked.
QList<SideBySideRow> sideBySide(const Difference &difference, const ServerSnapshot &source,
                                const ServerSnapshot &target);

} // namespace Comparer

} // namespace infiniti::compare
