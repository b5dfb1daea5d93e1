#include "cli/commands/compare/CompareCommand.h"

#include "api/Session.h"
#include "cli/core/OutputStream.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

CompareCommand::CompareCommand(const CommandContext &context)
    : Command(context)
{
}

bool CompareCommand::prepare()
{
    const QUrl source = session()->profile().manageUrl;
    const QUrl target = targetSession()->profile().manageUrl;
    if (source.matches(target, QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)) {
        failUsage(tr("the source and the target are the same server (%1).").arg(source.toString()));
        return false;
    }
    return true;
}

QList<compare::Part> CompareCommand::requestedParts() const
{
    QList<compare::Part> parts;
    for (const QString &id : options().parts) {
        const auto part = compare::partFromId(id); // checked by the verb
        if (part && !parts.contains(*part))
            parts << *part;
    }
    if (parts.isEmpty())
        return compare::allParts();
    std::sort(parts.begin(), parts.end());
    return parts;
}

QString CompareCommand::direction() const
{
    const auto label = [](const Profile &p) {
        return p.name.isEmpty() ? p.manageUrl.toString() : p.name;
    };
    return tr("%1 → %2").arg(label(session()->profile()), label(targetSession()->profile()));
}

void CompareCommand::compareServers(const QList<compare::Part> &parts, std::function<void()> then)
{
    compare::CompareOptions compareOptions;
    compareOptions.parts = parts;
    m_comparison = new compare::Comparison(session(), targetSession(), compareOptions, this);
    connect(m_comparison, &compare::Comparison::finished, this, [this, then] {
        if (m_comparison->succeeded()) {
            then();
            return;
        }
        const ApiError &error = m_comparison->error();
        complain(m_comparison->errorText());
        err() << detailLines(error);
        const bool refused = error.kind() == ApiError::Kind::Unauthorised ||
                             error.kind() == ApiError::Kind::Forbidden;
        if (const auto part = m_comparison->failedPart(); part && refused)
            err() << tr("Nothing was compared: a comparison of what was read would show "
                        "differences that are not "
                        "there. Leave the part out (name the others with --part) or give the "
                        "account access to %1.")
                         .arg(compare::partId(*part))
                  << '\n';
        else if (part)
            // A server error or a broken answer is no matter of access: said so, it sent an
            // administrator looking at roles.
            err() << tr("Nothing was compared: a comparison of what was read would show "
                        "differences that are not there. Try again, or leave %1 out (name the "
                        "other parts with --part).")
                         .arg(compare::partId(*part))
                  << '\n';
        finish(exitCodeFor(error));
    });
    m_comparison->start();
}

} // namespace infiniti::ctl
