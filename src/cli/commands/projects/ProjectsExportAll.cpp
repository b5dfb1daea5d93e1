#include "cli/commands/projects/ProjectsExportAll.h"

#include "api/DownloadJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
constexpr int kExportPageSize = 100;
}

void ProjectsExportAll::run()
{
    m_directory = options().operands.value(0);
    if (!QDir().mkpath(m_directory)) {
        failUsage(tr("cannot create %1").arg(m_directory));
        return;
    }
    m_cursor = std::make_unique<PageCursor>(ProjectsEndpoints::list(), kExportPageSize);
    m_cursor->requireUniqueIds(); // a backup of a list that moved is no backup
    fetchPage();
}

void ProjectsExportAll::fetchPage()
{
    auto *job = new ListPageJob(session(), m_cursor->current(), "projects"_L1, this);
    send(job, [this](ListPageJob *job) {
        if (!job->succeeded()) {
            complain(tr("the list of projects could not be read, so nothing was exported."));
            fail(job->error());
            return;
        }
        // A project listed twice (the list moved while it was read, or the server's paging is
        // not stable) fails the cursor: others may have been left out, so this is no backup.
        if (!advanceOrFail(*m_cursor, *job)) {
            complain(tr("the list of projects could not be read whole, so nothing was "
                        "exported."));
            return;
        }
        for (const auto &v : job->items())
            m_projects.append(v.toObject());
        if (m_cursor->atEnd())
            download(0);
        else
            fetchPage();
    });
}

QString ProjectsExportAll::uniquePath(const QString &fileName, const QString &id)
{
    // Two projects may have the same name (in different folders): the second must not
    // overwrite the first's backup.
    QString name = fileName;
    if (m_written.contains(name.toLower())) {
        const QFileInfo info(fileName);
        name = DownloadJob::safeFileName(
            u"%1 (%2).%3"_s.arg(info.completeBaseName(), id, info.suffix()), fileName);
    }
    for (int n = 2; m_written.contains(name.toLower()); ++n)
        name = u"%1 %2"_s.arg(n).arg(fileName);
    m_written.insert(name.toLower());
    return QDir(m_directory).filePath(name);
}

void ProjectsExportAll::download(int index)
{
    const int total = int(m_projects.size());
    if (index >= total) {
        err() << tr("%1 of %Ln project(s) exported to %2.", nullptr, total)
                     .arg(total - m_failures)
                     .arg(m_directory)
              << '\n';
        if (m_failures > 0) {
            complain(
                tr("%Ln project(s) could not be exported (named above).", nullptr, m_failures));
            finish(m_lastFailure);
        } else {
            finish(Ok);
        }
        return;
    }
    const QJsonObject p = m_projects.at(index);
    const QString name = Json::string(p, "name"_L1);
    const QString id = Json::idOf(p);
    auto *job = new DownloadJob(session(), ProjectsEndpoints::exportLatest(id, name), this);
    // Written to its file as it arrives; the name is chosen once the server has suggested one.
    job->saveAs([this, name, id](const DownloadJob &answer) {
        const QString fallback = DownloadJob::safeFileName(name + u".ixpkg"_s, u"project.ixpkg"_s);
        return uniquePath(
            DownloadJob::safeFileName(answer.suggestedFileName(), fallback, u".ixpkg"_s), id);
    });
    send(job, [this, index, name](DownloadJob *job) {
        // Standard output lists what is in the folder, name and file, one per line; a project
        // that is not is said on standard error (it was a "failed: …" line among the files).
        if (!job->succeeded()) {
            complain(job->error().message());
            err() << detailLines(job->error());
            ++m_failures;
            m_lastFailure = exitCodeFor(job->error());
            download(index + 1);
            return;
        }
        QString error;
        const bool saved = job->commit(&error);
        const QString file = job->savedPath();
        if (!saved) {
            complain(tr("cannot write %1: %2").arg(file.isEmpty() ? name : file, error));
            ++m_failures;
            m_lastFailure = Failure;
        } else {
            out() << name << '\t' << file << '\n';
        }
        if (!outputWorks()) {
            finish(Failure);
            return;
        }
        download(index + 1);
    });
}

} // namespace infiniti::ctl
