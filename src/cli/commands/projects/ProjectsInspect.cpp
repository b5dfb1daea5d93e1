#include "cli/commands/projects/ProjectsInspect.h"

#include "cli/commands/projects/PackageReport.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
QJsonObject toJson(const PackageReport &report)
{
    QJsonObject o{{"file"_L1, report.path}};
    if (!report.ok()) {
        o.insert("error"_L1, report.error);
        return o;
    }
    QJsonArray projects;
    for (const auto &p : report.projects)
        projects.append(QJsonObject{{"id"_L1, p.id}, {"name"_L1, p.name}, {"type"_L1, p.type},
                                    {"version"_L1, p.version}, {"lastModified"_L1, p.lastModified}});
    QJsonArray files;
    for (const auto &f : report.files)
        files.append(QJsonObject{{"name"_L1, f.name}, {"size"_L1, f.size}});
    o.insert("projects"_L1, projects);
    o.insert("files"_L1, files);
    return o;
}
} // namespace

void ProjectsInspect::run()
{
    QList<PackageReport> reports;
    for (const QString &path : options().operands)
        reports << PackageReport::read(path);

    switch (options().format) {
    case Format::Json: {
        QJsonArray all;
        for (const auto &r : std::as_const(reports))
            all.append(toJson(r));
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        // One row per project; a package that does not read is a row with the reason.
        TableWriter table(out(), options());
        table.row({u"file"_s, u"id"_s, u"name"_s, u"type"_s, u"version"_s, u"lastModified"_s, u"error"_s});
        for (const auto &r : std::as_const(reports)) {
            if (!r.ok())
                table.row({r.path, {}, {}, {}, {}, {}, r.error});
            for (const auto &p : r.projects)
                table.row({r.path, p.id, p.name, p.type, p.version, p.lastModified, {}});
        }
        break;
    }
    case Format::Text:
        for (const auto &r : std::as_const(reports))
            printText(r);
        break;
    }

    int unreadable = 0;
    for (const auto &r : std::as_const(reports)) {
        if (!r.ok()) {
            complain(tr("%1 is not a project package: %2").arg(r.path, r.error));
            ++unreadable;
        }
    }
    finish(unreadable == 0 ? Ok : UsageError);
}

void ProjectsInspect::printText(const PackageReport &report)
{
    if (!report.ok()) {
        out() << report.path << ": " << tr("not a project package (%1)").arg(report.error) << '\n';
        return;
    }
    out() << report.path << ": " << tr("%Ln project(s),", nullptr, int(report.projects.size())) << ' '
          << tr("%Ln file(s)", nullptr, int(report.files.size())) << '\n';
    TableWriter table(out(), options(), {2, 32, 10, 9, 22});
    for (const auto &p : report.projects)
        table.row({{}, p.name, p.type, p.version, p.lastModified, p.id});
    for (const auto &f : report.files)
        out() << "  " << f.name << "  " << tr("%Ln byte(s)", nullptr, int(qMin<qint64>(f.size, INT_MAX))) << '\n';
}

} // namespace infiniti::ctl
