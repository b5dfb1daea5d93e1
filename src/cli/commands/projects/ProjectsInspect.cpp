#include "cli/commands/projects/ProjectsInspect.h"

#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"
#include "formats/ProjectPackage.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void ProjectsInspect::run()
{
    QList<ProjectPackage::Inspection> inspections;
    for (const QString &path : options().operands)
        inspections << ProjectPackage::inspectFile(path);

    switch (options().format) {
    case Format::Json: {
        QJsonArray all;
        for (const auto &in : std::as_const(inspections))
            all.append(ProjectPackage::inspectionJson(in));
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        // One row per project; a package that does not read is a row with its first problem.
        TableWriter table(out(), options());
        table.row({u"file"_s, u"id"_s, u"name"_s, u"kind"_s, u"type"_s, u"version"_s,
                   u"lastModified"_s, u"problem"_s});
        for (const auto &in : std::as_const(inspections)) {
            for (const auto &p : in.projects)
                table.row({in.path,
                           p.id,
                           p.name,
                           ProjectPackage::kindKey(p.typeNumber),
                           p.typeNumber,
                           p.version,
                           p.lastModified,
                           {}});
            if (!in.ok())
                table.row({in.path, {}, {}, {}, {}, {}, {}, in.error});
        }
        break;
    }
    case Format::Text:
        for (const auto &in : std::as_const(inspections))
            out() << ProjectPackage::inspectionText(in);
        break;
    }

    int refused = 0;
    for (const auto &in : std::as_const(inspections)) {
        if (!in.ok()) {
            complain(tr("%1 cannot be imported: %2").arg(in.path, in.error));
            ++refused;
        }
    }
    finish(refused == 0 ? Ok : UsageError);
}

} // namespace infiniti::ctl
