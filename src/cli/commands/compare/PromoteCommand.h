#pragma once

#include "cli/commands/compare/CompareCommand.h"
#include "compare/Promoter.h"

namespace infiniti::ctl {

// `promote --to-server URL (--item PART:ID... | --all-changed [--part PART]...) [--dry-run]
// [--include-secrets] [--delete --confirm-target NAME]`: compares the parts concerned, plans the
// promotion of the differences named (compare::Planner), carries it out (compare::Promoter, or
// not with --dry-run) and prints one row per step — created, updated, renamed, deleted, left
// alone or refused, with the reason —, then says which of the differences promoted still differ
// in the comparison afterwards. Exit 0 when no step failed; a refused step does not stop the
// others, and the exit code is then the first failure's.
class PromoteCommand : public CompareCommand
{
    Q_OBJECT
public:
    explicit PromoteCommand(const CommandContext &context);
    void run() override;

private:
    QList<compare::Part> partsToRead() const;
    // The differences the options name; nullopt after a usage error (an item that is on
    // neither server, a --confirm-target that does not name the target).
    std::optional<QList<compare::Difference>> selection();
    bool deletionConfirmed();
    void promote(const QList<compare::Difference> &selection);
    void report();
    void printSteps();
    void summarise();

    QPointer<compare::Promoter> m_promoter;
};

} // namespace infiniti::ctl
