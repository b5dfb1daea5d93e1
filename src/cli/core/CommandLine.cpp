#include "cli/core/CommandLine.h"

#include "cli/core/CommandRegistry.h"
#include "cli/core/OptionCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
QString helpHint(const CommandSpec *command = nullptr, const VerbSpec *verb = nullptr)
{
    if (!command)
        return u"infiniti-ctl --help"_s;
    QString hint = u"infiniti-ctl help "_s + command->name;
    if (verb && !verb->verb.isEmpty())
        hint += QLatin1Char(' ') + verb->verb;
    return hint;
}

ParseResult usageError(const QString &error, const QString &hint)
{
    ParseResult r;
    r.kind = ParseResult::Kind::UsageError;
    r.error = error;
    r.hint = hint;
    return r;
}

QString passwordRefusal()
{
    return QCoreApplication::translate("infiniti-ctl",
                                       "passwords are never taken from the command line; use "
                                       "INFINITI_PASSWORD or standard input.");
}

// Refused before any parsing, so that even "--password" without a value gets the reason.
bool givesPassword(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--"_L1)
            return false;
        if (a == "--password"_L1 || a.startsWith("--password="_L1))
            return true;
    }
    return false;
}

// The options `keys` name, each once ("version" as the program's flag unless a verb takes a
// project version).
struct Parser
{
    QCommandLineParser qt;
    QList<const OptionDef *> defs;

    explicit Parser(const QStringList &keys)
    {
        QSet<QString> names;
        for (const QString &key : keys) {
            const OptionDef *def = OptionCatalogue::find(key);
            if (!def)
                continue;
            bool clash = false;
            for (const QString &n : def->names)
                clash = clash || names.contains(n);
            if (clash)
                continue;
            for (const QString &n : def->names)
                names.insert(n);
            qt.addOption(def->toQt());
            defs << def;
        }
    }
    bool isSet(const QString &key) const
    {
        for (const OptionDef *d : defs) {
            if (d->key == key)
                return qt.isSet(d->names.last());
        }
        return false;
    }
};

QStringList everyOptionKey()
{
    QStringList keys = OptionCatalogue::globalKeys();
    for (const auto &def : OptionCatalogue::all())
        keys << def.key; // "version" loses to "program-version": the first parse knows no command
    return keys;
}

QStringList keysOf(const CommandSpec &command)
{
    QStringList keys;
    bool projectVersion = false;
    for (const auto &verb : command.verbs) {
        for (const auto &o : verb.options) {
            keys << o.key;
            projectVersion = projectVersion || o.key == "version"_L1;
        }
        if (verb.json)
            keys << u"json"_s;
        if (verb.csv)
            keys << u"csv"_s << u"bom"_s << u"delimiter"_s << u"csv-raw"_s;
    }
    QStringList globals = OptionCatalogue::globalKeys();
    if (projectVersion)
        globals.removeAll(u"program-version"_s);
    return globals + keys;
}

// How many single-character edits (insert, delete, replace, swap two neighbours) turn a into b.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The one candidate `typed` most likely meant: the only one it begins, else the only one
// nearest within a typo or two (one for short words); empty when none or several are as near.
QString suggestion(const QString &typed, const QStringList &candidates)
{
    const QString t = typed.toLower();
    if (t.isEmpty())
        return {};
    QStringList begun;
    for (const QString &c : candidates) {
        if (c.startsWith(t))
            begun << c;
    }
    if (begun.size() == 1)
        return begun.first();
    const int allowed = t.size() < 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    bool tie = false;
    for (const QString &c : candidates) {
        const int distance = editDistance(t, c.toLower());
        if (distance < bestDistance) {
            best = c;
            bestDistance = distance;
            tie = false;
        } else if (distance == bestDistance && c != best) {
            tie = true;
        }
    }
    return bestDistance <= allowed && !tie ? best : QString();
}

// The option as it was typed: QCommandLineParser reports "x" for both "--x" and "-x". With
// the options that could have been meant (`known`, keys of the OptionCatalogue).
QString unknownOption(const QStringList &arguments, const QString &name, const QStringList &known)
{
    QString typed = u"-"_s + name;
    for (const QString &a : arguments) {
        if (a == "--"_L1)
            break;
        if (a == u"--"_s + name || a.startsWith(u"--"_s + name + QLatin1Char('=')))
            typed = u"--"_s + name;
    }
    QStringList names;
    for (const QString &key : known) {
        const OptionDef *def = OptionCatalogue::find(key);
        if (def && !def->hidden && !names.contains(def->names.last()))
            names << def->names.last();
    }
    const QString meant = suggestion(name, names);
    if (!meant.isEmpty())
        return QCoreApplication::translate("infiniti-ctl",
                                           "unknown option '%1' (did you mean '%2'?).")
            .arg(typed, u"--"_s + meant);
    return QCoreApplication::translate("infiniti-ctl", "unknown option '%1'.").arg(typed);
}

QString unknownCommand(const QString &name)
{
    QStringList names;
    for (const auto &c : CommandRegistry::instance().commands())
        names << c.name;
    const QString meant = suggestion(name, names);
    if (!meant.isEmpty())
        return QCoreApplication::translate("infiniti-ctl",
                                           "unknown command '%1' (did you mean '%2'?).")
            .arg(name, meant);
    return QCoreApplication::translate("infiniti-ctl", "unknown command '%1'.").arg(name);
}

QString unknownVerb(const CommandSpec &command, const QString &verb)
{
    QStringList verbs;
    for (const auto &v : command.verbs)
        verbs << v.verb;
    const QString meant = suggestion(verb, verbs);
    if (!meant.isEmpty())
        return QCoreApplication::translate("infiniti-ctl",
                                           "'%1' has no verb '%2' (did you mean '%3'?).")
            .arg(command.name, verb, meant);
    return QCoreApplication::translate("infiniti-ctl", "'%1' has no verb '%2'.")
        .arg(command.name, verb);
}

QString verbList(const CommandSpec &command)
{
    QStringList verbs;
    for (const auto &v : command.verbs)
        verbs << v.verb;
    return verbs.join(u", "_s);
}
} // namespace

QString CommandLine::usageErrorLine(const ParseResult &result)
{
    return u"infiniti-ctl: "_s + result.error + QLatin1Char(' ') +
           QCoreApplication::translate("infiniti-ctl", "Try '%1'.").arg(result.hint);
}

ParseResult CommandLine::parse(const QStringList &arguments)
{
    if (givesPassword(arguments))
        return usageError(passwordRefusal(), helpHint());

    // First the command word, with every option known so that values are not taken for it.
    Parser first(everyOptionKey());
    first.qt.parse(arguments);
    const QStringList firstWords = first.qt.positionalArguments();
    const QString name = firstWords.value(0);
    if (name.isEmpty()) {
        if (!first.qt.unknownOptionNames().isEmpty())
            return usageError(unknownOption(arguments, first.qt.unknownOptionNames().first(),
                                            OptionCatalogue::globalKeys()),
                              helpHint());
        ParseResult r;
        if (first.isSet(u"help"_s))
            r.kind = ParseResult::Kind::Help;
        else if (first.isSet(u"program-version"_s))
            r.kind = ParseResult::Kind::Version;
        else
            return usageError(QCoreApplication::translate("infiniti-ctl", "no command given."),
                              helpHint());
        return r;
    }
    const CommandRegistry &registry = CommandRegistry::instance();
    if (name == "help"_L1) {
        ParseResult r;
        r.kind = ParseResult::Kind::Help;
        if (firstWords.size() > 1) {
            r.command = registry.find(firstWords.at(1));
            if (!r.command)
                return usageError(unknownCommand(firstWords.at(1)), helpHint());
            if (firstWords.size() > 2 && r.command->hasVerbs()) {
                r.verb = r.command->verb(firstWords.at(2));
                if (!r.verb)
                    return usageError(unknownVerb(*r.command, firstWords.at(2)),
                                      helpHint(r.command));
            }
        }
        return r;
    }
    const CommandSpec *command = registry.find(name);
    if (!command)
        return usageError(unknownCommand(name), helpHint());

    // Then the command's own options.
    const QStringList commandKeys = keysOf(*command);
    Parser parser(commandKeys);
    if (!parser.qt.parse(arguments)) {
        if (!parser.qt.unknownOptionNames().isEmpty())
            return usageError(
                unknownOption(arguments, parser.qt.unknownOptionNames().first(), commandKeys),
                helpHint(command));
        return usageError(parser.qt.errorText(), helpHint(command));
    }
    const QStringList words = parser.qt.positionalArguments();
    const bool help = parser.isSet(u"help"_s);
    const VerbSpec *verb = nullptr;
    if (!command->hasVerbs()) {
        verb = &command->verbs.first();
    } else if (words.size() < 2) {
        if (help) {
            ParseResult r;
            r.kind = ParseResult::Kind::Help;
            r.command = command;
            return r;
        }
        return usageError(QCoreApplication::translate("infiniti-ctl", "'%1' needs a verb: %2.")
                              .arg(command->name, verbList(*command)),
                          helpHint(command));
    } else {
        verb = command->verb(words.at(1));
        if (!verb)
            return usageError(unknownVerb(*command, words.at(1)), helpHint(command));
    }
    if (help || parser.isSet(u"program-version"_s)) {
        ParseResult r;
        r.kind = help ? ParseResult::Kind::Help : ParseResult::Kind::Version;
        r.command = command;
        r.verb = verb;
        return r;
    }

    const QString what =
        verb->verb.isEmpty() ? command->name : command->name + QLatin1Char(' ') + verb->verb;
    ParseResult r;
    r.kind = ParseResult::Kind::Run;
    r.command = command;
    r.verb = verb;
    CtlOptions &o = r.options;
    const QStringList globals = OptionCatalogue::globalKeys();
    for (const OptionDef *def : std::as_const(parser.defs)) {
        if (!parser.isSet(def->key))
            continue;
        if (!globals.contains(def->key) && !verb->takes(def->key))
            return usageError(QCoreApplication::translate("infiniti-ctl", "'%1' does not take %2.")
                                  .arg(what, u"--"_s + def->names.last()),
                              helpHint(command, verb));
        const QString problem =
            def->apply(def->takesValue() ? parser.qt.values(def->names.last()) : QStringList(), &o);
        if (!problem.isEmpty())
            return usageError(problem, helpHint(command, verb));
    }
    if (o.format != Format::Csv &&
        (parser.isSet(u"bom"_s) || parser.isSet(u"delimiter"_s) || parser.isSet(u"csv-raw"_s)))
        return usageError(
            QCoreApplication::translate(
                "infiniti-ctl", "--bom, --delimiter and --csv-raw shape --csv output; add --csv."),
            helpHint(command, verb));

    o.words = words;
    o.command = command->name;
    o.verb = verb->verb;
    o.operands = words.mid(verb->verb.isEmpty() ? 1 : 2);
    const int given = int(o.operands.size());
    if (given < verb->minOperands)
        return usageError(
            QCoreApplication::translate("infiniti-ctl", "'%1' needs more: infiniti-ctl %2")
                .arg(what, command->synopsis(*verb)),
            helpHint(command, verb));
    if (verb->maxOperands >= 0 && given > verb->maxOperands)
        return usageError(QCoreApplication::translate("infiniti-ctl", "'%1' does not take '%2'.")
                              .arg(what, o.operands.at(verb->maxOperands)),
                          helpHint(command, verb));
    if (verb->check) {
        const QString problem = verb->check(o);
        if (!problem.isEmpty())
            return usageError(problem, helpHint(command, verb));
    }
    if (verb->needs != VerbSpec::Needs::Nothing && o.server.isEmpty() && o.profile.isEmpty())
        return usageError(QCoreApplication::translate(
                              "infiniti-ctl", "say which server: --server URL or --profile NAME."),
                          helpHint());
    if (verb->target && o.toServer.isEmpty() && o.toProfile.isEmpty())
        return usageError(
            QCoreApplication::translate(
                "infiniti-ctl",
                "say which server is the target: --to-server URL or --to-profile NAME."),
            helpHint(command, verb));
    return r;
}

} // namespace infiniti::ctl
