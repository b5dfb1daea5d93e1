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
    const ApiRequest request = options().version.isEmpty() ? ProjectsEndpoints::exportLatest(id, id)
                                                           : ProjectsEndpoints::exportVersion(id, options().version);
    sendOrFail(new DownloadJob(session(), prepared(request), this), [this](DownloadJob *job) {
        QString path = options().outFile;
        if (QFileInfo(path).isDir())
            path = QDir(path).filePath(DownloadJob::safeFileName(job->suggestedFileName(), u"project.ixpkg"_s));
        if (!saveOrFail(path, job->body()))
            return;
        err() << tr("Saved %1 (%Ln byte(s)).", nullptr, int(qMin<qsizetype>(job->body().size(), INT_MAX))).arg(path) << '\n';
        finish(Ok);
    });
}

} // namespace infiniti::ctl
