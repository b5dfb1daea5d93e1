#include "cli/commands/library/LibraryCommand.h"

#include "api/DownloadJob.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/EntityJob.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

LibraryCommand::LibraryCommand(const CommandContext &context, Verb verb)
    : Command(context)
    , m_verb(verb)
{
}

bool LibraryCommand::prepare()
{
    if (m_verb != Verb::Create && m_verb != Verb::Replace)
        return true;
    // The file is sent from the disk as it is read (its Base64 never whole in memory).
    const QString path = options().inputFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() == 0 || LibraryEndpoints::extensionOf(path).isEmpty()) {
        failUsage(tr("%1 is empty or has no extension; the library needs both.").arg(path));
        return false;
    }
    return true;
}

void LibraryCommand::run()
{
    const QString id = options().operands.value(0);
    const QString path = options().inputFile;
    switch (m_verb) {
    case Verb::Create: {
        const QFileInfo info(path);
        const QJsonObject metadata{
            {"name"_L1, options().name.isEmpty() ? info.completeBaseName() : options().name},
            {"type"_L1, LibraryEndpoints::typeForFile(path)},
            {"category"_L1, options().category},
            {"folderName"_L1, options().folder},
            {"description"_L1, options().description}};
        QString error;
        const auto request = LibraryEndpoints::createFromFile(metadata, path, &error);
        if (!request) {
            failUsage(tr("cannot read %1: %2").arg(path, error));
            break;
        }
        showEntity(LibraryEndpoints::answeredWithoutFile(*request), tr("Created."));
        break;
    }
    case Verb::Replace:
        sendOrFail(new EntityJob(session(), LibraryEndpoints::get(id, false), this),
                   [this, id, path](EntityJob *job) {
                       QString error;
                       const auto request =
                           LibraryEndpoints::replaceFileFromFile(id, job->object(), path, &error);
                       if (!request) {
                           failUsage(tr("cannot read %1: %2").arg(path, error));
                           return;
                       }
                       showEntity(LibraryEndpoints::answeredWithoutFile(*request), tr("Replaced."));
                   });
        break;
    case Verb::Get:
        if (options().outFile.isEmpty()) {
            showEntity(LibraryEndpoints::get(id, false)); // the metadata
            break;
        }
        {
            // The item with its file as Base64 in `binary`: decoded into --out as it arrives.
            auto *job = new DownloadJob(session(), LibraryEndpoints::get(id, true), this);
            job->decodeBase64Member("binary"_L1, "size"_L1);
            saveDownload(job);
            break;
        }
    case Verb::Export: {
        // Written to --out as it arrives, put in place once complete.
        saveDownload(new DownloadJob(
            session(),
            LibraryEndpoints::exportVersion(id, options().operands.value(1),
                                            LibraryEndpoints::extensionOf(options().outFile)),
            this));
        break;
    }
    case Verb::History:
        showVersions(LibraryEndpoints::history(id));
        break;
    }
}

void LibraryCommand::saveDownload(DownloadJob *job)
{
    job->saveAs([out = options().outFile](const DownloadJob &) { return out; });
    saveDownloadOrFail(job);
}

} // namespace infiniti::ctl
