#pragma once

#include "compare/CompareParts.h"

#include <QFlags>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace infiniti::compare {

// What the target lacks, has extra, or has otherwise, as seen from the target: "added" is on
// the source only (a promotion would add it to the target), "removed" on the target only.
enum class Change { Added, Removed, Changed };

enum class Aspect {
    None = 0,
    Renamed = 0x1,         // the same object (by id) under another name
    Moved = 0x2,           // the same object in another folder
    NewerHere = 0x4,       // the source's is newer (modification time, else version)
    NewerThere = 0x8,      // the target's is newer
    ContentDiffers = 0x10, // a project's definition/documents or a library item's file
    OtherId = 0x20,        // paired by name, but the two servers have it under different ids
};
Q_DECLARE_FLAGS(Aspects, Aspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(Aspects)

// One field that differs. Secrets are never in here: `masked` fields show "•••" or nothing.
struct FieldChange
{
    QString field;  // "groups", "options.allowSave", "connectionString"
    QString source; // as a person sees it ("" when the source has none)
    QString target;
    bool masked = false;
};

struct Difference
{
    Part part = Part::Users;
    QString key;  // stable across runs: "<part>:<match key>", for selections and scripts
    QString name; // the object, for people (the source's name when both have it)
    Change change = Change::Changed;
    Aspects aspects;
    QString sourceId; // empty when removed
    QString targetId; // empty when added
    QString summary;  // in words: "Motor Claim: 3.2 here, 3.0 there"
    QList<FieldChange> fieldChanges;
};

// "added", "removed", "changed" (stable, for JSON and --json) and the translated word.
QString changeId(Change change);
QString changeTitle(Change change);

// The differences as JSON ([{part, key, name, change, aspects, sourceId, targetId, summary,
// fields: [{field, source, target, masked}]}]) and as CSV (part, name, change, summary, fields).
QJsonArray differencesToJson(const QList<Difference> &differences);
QByteArray differencesToCsv(const QList<Difference> &differences);

} // namespace infiniti::compare

Q_DECLARE_METATYPE(infiniti::compare::Difference)
