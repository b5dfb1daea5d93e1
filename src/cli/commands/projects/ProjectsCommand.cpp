#include "cli/commands/projects/ProjectsCommand.h"

#include "api/DownloadJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "cli/core/OutputStream.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

ProjectsCommand::ProjectsCommand(const CommandContext &context, Verb verb)
    : Command(context)
    , m_verb(verb)
{
}

void ProjectsCommand::run()
{
    const QString id = options().operands.value(0);
    switch (m_verb) {
    case Verb::Rename:
        showEntity(ProjectsEndpoints::rename(id, options().name), tr("Renamed."));
        return;
    case Verb::History:
        showVersions(ProjectsEndpoints::history(id));
        return;
    case Verb::Export:
        break;
    }
    const ApiRequest request = options().version.isEmpty()
                                   ? ProjectsEndpoints::exportLatest(id, id)
                                   : ProjectsEndpoints::exportVersion(id, options().version);
    // Written to the file as it arrives (never whole in memory), put in place once complete.
    auto *job = new DownloadJob(session(), request, this);
    job->saveAs([out = options().outFile](const DownloadJob &answer) {
        return QFileInfo(out).isDir()
                   ? QDir(out).filePath(DownloadJob::safeFileName(answer.suggestedFileName(),
                                                                  u"project.ixpkg"_s, u".ixpkg"_s))
                   : out;
    });
    saveDownloadOrFail(job);
}

} // namespace infiniti::ctl
