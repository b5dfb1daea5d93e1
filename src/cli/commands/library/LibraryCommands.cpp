#include "cli/commands/library/LibraryCommands.h"

#include "cli/commands/library/LibraryCommand.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
VerbSpec libraryVerb(const char *verb, LibraryCommand::Verb which)
{
    VerbSpec v;
    v.verb = QString::fromLatin1(verb);
    v.create = [which](const CommandContext &c) {
        return new LibraryCommand(c, which);
    };
    return v;
}

QString needsFile(const CtlOptions &o)
{
    return o.inputFile.isEmpty()
               ? QCoreApplication::translate("infiniti-ctl", "'library %1' needs --file FILE.")
                     .arg(o.verb)
               : QString();
}
} // namespace

void registerLibraryCommands(CommandRegistry &registry)
{
    CommandSpec &library = registry.command(u"library"_s, nullptr);

    VerbSpec get = libraryVerb("get", LibraryCommand::Verb::Get);
    get.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id> [--out FILE]");
    get.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "one item's details; with --out, its file saved");
    get.options = {
        VerbOption("out", QT_TRANSLATE_NOOP("infiniti-ctl", "save the item's file here instead"))};
    get.json = get.csv = true;
    get.minOperands = get.maxOperands = 1;

    VerbSpec create = libraryVerb("create", LibraryCommand::Verb::Create);
    create.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "--file FILE [--name NAME] [--category C] [--folder NAME] [--description D]");
    create.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "add a file (named after the file unless --name says otherwise)");
    create.options = {
        VerbOption("file", QT_TRANSLATE_NOOP("infiniti-ctl", "the file to add")),
        VerbOption("name",
                   QT_TRANSLATE_NOOP("infiniti-ctl", "the item's name (default: the file's name)")),
        VerbOption("category"),
        VerbOption("folder", QT_TRANSLATE_NOOP("infiniti-ctl", "the library folder")),
        VerbOption("description")};
    create.json = create.csv = true;
    create.check = needsFile;

    VerbSpec replace = libraryVerb("replace", LibraryCommand::Verb::Replace);
    replace.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id> --file FILE");
    replace.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "upload a new version of the item's file");
    replace.options = {VerbOption("file", QT_TRANSLATE_NOOP("infiniti-ctl", "the new file"))};
    replace.json = replace.csv = true;
    replace.minOperands = replace.maxOperands = 1;
    replace.check = needsFile;

    VerbSpec history = libraryVerb("history", LibraryCommand::Verb::History);
    history.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id>");
    history.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "the item's versions");
    history.json = history.csv = true;
    history.minOperands = history.maxOperands = 1;

    VerbSpec exportVersion = libraryVerb("export", LibraryCommand::Verb::Export);
    exportVersion.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<id> <version> --out FILE");
    exportVersion.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "save one version's file");
    exportVersion.options = {
        VerbOption("out", QT_TRANSLATE_NOOP("infiniti-ctl", "where the file goes"))};
    exportVersion.minOperands = exportVersion.maxOperands = 2;
    exportVersion.check = [](const CtlOptions &o) {
        return o.outFile.isEmpty() ? QCoreApplication::translate(
                                         "infiniti-ctl", "'library export' needs --out FILE.")
                                   : QString();
    };

    library.verbs << get << create << replace << history << exportVersion;
}

} // namespace infiniti::ctl
