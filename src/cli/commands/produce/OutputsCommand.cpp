#include "cli/commands/produce/OutputsCommand.h"

#include "api/DownloadJob.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/ListPageJob.h"
#include "api/Session.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
constexpr int kOutputsPageSize = 100;

// The output id of a resourceLocation shaped as documented (contract 3.6: the URL of
// generatedoutput/{id}) on the profile's own origin; empty otherwise.
QString outputIdOf(const QUrl &location, const Profile &profile)
{
    const QStringList segments = location.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2 || !profile.isOwnOrigin(location) ||
        segments.at(segments.size() - 2).compare("generatedoutput"_L1, Qt::CaseInsensitive) != 0)
        return {};
    return segments.last();
}
} // namespace

void OutputsCommand::run()
{
    // The documented ways, in turn (contract 3.6, 3.7): an operation id leads to its output, a
    // run id to its last operation (operations?runid=); else the id is taken as an output's.
    // (generatedoutput/{runId} is our emulator's extension: never relied on.)
    const QString id = options().operands.value(0);
    send(new ApiJob(session(), ClientEndpoints::operation(id), this), [this, id](ApiJob *job) {
        if (job->succeeded()) {
            outputsOfOperation(id, job->json().object());
            return;
        }
        send(new ApiJob(session(), ClientEndpoints::operationOfRun(id), this),
             [this, id](ApiJob *run) {
                 if (run->succeeded() && run->json().isObject())
                     outputsOfOperation(id, run->json().object());
                 else
                     downloadOutputs({}, id);
             });
    });
}

void OutputsCommand::outputsOfOperation(const QString &id, const QJsonObject &operation)
{
    const QUrl location(Json::string(operation, "resourceLocation"_L1));
    if (!location.isEmpty()) {
        downloadOutputs(location, {});
        return;
    }
    complain(tr("operation %1 is %2; it has no documents.")
                 .arg(id, Json::string(operation, "status"_L1)));
    finish(RequestRejected);
}

void OutputsCommand::downloadOutputs(const QUrl &location, const QString &outputId)
{
    m_directory = options().outFile.isEmpty() ? u"."_s : options().outFile;
    if (!QDir().mkpath(m_directory)) {
        failUsage(tr("cannot create %1").arg(m_directory));
        return;
    }
    ApiRequest first;
    const QString id = location.isEmpty() ? outputId : outputIdOf(location, session()->profile());
    if (!id.isEmpty()) {
        first = ClientEndpoints::outputs(id);
    } else {
        // A location of another shape is followed as given, asking for pages all the same.
        QUrl paged = location;
        QUrlQuery query(paged);
        query.removeAllQueryItems(u"$skip"_s);
        query.removeAllQueryItems(u"$top"_s);
        query.addQueryItem(u"$skip"_s, u"0"_s);
        query.addQueryItem(u"$top"_s, QString::number(kOutputsPageSize));
        paged.setQuery(query);
        first = ClientEndpoints::follow(paged, tr("list the generated files"));
    }
    m_cursor = std::make_unique<PageCursor>(first, kOutputsPageSize);
    fetchPage();
}

void OutputsCommand::fetchPage()
{
    sendOrFail(new ListPageJob(session(), m_cursor->current(), "files"_L1, this),
               [this](ListPageJob *job) {
                   for (const auto &f : job->items())
                       m_files.append(f);
                   if (!advanceOrFail(*m_cursor, *job))
                       return;
                   if (m_cursor->atEnd())
                       downloadFile(0);
                   else
                       fetchPage();
               });
}

QString OutputsCommand::uniquePath(const QString &fileName)
{
    // Two documents of one output may share a name: the second must not replace the first.
    const QFileInfo info(fileName);
    QString name = fileName;
    for (int n = 2; m_written.contains(name.toLower()); ++n)
        name = info.suffix().isEmpty()
                   ? u"%1 (%2)"_s.arg(fileName).arg(n)
                   : u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix());
    m_written.insert(name.toLower());
    return QDir(m_directory).filePath(name);
}

void OutputsCommand::downloadFile(int index)
{
    if (index >= m_files.size()) {
        err() << tr("%Ln document(s) saved to %1.", nullptr, int(m_files.size())).arg(m_directory)
              << '\n';
        finish(Ok);
        return;
    }
    const QJsonObject f = m_files.at(index).toObject();
    const QString name = Json::string(f, "filename"_L1);
    const ApiRequest request =
        ClientEndpoints::document(QUrl(Json::string(f, "resourceLocation"_L1)), name);
    auto *job = new DownloadJob(session(), request, this);
    job->saveAs([this, name](const DownloadJob &answer) { // written as it arrives
        return uniquePath(DownloadJob::safeFileName(name, answer.suggestedFileName()));
    });
    sendOrFail(job, [this, index](DownloadJob *job) {
        QString error;
        if (!job->commit(&error)) {
            complain(tr("cannot write %1: %2").arg(job->savedPath(), error));
            finish(Failure);
            return;
        }
        out() << job->savedPath() << '\n';
        if (!outputWorks()) {
            finish(Failure);
            return;
        }
        downloadFile(index + 1);
    });
}

} // namespace infiniti::ctl
