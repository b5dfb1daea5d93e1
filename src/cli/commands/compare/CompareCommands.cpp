#include "cli/commands/compare/CompareCommands.h"

#include "cli/commands/compare/DiffCommand.h"
#include "cli/commands/compare/PromoteCommand.h"
#include "cli/core/CommandRegistry.h"
#include "compare/CompareParts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {

QString compareKnownPartIds()
{
    QStringList ids;
    for (const compare::Part part : compare::allParts())
        ids << compare::partId(part);
    return ids.join(u", "_s);
}

// --part PART and --item PART:ID name parts the engine knows.
QString checkCompareParts(const CtlOptions &o)
{
    for (const QString &part : o.parts) {
        if (!compare::partFromId(part))
            return QCoreApplication::translate("infiniti-ctl", "--part takes one of: %1.")
                .arg(compareKnownPartIds());
    }
    return {};
}

QList<VerbOption> compareTargetOptions()
{
    return {VerbOption("to-server"), VerbOption("to-user"), VerbOption("to-profile")};
}

} // namespace

void registerCompareCommands(CommandRegistry &registry)
{
    VerbSpec diff;
    diff.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "--to-server URL | --to-profile NAME [--to-user NAME] [--part PART]... [--json|--csv]");
    diff.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "compare this server (the source) with the target: one row per difference — part, "
        "name, change as seen from the target (added, removed, changed), details. Exit 0 "
        "when they match, 7 when they differ");
    diff.options =
        compareTargetOptions() << VerbOption(
            "part",
            QT_TRANSLATE_NOOP("infiniti-ctl",
                              "compare only this part (repeatable; default: all): roles, groups, "
                              "customFields, users, contentFolders, publishFolders, "
                              "connectorSettings, communicationTemplates, dataSources, "
                              "dataObjects, libraryItems, projects, publishedProjects"));
    diff.json = diff.csv = true;
    diff.target = true;
    diff.check = checkCompareParts;
    diff.create = [](const CommandContext &c) {
        return new DiffCommand(c);
    };
    registry.command(u"diff"_s,
                     QT_TRANSLATE_NOOP(
                         "infiniti-ctl",
                         "compare two servers (the target's password: INFINITI_TO_PASSWORD)"))
            .verbs
        << diff;

    VerbSpec promote;
    promote.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "--to-server URL | --to-profile NAME [--to-user NAME] (--item PART:ID... | "
                        "--all-changed [--part PART]...) [--dry-run] [--include-secrets] "
                        "[--delete --confirm-target NAME]");
    promote.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "make the target like this server for the differences named: prints what was "
        "created, updated, left alone or refused (and why), then compares again. "
        "Nothing is deleted without --delete and --confirm-target; secrets stay "
        "behind without --include-secrets");
    promote.options =
        compareTargetOptions()
        << VerbOption("item") << VerbOption("all-changed")
        << VerbOption("part", QT_TRANSLATE_NOOP("infiniti-ctl",
                                                "with --all-changed: only this part (repeatable)"))
        << VerbOption("dry-run",
                      QT_TRANSLATE_NOOP(
                          "infiniti-ctl",
                          "show the steps planned; change nothing (only the comparison reads)"))
        << VerbOption("include-secrets") << VerbOption("delete") << VerbOption("confirm-target");
    promote.json = promote.csv = true;
    promote.target = true;
    promote.check = [](const CtlOptions &o) {
        if (o.items.isEmpty() == !o.allChanged)
            return QCoreApplication::translate(
                "infiniti-ctl",
                "'promote' needs either --item PART:ID (repeatable) or --all-changed.");
        if (!o.items.isEmpty() && !o.parts.isEmpty())
            return QCoreApplication::translate(
                "infiniti-ctl", "--part goes with --all-changed; an --item names its part itself.");
        for (const QString &item : o.items) {
            if (!item.contains(QLatin1Char(':')) ||
                item.section(QLatin1Char(':'), 1).trimmed().isEmpty())
                return QCoreApplication::translate(
                    "infiniti-ctl", "--item needs PART:ID, e.g. users:jane.citizen.");
            if (!compare::partFromId(item.section(QLatin1Char(':'), 0, 0).trimmed()))
                return QCoreApplication::translate("infiniti-ctl",
                                                   "--item: the part is one of: %1.")
                    .arg(compareKnownPartIds());
        }
        if (o.deleteOnTarget && o.confirmTarget.isEmpty())
            return QCoreApplication::translate(
                "infiniti-ctl",
                "--delete needs --confirm-target NAME: the target's name, as confirmation.");
        if (!o.deleteOnTarget && !o.confirmTarget.isEmpty())
            return QCoreApplication::translate("infiniti-ctl",
                                               "--confirm-target goes with --delete.");
        return checkCompareParts(o);
    };
    promote.create = [](const CommandContext &c) {
        return new PromoteCommand(c);
    };
    registry.command(u"promote"_s,
                     QT_TRANSLATE_NOOP("infiniti-ctl",
                                       "promote differences from this server to the target"))
            .verbs
        << promote;
}

} // namespace infiniti::ctl
