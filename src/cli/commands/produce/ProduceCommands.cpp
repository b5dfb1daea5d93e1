#include "cli/commands/produce/ProduceCommands.h"

#include "cli/commands/produce/FormsList.h"
#include "cli/commands/produce/GenerateCommand.h"
#include "cli/commands/produce/OutputsCommand.h"
#include "cli/commands/produce/PrepareForm.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void registerProduceCommands(CommandRegistry &registry)
{
    VerbSpec forms;
    forms.verb = u"list"_s;
    forms.synopsis = "";
    forms.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "the forms you may run: folder, form, publish id");
    forms.json = forms.csv = true;
    forms.create = [](const CommandContext &c) {
        return new FormsList(c);
    };
    registry.command(
                u"forms"_s,
                QT_TRANSLATE_NOOP("infiniti-ctl", "the forms the signed-in user may run (Produce)"))
            .verbs
        << forms;

    VerbSpec generate;
    generate.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "<publishId> [--value label=value]... [--data FILE]... [--answer-file FILE] "
        "[--version V] [--wait [--out DIR] [--wait-timeout S]]");
    generate.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "start generating documents; prints the operation id and URL. --wait follows it "
        "and saves the documents (into the current folder without --out)");
    generate.options = {
        VerbOption("value"),
        VerbOption("data"),
        VerbOption("answer-file"),
        VerbOption("version",
                   QT_TRANSLATE_NOOP("infiniti-ctl",
                                     "the form's project version (default: the published one)")),
        VerbOption("wait"),
        VerbOption("out",
                   QT_TRANSLATE_NOOP("infiniti-ctl", "with --wait: the folder for the documents")),
        VerbOption("wait-timeout")};
    generate.minOperands = generate.maxOperands = 1;
    generate.check = [](const CtlOptions &o) {
        return !o.wait && !o.outFile.isEmpty()
                   ? QCoreApplication::translate(
                         "infiniti-ctl", "'generate --out DIR' saves documents only with --wait.")
                   : QString();
    };
    generate.create = [](const CommandContext &c) {
        return new GenerateCommand(c);
    };
    registry.command(u"generate"_s,
                     QT_TRANSLATE_NOOP("infiniti-ctl", "generate documents from a form (Produce)"))
            .verbs
        << generate;

    VerbSpec outputs;
    outputs.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "<operation-or-output-id> --out DIR");
    outputs.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "save the documents of an earlier generation (every page of them)");
    outputs.options = {
        VerbOption("out", QT_TRANSLATE_NOOP("infiniti-ctl", "the folder for the documents"))};
    outputs.minOperands = outputs.maxOperands = 1;
    outputs.check = [](const CtlOptions &o) {
        return o.outFile.isEmpty()
                   ? QCoreApplication::translate("infiniti-ctl", "'outputs' needs --out DIR.")
                   : QString();
    };
    outputs.create = [](const CommandContext &c) {
        return new OutputsCommand(c);
    };
    registry.command(u"outputs"_s,
                     QT_TRANSLATE_NOOP("infiniti-ctl",
                                       "the documents of an earlier generation (Produce)"))
            .verbs
        << outputs;

    VerbSpec prepare;
    prepare.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "<publishId> [--value label=value]... [--in-progress] [--description D] [--as-user USER]");
    prepare.summary =
        QT_TRANSLATE_NOOP("infiniti-ctl", "fill a form in advance; prints the URL that opens it");
    prepare.options = {VerbOption("value"), VerbOption("in-progress"),
                       VerbOption("description", QT_TRANSLATE_NOOP("infiniti-ctl",
                                                                   "the saved form's description")),
                       VerbOption("as-user")};
    prepare.minOperands = prepare.maxOperands = 1;
    prepare.create = [](const CommandContext &c) {
        return new PrepareForm(c);
    };
    registry.command(
                u"prepareform"_s,
                QT_TRANSLATE_NOOP("infiniti-ctl", "prepare a form for someone to open (Produce)"))
            .verbs
        << prepare;
}

} // namespace infiniti::ctl
