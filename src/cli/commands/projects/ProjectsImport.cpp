#include "cli/commands/projects/ProjectsImport.h"

#include "api/endpoints/ProjectsEndpoints.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"
#include "formats/ProjectPackage.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

void ProjectsImport::run()
{
    importFile(0);
}

void ProjectsImport::refused(int index, const QString &reason, int exitCode)
{
    out() << options().operands.at(index) << '\t' << tr("not imported: %1").arg(reason) << '\n';
    ++m_failures;
    m_lastFailure = exitCode;
    importFile(index + 1);
}

void ProjectsImport::importFile(int index)
{
    const QStringList &files = options().operands;
    if (index >= files.size()) {
        const int total = int(files.size());
        err() << tr("%1 of %Ln package(s) imported.", nullptr, total).arg(total - m_failures)
              << '\n';
        finish(m_failures == 0 ? Ok : m_lastFailure);
        return;
    }
    const QString file = files.at(index);
    const ProjectPackage::Contents contents = ProjectPackage::inspectFile(file);
    if (!contents.ok()) {
        refused(index, contents.error, UsageError);
        return;
    }
    ProjectsEndpoints::ImportOptions importOptions;
    if (options().overwrite) { // the package's projects, by id (those not on the server: new)
        QStringList ids;
        for (const auto &project : contents.projects)
            ids << project.id;
        importOptions.overwrite(ids);
    }
    importOptions.folderName = options().folder;
    importOptions.comment = options().comment;
    QString error;
    const auto request = ProjectsEndpoints::importPackage(file, importOptions, &error);
    if (!request) {
        refused(index, error, UsageError);
        return;
    }
    send(new ApiJob(session(), *request, this), [this, index, file, contents](ApiJob *job) {
        if (!job->succeeded()) {
            QString reason = job->error().serverOrOwnMessage();
            // The server's words name its own flag ("overwriteProjects"); ours is --overwrite.
            if (job->error().kind() == ApiError::Kind::Conflict && !options().overwrite)
                reason += u" "_s + tr("(With --overwrite it goes in as a new version.)");
            refused(index, reason, exitCodeFor(job->error()));
            return;
        }
        QStringList names;
        for (const auto &p : Json::listItems(job->json(), "projects"_L1))
            names << u"%1 v%2 (%3)"_s.arg(Json::string(p.toObject(), "name"_L1),
                                          Json::id(Json::value(p.toObject(), "version"_L1)),
                                          Json::idOf(p.toObject()));
        if (!names.isEmpty()) {
            out() << file << '\t' << tr("imported: %1").arg(names.join(u", "_s)) << '\n';
        } else {
            // The vendor documents no answer for an import (a 201 without a body is fine): say
            // what the package held, and that this is the package's word, not the server's.
            for (const auto &p : contents.projects)
                names << u"%1 v%2 (%3)"_s.arg(p.name, p.version, p.id);
            out() << file << '\t'
                  << tr("imported: %1 (as the package lists them; the server did not say)")
                         .arg(names.join(u", "_s))
                  << '\n';
        }
        importFile(index + 1);
    });
}

} // namespace infiniti::ctl
