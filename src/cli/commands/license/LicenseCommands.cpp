#include "cli/commands/license/LicenseCommands.h"

#include "cli/commands/license/LicenseCommand.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void registerLicenseCommands(CommandRegistry &registry)
{
    CommandSpec &license =
        registry.command(u"license"_s, QT_TRANSLATE_NOOP("infiniti-ctl", "the server's license"));

    VerbSpec get;
    get.verb = u"get"_s;
    get.synopsis = "";
    get.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "edition, days left, seats and projects against their limits, modules");
    get.json = get.csv = true;
    get.create = [](const CommandContext &c) {
        return new LicenseCommand(c);
    };

    VerbSpec update;
    update.verb = u"update"_s;
    update.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "--key KEY | --key-file FILE");
    update.summary = QT_TRANSLATE_NOOP("infiniti-ctl", "install a new license key");
    update.options = {VerbOption("key"), VerbOption("key-file")};
    update.json = update.csv = true;
    update.check = [](const CtlOptions &o) {
        return o.inputFile.isEmpty() == o.licenseKey.isEmpty()
                   ? QCoreApplication::translate(
                         "infiniti-ctl",
                         "'license update' needs --key KEY or --key-file FILE (one of them).")
                   : QString();
    };
    update.create = [](const CommandContext &c) {
        return new LicenseCommand(c);
    };

    license.verbs << get << update;
}

} // namespace infiniti::ctl
