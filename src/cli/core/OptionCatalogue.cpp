#include "cli/core/OptionCatalogue.h"

#include "cli/core/CtlOptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
// Texts kept as QT_TRANSLATE_NOOP("infiniti-ctl", …), translated when shown.
QString catalogueText(const char *text)
{
    return QCoreApplication::translate("infiniti-ctl", text);
}

// Appliers for the common shapes of option.
auto text(QString CtlOptions::*field)
{
    return [field](const QStringList &v, CtlOptions *o) {
        o->*field = v.last();
        return QString();
    };
}
auto list(QStringList CtlOptions::*field)
{
    return [field](const QStringList &v, CtlOptions *o) {
        o->*field += v;
        return QString();
    };
}
auto flag(bool CtlOptions::*field)
{
    return [field](const QStringList &, CtlOptions *o) {
        o->*field = true;
        return QString();
    };
}
auto none()
{
    return [](const QStringList &, CtlOptions *) {
        return QString();
    };
}
// A whole number of seconds, at least 1, into `member` (int or std::optional<int>).
template <typename T> auto wholeSeconds(T CtlOptions::*member, const char *option)
{
    return [member, option](const QStringList &v, CtlOptions *o) {
        bool ok = false;
        const int n = v.last().toInt(&ok);
        if (!ok || n < 1)
            return QCoreApplication::translate("infiniti-ctl",
                                               "%1 needs a whole number of seconds (at least 1).")
                .arg(QLatin1StringView(option));
        o->*member = n;
        return QString();
    };
}

QList<OptionDef> build()
{
    return {
        // Global.
        {u"server"_s,
         {u"server"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "URL"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the server's Manage URL"),
         text(&CtlOptions::server)},
        {u"produce"_s,
         {u"produce"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "URL"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "the Produce URL, when it is not the Manage URL with /Manage -> /Produce"),
         text(&CtlOptions::produce)},
        {u"user"_s,
         {u"user"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the account to use"),
         text(&CtlOptions::user)},
        {u"profile"_s,
         {u"profile"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "a connection saved by infiniti-admin (instead of --server)"),
         text(&CtlOptions::profile)},
        {u"timeout"_s,
         {u"timeout"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "S"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "seconds of silence to wait for on each request "
                                           "(default 30, longer for uploads and exports)"),
         wholeSeconds(&CtlOptions::timeoutSeconds, "--timeout")},
        {u"max-time"_s,
         {u"max-time"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "S"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "seconds any one request may take in all, however "
                                           "slowly its answer comes (default 300, an hour for "
                                           "uploads and exports)"),
         wholeSeconds(&CtlOptions::maxTimeSeconds, "--max-time")},
        {u"verbose"_s,
         {u"verbose"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "log each request and answer on standard error (tokens redacted)"),
         flag(&CtlOptions::verbose)},
        {u"help"_s,
         {u"h"_s, u"help"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "help: of the command or verb it follows, else this overview"),
         none()},
        {u"program-version"_s,
         {u"version"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "the program's version"),
         none()},
        // Refused with its own message: passwords never come from the command line.
        {u"password"_s, {u"password"_s}, "PASSWORD", "", none(), true},

        // Output.
        {u"json"_s,
         {u"json"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "print the server's JSON"),
         [](const QStringList &, CtlOptions *o) {
             if (o->format == Format::Csv)
                 return QCoreApplication::translate("infiniti-ctl",
                                                    "--json and --csv cannot be combined.");
             o->format = Format::Json;
             return QString();
         }},
        {u"csv"_s,
         {u"csv"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "print CSV (UTF-8, CRLF, a header row)"),
         [](const QStringList &, CtlOptions *o) {
             if (o->format == Format::Json)
                 return QCoreApplication::translate("infiniti-ctl",
                                                    "--json and --csv cannot be combined.");
             o->format = Format::Csv;
             return QString();
         }},
        {u"bom"_s,
         {u"bom"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "CSV starts with a UTF-8 byte order mark (for Excel)"),
         flag(&CtlOptions::bom)},
        {u"delimiter"_s,
         {u"delimiter"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "D"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "CSV field separator: ',' (default), ';' or 'tab'"),
         [](const QStringList &v, CtlOptions *o) {
             const QString d = v.last();
             if (d == ","_L1 || d == ";"_L1)
                 o->csv.delimiter = d.at(0).toLatin1();
             else if (d == "tab"_L1 || d == "\t"_L1 || d == "\\t"_L1)
                 o->csv.delimiter = '\t';
             else
                 return QCoreApplication::translate("infiniti-ctl",
                                                    "--delimiter takes ',', ';' or 'tab'.");
             return QString();
         }},
        {u"csv-raw"_s,
         {u"csv-raw"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "CSV cells exactly as the server has them: no ' before "
                                           "= + - @ (for programs, not spreadsheets)"),
         [](const QStringList &, CtlOptions *o) {
             o->csv.neutraliseFormulas = false;
             return QString();
         }},

        // The commands'.
        {u"name"_s,
         {u"name"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the name the verb asks for"),
         text(&CtlOptions::name)},
        {u"file"_s,
         {u"file"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "FILE"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the input file; - for standard input"),
         text(&CtlOptions::inputFile)},
        {u"key"_s,
         {u"key"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "KEY"),
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "the license key (seen in the process list: --key-file is safer)"),
         text(&CtlOptions::licenseKey)},
        {u"key-file"_s,
         {u"key-file"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "FILE"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "a file holding the license key; - for standard input"),
         text(&CtlOptions::inputFile)},
        {u"out"_s,
         {u"out"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "PATH"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "where the downloaded file (or folder of files) goes"),
         text(&CtlOptions::outFile)},
        {u"datasource"_s,
         {u"datasource"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "ID"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the data source whose data objects these are"),
         text(&CtlOptions::parentId)},
        {u"category"_s,
         {u"category"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "C"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the library category"),
         text(&CtlOptions::category)},
        {u"folder"_s,
         {u"folder"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the folder"),
         text(&CtlOptions::folder)},
        {u"description"_s,
         {u"description"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "D"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "a description"),
         text(&CtlOptions::description)},
        {u"dry-run"_s,
         {u"dry-run"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "check and report, change nothing"),
         flag(&CtlOptions::dryRun)},
        {u"all"_s,
         {u"all"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "every project"),
         flag(&CtlOptions::all)},
        {u"overwrite"_s,
         {u"overwrite"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "import a project that exists as its new version"),
         flag(&CtlOptions::overwrite)},
        {u"comment"_s,
         {u"comment"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "TEXT"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "a comment"),
         text(&CtlOptions::comment)},
        {u"version"_s,
         {u"version"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "V"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the project version (default: the latest)"),
         text(&CtlOptions::version)},
        {u"value"_s,
         {u"value"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "label=value"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "a question's answer (repeatable)"),
         [](const QStringList &v, CtlOptions *o) {
             for (const QString &x : v) {
                 if (!x.contains(QLatin1Char('=')))
                     return QCoreApplication::translate("infiniti-ctl",
                                                        "--value needs label=value.");
             }
             o->values += v;
             return QString();
         }},
        {u"data"_s,
         {u"data"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "FILE"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "a data file (repeatable)"),
         list(&CtlOptions::dataFiles)},
        {u"answer-file"_s,
         {u"answer-file"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "FILE"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "an answer file (XML)"),
         text(&CtlOptions::answerFile)},
        {u"wait"_s,
         {u"wait"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "follow the generation to its end and save the documents"),
         flag(&CtlOptions::wait)},
        {u"wait-timeout"_s,
         {u"wait-timeout"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "S"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "with --wait: give up after S seconds (default 600)"),
         wholeSeconds(&CtlOptions::waitTimeoutSeconds, "--wait-timeout")},
        {u"to"_s,
         {u"to"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the user or group it goes to"),
         text(&CtlOptions::to)},
        {u"notify"_s,
         {u"notify"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "ask the server to tell the new assignee (not in the vendor's API: a "
                           "server may ignore it)"),
         flag(&CtlOptions::notify)},
        {u"in-progress"_s,
         {u"in-progress"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl", "save it as an in-progress form"),
         flag(&CtlOptions::inProgress)},
        {u"as-user"_s,
         {u"as-user"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "USER"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "prepare it for this user"),
         text(&CtlOptions::asUser)},
        {u"with"_s,
         {u"with"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "PART"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "put in a part left out by default (repeatable)"),
         list(&CtlOptions::with)},
        {u"without"_s,
         {u"without"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "PART"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "leave this part out (repeatable)"),
         list(&CtlOptions::without)},
        {u"mode"_s,
         {u"mode"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "MODE"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "Always, IfNotExists or IfNewer, for every part or as PART=MODE (repeatable)"),
         list(&CtlOptions::modes)},

        // The second server (diff, promote: the target).
        {u"to-server"_s,
         {u"to-server"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "URL"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "the target server's Manage URL"),
         text(&CtlOptions::toServer)},
        {u"to-user"_s,
         {u"to-user"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "the account on the target (default: the saved connection's last user, else --user)"),
         text(&CtlOptions::toUser)},
        {u"to-profile"_s,
         {u"to-profile"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "the target as a connection saved by infiniti-admin (instead of --to-server)"),
         text(&CtlOptions::toProfile)},
        {u"part"_s,
         {u"part"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "PART"),
         QT_TRANSLATE_NOOP("infiniti-ctl", "compare only this part (repeatable; default: all)"),
         list(&CtlOptions::parts)},
        {u"item"_s,
         {u"item"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "PART:ID"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "a difference to promote: its part and its name, key or id (repeatable)"),
         list(&CtlOptions::items)},
        {u"all-changed"_s,
         {u"all-changed"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "promote every difference (of the parts given with --part)"),
         flag(&CtlOptions::allChanged)},
        {u"include-secrets"_s,
         {u"include-secrets"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "let connection strings, credentials and connector values cross too"),
         flag(&CtlOptions::includeSecrets)},
        {u"delete"_s,
         {u"delete"_s},
         nullptr,
         QT_TRANSLATE_NOOP("infiniti-ctl",
                           "delete on the target what is only there (needs --confirm-target)"),
         flag(&CtlOptions::deleteOnTarget)},
        {u"confirm-target"_s,
         {u"confirm-target"_s},
         QT_TRANSLATE_NOOP("infiniti-ctl", "NAME"),
         QT_TRANSLATE_NOOP(
             "infiniti-ctl",
             "with --delete: the target's name (its saved connection's name, else its URL)"),
         text(&CtlOptions::confirmTarget)},
    };
}
} // namespace

QString OptionDef::displayName(const char *otherValueName) const
{
    QStringList shown;
    for (const QString &n : names)
        shown << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString s = shown.join(u", "_s);
    if (takesValue())
        s += QLatin1Char(' ') + catalogueText(otherValueName ? otherValueName : valueName);
    return s;
}

QCommandLineOption OptionDef::toQt() const
{
    if (takesValue())
        return QCommandLineOption(names, catalogueText(description), catalogueText(valueName));
    return QCommandLineOption(names, catalogueText(description));
}

namespace OptionCatalogue {

const QList<OptionDef> &all()
{
    static const QList<OptionDef> options = build();
    return options;
}

const OptionDef *find(const QString &key)
{
    for (const auto &o : all()) {
        if (o.key == key)
            return &o;
    }
    return nullptr;
}

QStringList globalKeys()
{
    return {u"server"_s,   u"produce"_s, u"user"_s, u"profile"_s,         u"timeout"_s,
            u"max-time"_s, u"verbose"_s, u"help"_s, u"program-version"_s, u"password"_s};
}

} // namespace OptionCatalogue

} // namespace infiniti::ctl
