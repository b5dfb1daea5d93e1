#include "cli/core/CommandSpec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

bool VerbSpec::takes(const QString &optionKey) const
{
    if (optionKey == "json"_L1)
        return json;
    if (optionKey == "csv"_L1 || optionKey == "bom"_L1 || optionKey == "delimiter"_L1 ||
        optionKey == "csv-raw"_L1)
        return csv;
    for (const auto &o : options) {
        if (o.key == optionKey)
            return true;
    }
    return false;
}

const VerbSpec *CommandSpec::verb(const QString &name) const
{
    for (const auto &v : verbs) {
        if (v.verb == name)
            return &v;
    }
    return nullptr;
}

QString CommandSpec::synopsis(const VerbSpec &verb) const
{
    QString s = name;
    if (!verb.verb.isEmpty())
        s += QLatin1Char(' ') + verb.verb;
    if (verb.synopsis && *verb.synopsis)
        s += QLatin1Char(' ') + QCoreApplication::translate("infiniti-ctl", verb.synopsis);
    return s;
}

} // namespace infiniti::ctl
