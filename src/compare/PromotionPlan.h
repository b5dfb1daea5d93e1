#pragma once

#include "compare/Difference.h"

#include <QStringList>

namespace infiniti::compare {

struct CompareResult;
struct ServerSnapshot;

enum class Action {
    Create,     // on the target, from the source
    Update,     // the target's object made like the source's (read fresh, whole object sent)
    Rename,     // a project's name only (PATCH projects/{id})
    Delete,     // only when deletions were allowed and confirmed
    LeaveAlone, // nothing is sent; `note` says why
};

enum class Mechanism {
    None,        // left alone
    SyncPackage, // one POST projects/sync/export on the source, one POST projects/sync/import on
                 // the target
    Endpoint,    // the part's own POST / PATCH / DELETE
};

struct PlanStep
{
    int difference = -1; // index into PromotionPlan::selection
    Part part = Part::Users;
    Action action = Action::LeaveAlone;
    Mechanism mechanism = Mechanism::None;
    QString name;
    QString sourceId;
    QString targetId; // empty for a create
    int stage = 0;    // stages run in order; the steps of one stage may run together
    bool carriesSecret = false;
    QString description; // "Create the role “Auditor”"
    QString note;        // why it is left alone, or what does not go with it
};

struct PromotionOptions
{
    // Connection strings, connector values and credentials go to the target only when asked;
    // otherwise an update keeps the target's own and a create goes without.
    bool includeSecrets = false;
    // Deletions on the target happen only with both: the user ticked them, and typed the target
    // connection's name (ServerSnapshot::label) as confirmation.
    bool allowDeletes = false;
    QString deleteConfirmation;
};

struct PromotionPlan
{
    QString sourceLabel;
    QString targetLabel;
    QList<Difference> selection; // what was asked for
    QList<PlanStep> steps;       // in the order they run
    QStringList
        warnings; // what the target will lack afterwards ("jane.citizen needs the group Finance")
    PromotionOptions options;
    bool deletesConfirmed = false;

    int count(Action action) const;
    int count(Mechanism mechanism) const;
    bool isEmpty() const;
    // Every part the plan touches with the parts they need, for the comparison afterwards.
    QList<Part> parts() const;
    // One line per step ("Create the role “Auditor”"), grouped by mechanism, then the warnings.
    QStringList describe() const;
};

// The promotion planner: pure, no network. From the differences the user ticked, decides
// exactly what will be created, updated, deleted or left alone on the target, by which
// mechanism, in which order (docs/COMPARE.md: what is referred to before what refers to it;
// deletions last, the other way round). The plan is the dry run: it sends nothing.
namespace Planner {

PromotionPlan plan(const QList<Difference> &selection, const CompareResult &comparison,
                   const ServerSnapshot &source, const ServerSnapshot &target,
                   const PromotionOptions &options = {});
QString actionTitle(Action action);
// "the role “Auditor”", "the user “jane.citizen”" (translated).
QString objectPhrase(Part part, const QString &name);
// "Create the role “Auditor” (with its secrets): <note>".
QString describeStep(const PlanStep &step);

} // namespace Planner

} // namespace infiniti::compare
