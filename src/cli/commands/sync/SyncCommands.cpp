#include "cli/commands/sync/SyncCommands.h"

#include "api/endpoints/ProjectsEndpoints.h"
#include "cli/commands/sync/SyncCommand.h"
#include "cli/core/CommandRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void registerSyncCommands(CommandRegistry &registry)
{
    CommandSpec &sync = registry.command(
        u"sync"_s,
        QT_TRANSLATE_NOOP("infiniti-ctl",
                          "sync packages: projects and everything they need, between servers"));

    VerbSpec exportVerb;
    exportVerb.verb = u"export"_s;
    exportVerb.synopsis = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "[PROJECT-ID...] --out FILE [--with PART]... [--without PART]...");
    exportVerb.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl",
        "a sync package of the projects (all by default) and what they need (library items, "
        "data sources, folders, custom fields); connectorSettings and connectionStrings "
        "(passwords, in clear text) and users, groups and roles only --with them");
    exportVerb.options = {
        VerbOption("out", QT_TRANSLATE_NOOP("infiniti-ctl", "where the package goes")),
        VerbOption("with"), VerbOption("without")};
    exportVerb.maxOperands = -1;
    exportVerb.check = [](const CtlOptions &o) {
        if (o.outFile.isEmpty())
            return QCoreApplication::translate("infiniti-ctl", "'sync export' needs --out FILE.");
        const QStringList parts = ProjectsEndpoints::syncExportOptions();
        for (const QString &part : o.without) {
            if (!parts.contains(part))
                return QCoreApplication::translate("infiniti-ctl", "--without takes one of: %1.")
                    .arg(parts.join(u", "_s));
            if (o.with.contains(part))
                return QCoreApplication::translate("infiniti-ctl",
                                                   "--with %1 and --without %1 contradict.")
                    .arg(part);
        }
        for (const QString &part : o.with) {
            if (!parts.contains(part))
                return QCoreApplication::translate("infiniti-ctl", "--with takes one of: %1.")
                    .arg(parts.join(u", "_s));
        }
        return QString();
    };
    exportVerb.create = [](const CommandContext &c) {
        return new SyncCommand(c, SyncCommand::Verb::Export);
    };

    VerbSpec import;
    import.verb = u"import"_s;
    import.synopsis = QT_TRANSLATE_NOOP("infiniti-ctl", "FILE [--mode MODE | --mode PART=MODE]...");
    import.summary = QT_TRANSLATE_NOOP(
        "infiniti-ctl", "MODE: Always (default), IfNotExists or IfNewer; prints what was created, "
                        "updated and skipped per part");
    import.options = {VerbOption("mode")};
    import.json = import.csv = true;
    import.minOperands = import.maxOperands = 1;
    import.check = [](const CtlOptions &o) {
        static const QStringList modes = {u"Always"_s, u"IfNotExists"_s, u"IfNewer"_s};
    for (const QString &m : o.modes) {
        if (!modes.contains(m.section(QLatin1Char('='), -1)) || m.count(QLatin1Char('=')) > 1)
            return QCoreApplication::translate(
                "infiniti-ctl",
                "--mode takes Always, IfNotExists or IfNewer, alone or as PART=MODE.");
    }
    return QString();
};
import.create = [](const CommandContext &c) { return new SyncCommand(c, SyncCommand::Verb::Import);
}; // namespace infiniti::ctl

sync.verbs << exportVerb << import;
}

} // namespace infiniti::ctl
