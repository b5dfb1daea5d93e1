#pragma once

#include "cli/core/Command.h"
#include "compare/Comparison.h"

#include <QPointer>

#include <functional>

namespace infiniti::ctl {

// What diff and promote share: the two servers compared with src/compare's Comparison (both
// read in parallel, then the engine), a failure reported with the side and the part that could
// not be read, a line on standard error saying what was compared.
class CompareCommand : public Command
{
    Q_OBJECT
public:
    explicit CompareCommand(const CommandContext &context);
    // Refuses the same server on both sides, before signing in.
    bool prepare() override;

protected:
    // The parts of --part (all without it).
    QList<compare::Part> requestedParts() const;
    // Compares `parts`; `then()` runs once the comparison succeeded (comparison() holds it).
    // A failed one ends the command with its error.
    void compareServers(const QList<compare::Part> &parts, std::function<void()> then);
    const compare::Comparison &comparison() const { return *m_comparison; }
    // "Test → Production" (the saved connections' names, else the URLs).
    QString direction() const;

private:
    QPointer<compare::Comparison> m_comparison;
};

} // namespace infiniti::ctl
