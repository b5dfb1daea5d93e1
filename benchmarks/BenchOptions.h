#pragma once

#include <QString>
#include <QStringList>

// A benchmark's `--name value` option: the value after `name` in `args`, else `fallback`.
inline QString benchOption(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}
