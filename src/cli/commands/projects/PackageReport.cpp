#include "cli/commands/projects/PackageReport.h"

#include "formats/Zip.h"

#include <QFile>

namespace infiniti::ctl {

PackageReport PackageReport::read(const QString &path)
{
    PackageReport report;
    report.path = path;
    const ProjectPackage::Contents contents = ProjectPackage::inspectFile(path);
    if (!contents.ok()) {
        report.error = contents.error;
        return report;
    }
    report.projects = contents.projects;

    // The files: the ZIP's central directory, through a memory map as inspectFile reads it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report; // it was readable a moment ago: the projects are what we have
    uchar *mapped = file.map(0, file.size());
    const QByteArray bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size()))
                                    : file.readAll();
    const Zip::Reader zip(bytes);
    for (const Zip::Entry &e : zip.entries()) {
        if (!e.name.endsWith(QLatin1Char('/')))
            report.files.append({e.name, e.size});
    }
    if (mapped)
        file.unmap(mapped);
    return report;
}

} // namespace infiniti::ctl
