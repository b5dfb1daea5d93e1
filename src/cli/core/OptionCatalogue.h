#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <functional>

namespace infiniti::ctl {

struct CtlOptions;

// One option of infiniti-ctl, as the parser and the help know it. The catalogue holds each
// option once; verbs name the ones they take (VerbSpec::options), so an option keeps its name
// and meaning across commands.
struct OptionDef
{
    QString key;             // unique; usually the long name ("program-version" is --version)
    QStringList names;       // {"h", "help"}
    const char *valueName;   // nullptr: a flag
    const char *description; // QT_TRANSLATE_NOOP("infiniti-ctl", …)
    // Stores what was given (every value of a repeatable option); returns the usage error or "".
    std::function<QString(const QStringList &values, CtlOptions *options)> apply;
    bool hidden = false;

    bool takesValue() const { return valueName != nullptr; }
    // "--name NAME", "-h, --help"; with `otherValueName`, "--name USERNAME".
    QString displayName(const char *otherValueName = nullptr) const;
    QCommandLineOption toQt() const;
};

namespace OptionCatalogue {
const QList<OptionDef> &all();
const OptionDef *find(const QString &key);
// Taken whatever the command: --server, --profile, --user, --produce, --timeout, --verbose,
// --help and --version (which shows the program's version, except where a verb takes a
// project --version).
QStringList globalKeys();
} // namespace OptionCatalogue

} // namespace infiniti::ctl
