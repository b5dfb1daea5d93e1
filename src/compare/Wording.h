#pragma once

#include "compare/CompareParts.h"
#include "compare/Difference.h"

#include <QCoreApplication>

namespace infiniti::compare {

struct FieldValue;
struct Record;

// Two fields that differ, as the comparison found them (either side may have none).
struct FieldDelta
{
    QString key;
    QString name;
    const FieldValue *source = nullptr;
    const FieldValue *target = nullptr;
};

// The one-line summaries of differences, from the point of view of the source ("here") and
// the target ("there"): "Motor Claim: 3.2 here, 3.0 there", "jane.citizen: member of Finance
// here, not there", "Policy Database: connection string differs (hidden)".
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(infiniti::compare::Wording)
public:
    static QString added(Part part, const Record &source);
    static QString removed(Part part, const Record &target);
    static QString changed(Part part, const Record &source, const Record &target,
                           const QList<FieldDelta> &deltas);
    // "jobTitle" → "job title", "options.allowSave" → "options › allow save".
    static QString fieldLabel(const QString &name);
    // At most this many phrases in a summary, then "and N more changes".
    static constexpr int kMaxPhrases = 3;

private:
    static QString phrase(Part part, const Record &source, const Record &target,
                          const FieldDelta &delta);
    static QString setPhrase(Part part, const FieldDelta &delta, const QStringList &onlyHere,
                             const QStringList &onlyThere);
};

} // namespace infiniti::compare
