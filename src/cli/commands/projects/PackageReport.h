#pragma once

#include "formats/ProjectPackage.h"

#include <QList>
#include <QString>

namespace infiniti::ctl {

// What `projects inspect` shows of one package, read locally (nothing is sent).
//
// The one seam to src/formats: read() fills it from what ProjectPackage offers today (the
// projects of projects.xml) and the package's ZIP directory (its files). When ProjectPackage
// gains its richer inspection, read() calls that instead and the printers in ProjectsInspect
// gain the new fields; nothing else changes.
struct PackageReport
{
    struct File
    {
        QString name;
        qint64 size = 0;
    };

    QString path;
    QString error; // empty: it reads
    QList<ProjectPackage::Project> projects;
    QList<File> files;

    bool ok() const { return error.isEmpty(); }
    static PackageReport read(const QString &path);
};

} // namespace infiniti::ctl
