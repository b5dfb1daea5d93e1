#include "cli/core/Usage.h"

#include "cli/core/CommandRegistry.h"
#include "cli/core/OptionCatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
// Texts kept as QT_TRANSLATE_NOOP("infiniti-ctl", …), translated when shown.
QString usageText(const char *text)
{
    return QCoreApplication::translate("infiniti-ctl", text);
}

// "  --name NAME          what it is", the description on its own line when the name is long.
QString optionLine(const OptionDef &def, const char *help = nullptr,
                   const char *valueName = nullptr)
{
    constexpr int column = 24;
    const QString name = u"  "_s + def.displayName(valueName);
    const QString description = usageText(help ? help : def.description);
    if (name.size() < column)
        return name.leftJustified(column) + description + QLatin1Char('\n');
    return name + QLatin1Char('\n') + QString(column, QLatin1Char(' ')) + description +
           QLatin1Char('\n');
}

QString globalOptions()
{
    QString s = QCoreApplication::translate("infiniti-ctl", "Options:") + QLatin1Char('\n');
    for (const QString &key : OptionCatalogue::globalKeys()) {
        const OptionDef *def = OptionCatalogue::find(key);
        if (def && !def->hidden)
            s += optionLine(*def);
    }
    return s;
}

QString outputOptions(bool json, bool csv)
{
    QString s;
    QStringList keys;
    if (json)
        keys << u"json"_s;
    if (csv)
        keys << u"csv"_s << u"bom"_s << u"delimiter"_s << u"csv-raw"_s;
    for (const QString &key : std::as_const(keys))
        s += optionLine(*OptionCatalogue::find(key));
    return s;
}

QString verbLines(const CommandSpec &command, const VerbSpec &verb)
{
    return u"  infiniti-ctl "_s + command.synopsis(verb) + u"\n      "_s + usageText(verb.summary) +
           QLatin1Char('\n');
}
} // namespace

QString Usage::overview()
{
    QString s = QCoreApplication::translate(
                    "infiniti-ctl",
                    "Usage: infiniti-ctl [options] <command> [<verb>] [arguments] [options]") +
                u"\n\n"_s;
    s += QCoreApplication::translate(
             "infiniti-ctl",
             "Infiniti and SmartIQ administration on the command line, for scripts and backups.") +
         u"\n\n"_s;
    s += QCoreApplication::translate("infiniti-ctl", "Commands:") + QLatin1Char('\n');
    for (const auto &c : CommandRegistry::instance().commands()) {
        QString line = u"  "_s + c.name;
        if (c.hasVerbs()) {
            QStringList verbs;
            for (const auto &v : c.verbs)
                verbs << v.verb;
            line += QLatin1Char(' ') + verbs.join(QLatin1Char('|'));
        }
        if (line.size() >= 48)
            line += QLatin1Char('\n') + QString(48, QLatin1Char(' '));
        s += line.leftJustified(48) + usageText(c.summary) + QLatin1Char('\n');
    }
    s += QLatin1Char('\n') + globalOptions() + QLatin1Char('\n');
    s += QCoreApplication::translate("infiniti-ctl",
                                     "These go before or after the command; a command's own "
                                     "options are in its help. Options\n"
                                     "take their value as --name VALUE or --name=VALUE; \"--\" "
                                     "ends the options (for an argument\n"
                                     "that starts with '-').") +
         u"\n\n"_s;
    s +=
        QCoreApplication::translate(
            "infiniti-ctl",
            "The password is read from INFINITI_PASSWORD, or from standard input when it is not a\n"
            "terminal (login asks on the terminal); never from the command line. Without either,\n"
            "the token remembered by 'login' is used. The target of diff and promote: its "
            "password\n"
            "from INFINITI_TO_PASSWORD, else the same one; else its remembered token; else asked "
            "on\n"
            "the terminal.") +
        u"\n\n"_s;
    s += QCoreApplication::translate(
             "infiniti-ctl",
             "Exit codes: 0 ok, 1 other failure (also output that could not be written),\n"
             "2 usage error, 3 authentication failure (401/403), 4 network failure (unreachable,\n"
             "timeout, TLS), 5 server error (5xx, unreadable answer), 6 request rejected (404, "
             "409,\n"
             "400, other 4xx), 7 the servers differ (diff), 130 interrupted (Ctrl+C).") +
         u"\n\n"_s;
    s += QCoreApplication::translate("infiniti-ctl", "Examples:") + QLatin1Char('\n');
    s += QCoreApplication::translate(
             "infiniti-ctl",
             "  export INFINITI_PASSWORD=...    (or: echo \"$PW\" | infiniti-ctl ...)\n"
             "  infiniti-ctl --server https://host/Manage --user admin users list --csv > "
             "users.csv\n"
             "  infiniti-ctl --profile Production users get --name jane@example.com --json\n"
             "  infiniti-ctl --profile Production projects export --all backup/\n"
             "  infiniti-ctl --profile Production sync export --out all.iqpkg --with users\n"
             "  infiniti-ctl --profile Test diff --to-profile Production") +
         u"\n\n"_s;
    s += QCoreApplication::translate(
             "infiniti-ctl",
             "Run 'infiniti-ctl help <command>' for a command's verbs and options.") +
         QLatin1Char('\n');
    return s;
}

QString Usage::command(const CommandSpec &command)
{
    if (!command.hasVerbs())
        return verb(command, command.verbs.first());
    QString s = QCoreApplication::translate("infiniti-ctl",
                                            "Usage: infiniti-ctl %1 <verb> [arguments] [options]")
                    .arg(command.name) +
                u"\n"_s;
    s += usageText(command.summary) + u"\n\n"_s;
    bool json = false, csv = false;
    QStringList keys;
    for (const auto &v : command.verbs) {
        s += verbLines(command, v);
        json = json || v.json;
        csv = csv || v.csv;
        for (const auto &o : v.options) {
            if (!keys.contains(o.key))
                keys << o.key;
        }
    }
    const QString output = outputOptions(json, csv);
    if (!keys.isEmpty() || !output.isEmpty()) {
        s += QLatin1Char('\n') + QCoreApplication::translate("infiniti-ctl", "Options:") +
             QLatin1Char('\n');
        for (const QString &key : std::as_const(keys))
            s += optionLine(*OptionCatalogue::find(key));
        s += output;
    }
    s += QLatin1Char('\n') +
         QCoreApplication::translate("infiniti-ctl",
                                     "Run 'infiniti-ctl help %1 <verb>' for one verb; "
                                     "'infiniti-ctl --help' for the global options.")
             .arg(command.name) +
         QLatin1Char('\n');
    return s;
}

QString Usage::verb(const CommandSpec &command, const VerbSpec &verb)
{
    QString s = QCoreApplication::translate("infiniti-ctl", "Usage: infiniti-ctl %1")
                    .arg(command.synopsis(verb)) +
                QLatin1Char('\n');
    s += usageText(verb.summary) + QLatin1Char('\n');
    const QString output = outputOptions(verb.json, verb.csv);
    if (!verb.options.isEmpty() || !output.isEmpty()) {
        s += QLatin1Char('\n') + QCoreApplication::translate("infiniti-ctl", "Options:") +
             QLatin1Char('\n');
        for (const auto &o : verb.options)
            s += optionLine(*OptionCatalogue::find(o.key), o.help, o.valueName);
        s += output;
    }
    s += QLatin1Char('\n') +
         QCoreApplication::translate("infiniti-ctl",
                                     "Global options (--server, --profile, --user, --timeout, "
                                     "--verbose…): 'infiniti-ctl --help'.") +
         QLatin1Char('\n');
    return s;
}

QString Usage::version()
{
    return u"infiniti-ctl "_s + QCoreApplication::applicationVersion() + QLatin1Char('\n');
}

} // namespace infiniti::ctl
