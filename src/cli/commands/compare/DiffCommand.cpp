#include "cli/commands/compare/DiffCommand.h"

#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

DiffCommand::DiffCommand(const CommandContext &context)
    : CompareCommand(context)
{
}

void DiffCommand::run()
{
    compareServers(requestedParts(), [this] { print(); });
}

void DiffCommand::print()
{
    const compare::CompareResult &result = comparison().result();
    const QList<compare::Difference> &differences = result.differences;
    switch (options().format) {
    case Format::Json:
        // The shape of the compare window's export (src/compare/Difference.h).
        out() << QString::fromUtf8(
            QJsonDocument(compare::differencesToJson(differences)).toJson(QJsonDocument::Indented));
        break;
    case Format::Csv:
    case Format::Text: {
        const bool csv = options().format == Format::Csv;
        TableWriter table(out(), options(), {20, 32, 9});
        QStringList header = {u"part"_s, u"name"_s, u"change"_s, u"details"_s};
        if (csv)
            header << u"fields"_s << u"key"_s; // the changed fields; the key --item takes
        table.row(header);
        for (const compare::Difference &d : differences) {
            QStringList row = {compare::partId(d.part), d.name, compare::changeId(d.change),
                               d.summary};
            if (csv) {
                QStringList fields;
                for (const compare::FieldChange &f : d.fieldChanges)
                    fields << f.field;
                row << fields.join(u';') << d.key;
            }
            table.row(row);
        }
        break;
    }
    }
    if (!outputWorks()) {
        finish(Failure);
        return;
    }
    const compare::ServerSnapshot &source = comparison().source();
    const compare::ServerSnapshot &target = comparison().target();
    err() << direction() << ": "
          << (result.isEqual() ? tr("the same in %n part(s)", nullptr, int(result.parts.size()))
                               : tr("%n difference(s) in %1", nullptr, int(differences.size()))
                                     .arg(tr("%n part(s)", nullptr, int(result.parts.size()))))
          << ' '
          << tr("(%1 and %2 objects read in %3 s).")
                 .arg(source.objectCount())
                 .arg(target.objectCount())
                 .arg(double(qMax(source.readMs, target.readMs) + comparison().compareMs()) /
                          1000.0,
                      0, 'f', 1)
          << '\n';
    finish(result.isEqual() ? Ok : Differences);
}

} // namespace infiniti::ctl
