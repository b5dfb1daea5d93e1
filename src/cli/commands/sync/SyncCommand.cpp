#include "cli/commands/sync/SyncCommand.h"

#include "api/endpoints/ProjectsEndpoints.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"
#include "formats/Json.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

SyncCommand::SyncCommand(const CommandContext &context, Verb verb)
    : Command(context)
    , m_verb(verb)
{
}

bool SyncCommand::prepare()
{
    if (m_verb != Verb::Import)
        return true;
    const QString path = options().operands.value(0);
    const auto pack = readOrFail(path);
    if (!pack)
        return false;
    // Only the modes the vendor documents for each part go out (contract 4.1): a server
    // falling back to its default would overwrite what the operator chose to protect.
    QJsonObject modes;
    bool keptInstead = false;
    for (const QString &m : options().modes) {
        if (m.contains(QLatin1Char('='))) {
            const QString part = m.section(QLatin1Char('='), 0, 0);
            const QString mode = m.section(QLatin1Char('='), 1);
            const QStringList allowed = ProjectsEndpoints::syncModes(part);
            if (!allowed.contains(mode)) {
                failUsage(allowed.isEmpty()
                              ? tr("--mode %1: %2 take no mode of their own (they go with their "
                                   "data sources).")
                                    .arg(m, part)
                              : tr("--mode %1: %2 takes %3 only (IfNewer is documented for "
                                   "projects and contentLibraryItems).")
                                    .arg(m, part, allowed.join(u", "_s)));
                return false;
            }
            modes.insert(part, mode);
        } else {
            for (const QString &part : ProjectsEndpoints::syncParts()) {
                const QStringList allowed = ProjectsEndpoints::syncModes(part);
                if (allowed.isEmpty())
                    continue;
                // IfNewer where it is not documented: what is there is kept (IfNotExists).
                keptInstead = keptInstead || !allowed.contains(m);
                modes.insert(part, allowed.contains(m) ? m : u"IfNotExists"_s);
            }
        }
    }
    if (keptInstead)
        err() << tr("IfNewer is documented for projects and contentLibraryItems only; the other "
                    "parts are imported IfNotExists (what is there is kept).")
              << '\n';
    QString error;
    const auto request = ProjectsEndpoints::syncImport(*pack, modes, &error);
    if (!request) {
        failUsage(tr("%1: %2").arg(path, error));
        return false;
    }
    m_import = *request;
    return true;
}

void SyncCommand::run()
{
    if (m_verb == Verb::Export)
        exportPackage();
    else
        importPackage();
}

void SyncCommand::exportPackage()
{
    // Every option named, true or false: a server includes what is not named (contract 4.1),
    // so secrets and the server's security stay out only when we say so.
    QJsonObject parts = ProjectsEndpoints::syncExportDefaults();
    for (const QString &part : options().with)
        parts.insert(part, true);
    for (const QString &part : options().without)
        parts.insert(part, false);
    QStringList secrets;
    for (const QString &part : ProjectsEndpoints::syncExportOptions()) {
        if (ProjectsEndpoints::syncExportHoldsSecrets(part) && parts.value(part).toBool() &&
            (part != "connectionStrings"_L1 || parts.value("dataSources"_L1).toBool()))
            secrets << part;
    }
    if (!secrets.isEmpty())
        err() << tr("With %1 the package holds passwords and connection strings in clear text; "
                    "keep it as safe as a password.")
                     .arg(secrets.join(u", "_s))
              << '\n';
    // What is left out without being asked is said, so that a backup taken with the defaults
    // is not silently without the server's users (say).
    QStringList leftOut;
    for (const QString &part : ProjectsEndpoints::syncExportOptions()) {
        if (!parts.value(part).toBool() && !options().without.contains(part))
            leftOut << part;
    }
    if (!leftOut.isEmpty())
        err() << tr("Left out unless asked for (--with PART): %1.").arg(leftOut.join(u", "_s))
              << '\n';
    const ApiRequest request = ProjectsEndpoints::syncExport(options().operands, parts);
    // A package with secrets in it is its owner's alone, like a file of passwords.
    const auto access =
        secrets.isEmpty() ? DownloadJob::Access::Default : DownloadJob::Access::OwnerOnly;
    sendOrFail(new ApiJob(session(), request, this), [this, access](ApiJob *job) {
        const QJsonObject pack = job->json().object();
        // An object holding none of a package's parts ({"message": …} with a 200) is no package.
        if (ProjectsEndpoints::syncContents(pack).isEmpty()) {
            complain(tr("the server's answer is not a sync package."));
            finish(ServerError);
            return;
        }
        if (!saveOrFail(options().outFile, job->body(), access))
            return;
        QStringList counts;
        for (const auto &[part, n] : ProjectsEndpoints::syncContents(pack))
            counts << u"%1 %2"_s.arg(n).arg(part); // part names as the package spells them
        err() << tr("Saved %1 (%Ln byte(s)):", nullptr,
                    int(qMin<qsizetype>(job->body().size(), INT_MAX)))
                     .arg(options().outFile)
              << ' ' << counts.join(u", "_s) << ".\n";
        finish(Ok);
    });
}

void SyncCommand::importPackage()
{
    sendOrFail(new ApiJob(session(), m_import, this), [this](ApiJob *job) {
        const QJsonValue answer = Json::value(job->json().object(), "summary"_L1);
        if (!answer.isObject()) {
            // The vendor documents no answer to an import (a server may send 204): say that it
            // went in, and that there is no count to show — never an empty table as a summary.
            err() << tr("Imported; the server sent no summary of what it created, updated or "
                        "skipped.")
                  << '\n';
            finish(Ok);
            return;
        }
        const QJsonObject summary = camelCased(answer).toObject(); // part names in one casing
        // A problem is something of the package the server did not take (an item skipped, a
        // group or role it names left out): the import is not whole, and a script must not
        // take it for whole.
        int problemCount = 0;
        for (auto it = summary.begin(); it != summary.end(); ++it)
            problemCount += int(Json::value(it.value().toObject(), "problems"_L1).toArray().size());
        if (options().format == Format::Json) {
            out() << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        } else {
            TableWriter table(out(), options(), {22, 9, 9, 9});
            table.row({u"part"_s, u"created"_s, u"updated"_s, u"skipped"_s, u"problems"_s});
            for (auto it = summary.begin(); it != summary.end(); ++it) {
                const QJsonObject t = it.value().toObject();
                QStringList problems;
                for (const auto &p : Json::value(t, "problems"_L1).toArray())
                    problems << p.toString();
                table.row({it.key(), Json::id(Json::value(t, "created"_L1)),
                           Json::id(Json::value(t, "updated"_L1)),
                           Json::id(Json::value(t, "skipped"_L1)), problems.join(u"; "_s)});
            }
        }
        if (problemCount > 0) {
            complain(tr("not everything in the package went in: the server named %Ln "
                        "problem(s) (in the summary).",
                        nullptr, problemCount));
            finish(RequestRejected);
            return;
        }
        finish(Ok);
    });
}

} // namespace infiniti::ctl
