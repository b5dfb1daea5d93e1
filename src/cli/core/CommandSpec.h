#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace infiniti::ctl {

class Command;
struct CommandContext;
struct CtlOptions;

// An option a verb takes: its key in the OptionCatalogue and, where the catalogue's description
// is too general, what it means for this verb (QT_TRANSLATE_NOOP("infiniti-ctl", …)).
struct VerbOption
{
    VerbOption(const char *optionKey, const char *verbHelp = nullptr,
               const char *verbValueName = nullptr)
        : key(QString::fromLatin1(optionKey))
        , help(verbHelp)
        , valueName(verbValueName)
    {
    }
    QString key;
    const char *help;
    // The value's name in this verb's help where the catalogue's is too general ("USERNAME"
    // for --name NAME), as its usage line names it; QT_TRANSLATE_NOOP("infiniti-ctl", …).
    const char *valueName;
};

// One thing infiniti-ctl does ("users list", "generate"): how it is written, what it accepts,
// and what runs it. Texts are QT_TRANSLATE_NOOP("infiniti-ctl", …), translated when shown.
struct VerbSpec
{
    enum class Needs {
        Nothing, // works on local files only (projects inspect): no server, no account
        Server,  // a server and an account, but signs in (or out) itself: login, logout
        SignIn   // a signed-in session
    };

    QString verb;              // empty: the command has no verbs; its operands follow it
    const char *synopsis;      // the arguments after "infiniti-ctl users get": "<id> | --name USER"
    const char *summary;       // one line
    QList<VerbOption> options; // besides the global ones
    bool json = false;         // takes --json
    bool csv = false;          // takes --csv (and --bom, --delimiter, --csv-raw)
    int minOperands = 0;       // the words after the verb
    int maxOperands = 0;       // -1: any number
    Needs needs = Needs::SignIn;
    // Works with a second server, the target (diff, promote): --to-server URL or --to-profile
    // NAME, --to-user NAME (list them in `options`); CtlApp signs in to both.
    bool target = false;
    // Checks that need more than counting (required options, combinations): the usage error,
    // or empty.
    std::function<QString(const CtlOptions &)> check = {};
    std::function<Command *(const CommandContext &)> create = {};

    bool takes(const QString &optionKey) const;
};

// A command word ("users") and its verbs, as the command areas register them.
struct CommandSpec
{
    QString name;
    const char *summary; // for the overview
    QList<VerbSpec> verbs;

    const VerbSpec *verb(const QString &name) const;
    // "users get <id> | --name USER", translated.
    QString synopsis(const VerbSpec &verb) const;
    bool hasVerbs() const { return !(verbs.size() == 1 && verbs.first().verb.isEmpty()); }
};

} // namespace infiniti::ctl
