#include "cli/commands/projects/ProjectsCommands.h"

#include "cli/commands/projects/ProjectsCommand.h"
#include "cli/commands/projects/ProjectsExportAll.h"
#include "cli/commands/projects/ProjectsImport.h"
#include "cli/commands/projects/ProjectsInspect.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void registerProjectsCommands(CommandRegistry &registry)
{
    CommandSpec &projects = registry.command(u"projects"_s, nullptr);

    VerbSpec rename;
    rename.verb = u"rename"_s;
    rename.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --name NEW");
    rename.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "give a project a new name");
    rename.options = {VerbOption("name", QT_TRANSLATE_NOOP("infiniti-ctl", "the new name"),
                                 QT_TRANSLATE_NOOP("infiniti-ctl", "NEW"))};
    rename.json = rename.csv = true;
    rename.minOperands = rename.maxOperands = 1;
    rename.check = [](const CtlOptions &o) {
        return o.name.isEmpty() ? QCoreApplication::translate("infiniti-ctl",
                                                              "'projects rename' needs --name NEW.")
                                : QString();
    };
    rename.create = [](const CommandContext &c) {
        return new ProjectsCommand(c, ProjectsCommand::Verb::Rename);
    };

    VerbSpec history;
    history.verb = u"history"_s;
    history.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id>");
    history.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "a project's versions");
    history.json = history.csv = true;
    history.minOperands = history.maxOperands = 1;
    history.create = [](const CommandContext &c) {
        return new ProjectsCommand(c, ProjectsCommand::Verb::History);
    };

    VerbSpec exportVerb;
    exportVerb.verb = u"export"_s;
    exportVerb.synopsis =
        QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --out FILE|DIR [--version V] | --all DIR");
    exportVerb.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "a project's .ixpkg (into a folder: under the server's file name); "
                        "--all: every project, one .ixpkg each (a backup)");
    exportVerb.options = {
        VerbOption("out", QT_TRANSLATE_NOOP("infiniti-ctl",
                                            "the file, or a folder for the server's file name")),
        VerbOption("version",
                   QT_TRANSLATE_NOOP("infiniti-ctl", "this version rather than the latest")),
        VerbOption("all", QT_TRANSLATE_NOOP("infiniti-ctl", "every project into the folder DIR"))};
    exportVerb.minOperands = exportVerb.maxOperands = 1;
    exportVerb.check = [](const CtlOptions &o) {
        if (o.all ? (!o.outFile.isEmpty() || !o.version.isEmpty()) : o.outFile.isEmpty())
            return QCoreApplication::translate(
                "infiniti-ctl", "'projects export' needs <id> --out FILE|DIR, or --all DIR.");
        return QString();
    };
    exportVerb.create = [](const CommandContext &c) -> Command * {
        if (c.options->all)
            return new ProjectsExportAll(c);
        return new ProjectsCommand(c, ProjectsCommand::Verb::Export);
    };

    VerbSpec import;
    import.verb = u"import"_s;
    import.synopsis =
        QT_TRANSLATE_NOOP("infiniti-ctl", "FILE... [--overwrite] [--folder NAME] [--comment TEXT]");
    import.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "import .ixpkg packages, one after another");
    import.options = {
        VerbOption("overwrite"),
        VerbOption("folder",
                   QT_TRANSLATE_NOOP("infiniti-ctl", "the content folder new projects go to")),
        VerbOption("comment", QT_TRANSLATE_NOOP("infiniti-ctl", "the new versions' comment"))};
    import.minOperands = 1;
    import.maxOperands = -1;
    import.create = [](const CommandContext &c) { return new ProjectsImport(c);
};

VerbSpec inspect;
inspect.verb = u"inspect"_s;
inspect.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "FILE... [--json|--csv]");
inspect.summary = QT_TRANSLATE_NOOP(
    "infiniti-ctl",
    "what .ixpkg packages hold (projects, files), read here: nothing is sent, no server needed");
inspect.json = inspect.csv = true;
inspect.minOperands = 1;
inspect.maxOperands = -1;
inspect.needs = VerbSpec::Needs::Nothing;
inspect.create = [](const CommandContext &c) {
    return new ProjectsInspect(c);
};

projects.verbs << rename << history << exportVerb << import << inspect;
} // namespace infiniti::ctl

} // namespace infiniti::ctl
