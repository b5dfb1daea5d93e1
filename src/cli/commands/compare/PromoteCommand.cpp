#include "cli/commands/compare/PromoteCommand.h"

#include "api/Session.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"
#include "compare/Records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {

// An --item split into its part and what names the object (a name, a difference's key, an id).
struct PromoteItem
{
    compare::Part part = compare::Part::Users;
    QString id;
    QString text; // as given
};

PromoteItem parsePromoteItem(const QString &text)
{
    PromoteItem item;
    item.part =
        *compare::partFromId(text.section(QLatin1Char(':'), 0, 0).trimmed()); // checked by the verb
    item.id = text.section(QLatin1Char(':'), 1).trimmed();
    item.text = text;
    return item;
}

bool promoteSameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool promoteItemNamesDifference(const PromoteItem &item, const compare::Difference &d)
{
    return d.part == item.part &&
           (promoteSameText(d.key, compare::partId(item.part) + QLatin1Char(':') + item.id) ||
            promoteSameText(d.name, item.id) || promoteSameText(d.sourceId, item.id) ||
            promoteSameText(d.targetId, item.id));
}

// Whether either server has the object (then it is the same on both: no difference names it).
bool promoteItemExists(const PromoteItem &item, const compare::ServerSnapshot &snapshot)
{
    if (!snapshot.has(item.part))
        return false;
    const compare::RecordBuilder records(item.part, snapshot);
    for (int i = 0; i < records.size(); ++i) {
        const compare::Record head = records.head(i);
        if (promoteSameText(head.id, item.id) || promoteSameText(head.name, item.id) ||
            promoteSameText(head.matchKey, item.id))
            return true;
    }
    return false;
}

QString promoteActionId(compare::Action action)
{
    switch (action) {
    case compare::Action::Create:
        return u"create"_s;
    case compare::Action::Update:
        return u"update"_s;
    case compare::Action::Rename:
        return u"rename"_s;
    case compare::Action::Delete:
        return u"delete"_s;
    case compare::Action::LeaveAlone:
        return u"leave"_s;
    }
    return {};
}

QString promoteMechanismId(compare::Mechanism mechanism)
{
    switch (mechanism) {
    case compare::Mechanism::None:
        return {};
    case compare::Mechanism::SyncPackage:
        return u"syncPackage"_s;
    case compare::Mechanism::Endpoint:
        return u"endpoint"_s;
    }
    return {};
}

// What became of a step, for scripts: created, updated, renamed, deleted, left, refused (the
// server said no), failed (it could not be sent or confirmed), not sent (a dry run).
QString promoteResultId(const compare::PlanStep &step, const compare::StepResult &result)
{
    switch (result.outcome) {
    case compare::StepResult::Outcome::Done:
        switch (step.action) {
        case compare::Action::Create:
            return u"created"_s;
        case compare::Action::Update:
            return u"updated"_s;
        case compare::Action::Rename:
            return u"renamed"_s;
        case compare::Action::Delete:
            return u"deleted"_s;
        case compare::Action::LeaveAlone:
            return u"left"_s;
        }
        break;
    case compare::StepResult::Outcome::LeftAlone:
        return u"left"_s;
    case compare::StepResult::Outcome::NotSent:
        return u"not sent"_s;
    case compare::StepResult::Outcome::Failed:
        switch (result.error.kind()) {
        case ApiError::Kind::Unauthorised:
        case ApiError::Kind::Forbidden:
        case ApiError::Kind::NotFound:
        case ApiError::Kind::Conflict:
        case ApiError::Kind::Validation:
        case ApiError::Kind::Rejected:
            return u"refused"_s;
        default:
            return u"failed"_s;
        }
    }
    return {};
}

QString promoteStepDetails(const compare::PlanStep &step, const compare::StepResult &result)
{
    QString details = result.message;
    if (!step.note.isEmpty() && !details.contains(step.note))
        details += (details.isEmpty() ? QString() : u" "_s) + step.note;
    if (!result.error.details().isEmpty() && !details.contains(result.error.details()))
        details += u" ("_s + QString(result.error.details()).simplified() + u")"_s;
    return details;
}

} // namespace

PromoteCommand::PromoteCommand(const CommandContext &context)
    : CompareCommand(context)
{
}

QList<compare::Part> PromoteCommand::partsToRead() const
{
    if (options().items.isEmpty())
        return requestedParts();
    QList<compare::Part> parts;
    for (const QString &text : options().items) {
        const compare::Part part = parsePromoteItem(text).part;
        if (!parts.contains(part))
            parts << part;
    }
    std::sort(parts.begin(), parts.end());
    return parts;
}

void PromoteCommand::run()
{
    compareServers(partsToRead(), [this] {
        const auto chosen = selection();
        if (!chosen || !deletionConfirmed())
            return;
        if (chosen->isEmpty()) {
            err() << direction() << ": "
                  << tr("nothing to promote: the servers do not differ there.") << '\n';
            finish(Ok);
            return;
        }
        promote(*chosen);
    });
}

std::optional<QList<compare::Difference>> PromoteCommand::selection()
{
    const QList<compare::Difference> &differences = comparison().result().differences;
    if (options().allChanged)
        return differences;
    QList<compare::Difference> chosen;
    QStringList unknown;
    for (const QString &text : options().items) {
        const PromoteItem item = parsePromoteItem(text);
        bool found = false;
        for (const compare::Difference &d : differences) {
            if (!promoteItemNamesDifference(item, d))
                continue;
            found = true;
            const bool taken =
                std::any_of(chosen.begin(), chosen.end(),
                            [&d](const compare::Difference &c) { return c.key == d.key; });
            if (!taken)
                chosen << d;
        }
        if (found)
            continue;
        if (promoteItemExists(item, comparison().source()) ||
            promoteItemExists(item, comparison().target()))
            err() << tr("%1: the same on both servers, nothing to promote.").arg(item.text) << '\n';
        else
            unknown << item.text;
    }
    if (!unknown.isEmpty()) {
        failUsage(tr("neither server has %1 (an --item is PART:NAME, the key 'diff --csv' prints, "
                     "or an id); "
                     "nothing was changed.")
                      .arg(unknown.join(u", "_s)));
        return std::nullopt;
    }
    return chosen;
}

bool PromoteCommand::deletionConfirmed()
{
    if (!options().deleteOnTarget)
        return true;
    const QString label = comparison().target().label;
    const QString typed = options().confirmTarget.trimmed();
    // The label of a connection given by URL is the URL as normalised: the URL as typed counts.
    const bool sameUrl = !options().toServer.isEmpty() &&
                         Profile::normaliseServerUrl(typed).isValid() &&
                         Profile::normaliseServerUrl(typed) == targetSession()->profile().manageUrl;
    if (typed == label || sameUrl)
        return true;
    failUsage(tr("--confirm-target “%1” does not name the target (%2); nothing was changed.")
                  .arg(typed, label));
    return false;
}

void PromoteCommand::promote(const QList<compare::Difference> &selection)
{
    compare::PromotionOptions promotion;
    promotion.includeSecrets = options().includeSecrets;
    promotion.allowDeletes = options().deleteOnTarget;
    promotion.deleteConfirmation = comparison().target().label; // checked by deletionConfirmed()
    const compare::PromotionPlan plan = compare::Planner::plan(
        selection, comparison().result(), comparison().source(), comparison().target(), promotion);
    for (const QString &warning : plan.warnings)
        err() << tr("warning: %1").arg(warning) << '\n';
    m_promoter = new compare::Promoter(session(), targetSession(), plan, comparison().source(),
                                       comparison().target(), comparison().result(), this);
    m_promoter->setDryRun(options().dryRun);
    m_promoter->setRecompare(!options().dryRun);
    connect(m_promoter, &compare::Promoter::finished, this, &PromoteCommand::report);
    m_promoter->start();
}

void PromoteCommand::report()
{
    printSteps();
    if (!outputWorks()) {
        finish(Failure);
        return;
    }
    summarise();
}

void PromoteCommand::printSteps()
{
    const compare::PromotionPlan &plan = m_promoter->plan();
    const compare::Comparison *after = m_promoter->recomparison();
    if (options().format == Format::Json) {
        QJsonArray steps;
        for (const compare::StepResult &r : m_promoter->results()) {
            const compare::PlanStep &s = plan.steps.at(r.step);
            steps.append(QJsonObject{{"part"_L1, compare::partId(s.part)},
                                     {"key"_L1, plan.selection.value(s.difference).key},
                                     {"name"_L1, s.name},
                                     {"action"_L1, promoteActionId(s.action)},
                                     {"mechanism"_L1, promoteMechanismId(s.mechanism)},
                                     {"result"_L1, promoteResultId(s, r)},
                                     {"details"_L1, promoteStepDetails(s, r)},
                                     {"targetId"_L1, r.targetId}});
        }
        QJsonObject report{{"source"_L1, plan.sourceLabel},
                           {"target"_L1, plan.targetLabel},
                           {"dryRun"_L1, options().dryRun},
                           {"steps"_L1, steps},
                           {"warnings"_L1, QJsonArray::fromStringList(plan.warnings)}};
        // What differs afterwards in the parts promoted (null without a comparison).
        report.insert("remaining"_L1,
                      after && after->succeeded()
                          ? QJsonValue(compare::differencesToJson(after->result().differences))
                          : QJsonValue());
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return;
    }
    TableWriter table(out(), options(), {20, 32, 8, 10});
    table.row({u"part"_s, u"name"_s, u"action"_s, u"result"_s, u"details"_s});
    for (const compare::StepResult &r : m_promoter->results()) {
        const compare::PlanStep &s = plan.steps.at(r.step);
        table.row({compare::partId(s.part), s.name, promoteActionId(s.action),
                   promoteResultId(s, r), promoteStepDetails(s, r)});
    }
}

void PromoteCommand::summarise()
{
    const compare::Promoter &p = *m_promoter;
    using Outcome = compare::StepResult::Outcome;
    err() << direction() << ": ";
    if (options().dryRun)
        err() << tr("dry run, nothing sent: %n step(s) planned", nullptr,
                    int(p.results().size()) - p.count(Outcome::LeftAlone))
              << ", " << tr("%n left alone", nullptr, p.count(Outcome::LeftAlone)) << ".\n";
    else
        err() << tr("%n done", nullptr, p.count(Outcome::Done)) << ", "
              << tr("%n left alone", nullptr, p.count(Outcome::LeftAlone)) << ", "
              << tr("%n failed", nullptr, p.count(Outcome::Failed)) << ".\n";

    int code = Ok;
    for (const compare::StepResult &r : p.results()) {
        if (r.outcome == Outcome::Failed) {
            code = r.error.isError() ? exitCodeFor(r.error) : Failure;
            break;
        }
    }
    if (const compare::Comparison *after = p.recomparison()) {
        if (!after->succeeded()) {
            complain(tr("could not compare again: %1").arg(after->errorText()));
            if (code == Ok)
                code = exitCodeFor(after->error());
        } else {
            QStringList still;
            for (const compare::Difference &promoted : p.plan().selection) {
                for (const compare::Difference &d : after->result().differences) {
                    if (d.key == promoted.key)
                        still << d.key + u" ("_s + d.summary + u")"_s;
                }
            }
            const int total = int(p.plan().selection.size());
            if (still.isEmpty())
                err() << tr("Compared again: the %n difference(s) promoted now match.", nullptr,
                            total)
                      << '\n';
            else
                err() << tr("Compared again: %1 of the %n difference(s) promoted still differ:",
                            nullptr, total)
                             .arg(still.size())
                      << "\n  " << still.join(u"\n  "_s) << '\n';
        }
    }
    finish(code);
}

} // namespace infiniti::ctl
