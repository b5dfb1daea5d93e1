#include "cli/core/Command.h"

#include "api/DownloadJob.h"
#include "api/EntityJob.h"
#include "api/ListAllJob.h"
#include "api/ListPageJob.h"
#include "api/PageCursor.h"
#include "cli/core/JsonCasing.h"
#include "cli/core/OutputStream.h"
#include "cli/core/TableWriter.h"
#include "formats/Json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

Command::Command(const CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

int Command::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Unauthorised:
    case ApiError::Kind::Forbidden:
        return AuthFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return NetworkFailure;
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        return ServerError;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Rejected:
    case ApiError::Kind::RateLimited:
        return RequestRejected;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::LocalFile:
        return Failure;
    }
    return Failure;
}

void Command::complain(const QString &message)
{
    err() << "infiniti-ctl: " << message << '\n';
}

void Command::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(code);
}

QString Command::detailLines(const ApiError &error)
{
    QStringList lines;
    const QString details = error.details();
    if (!details.isEmpty())
        lines << details.split(QLatin1Char('\n'));
    const QSslCertificate certificate = error.certificate();
    if (error.kind() == ApiError::Kind::Tls && !certificate.isNull()) {
        // The console offers to trust it; here nothing would say how.
        lines << tr("Its SHA-256 fingerprint: %1")
                     .arg(QString::fromLatin1(
                         certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        lines << tr("infiniti-ctl trusts a certificate the system trusts, or one trusted for a "
                    "saved connection in infiniti-admin (then use --profile NAME).");
    }
    QString text;
    for (const QString &line : std::as_const(lines))
        text += u"  "_s + line + QLatin1Char('\n');
    return text;
}

void Command::fail(const ApiError &error)
{
    complain(error.message());
    err() << detailLines(error);
    // Signed in with the token 'login' remembered (no password given): one the server no longer
    // takes (expired, signed out, the server restarted) needs a new login, which nothing said.
    if (error.kind() == ApiError::Kind::Unauthorised && !m_context.password &&
        options().command != "login"_L1)
        err() << "  "
              << tr("The sign-in remembered by 'infiniti-ctl login' was not accepted: run "
                    "'infiniti-ctl login' again, or give the password in INFINITI_PASSWORD.")
              << '\n';
    finish(exitCodeFor(error));
}

void Command::failUsage(const QString &message)
{
    complain(message);
    finish(UsageError);
}

void Command::saveDownloadOrFail(DownloadJob *job)
{
    sendOrFail(job, [this](DownloadJob *job) {
        QString error;
        if (!job->commit(&error)) {
            complain(tr("cannot write %1: %2").arg(job->savedPath(), error));
            finish(Failure);
            return;
        }
        err() << tr("Saved %1 (%Ln byte(s)).", nullptr, int(qMin<qint64>(job->size(), INT_MAX)))
                     .arg(job->savedPath())
              << '\n';
        finish(Ok);
    });
}

bool Command::advanceOrFail(PageCursor &cursor, const ListPageJob &page)
{
    cursor.advance(page.items(), page.nextLink(), session()->profile());
    if (!cursor.failed())
        return true;
    fail(cursor.error());
    return false;
}

QString Command::inputName(const QString &path) const
{
    return path == "-"_L1 ? tr("standard input") : path;
}

std::optional<QByteArray> Command::readOrFail(const QString &path, qint64 limit)
{
    QFile file;
    const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        failUsage(tr("cannot read %1: %2").arg(inputName(path), file.errorString()));
        return std::nullopt;
    }
    if (limit < 0)
        return file.readAll();
    QByteArray bytes; // (a pipe gives what it holds at a time: read on to the end or the limit)
    while (bytes.size() <= limit) {
        const QByteArray more = file.read(limit + 1 - bytes.size());
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (bytes.size() > limit) {
        failUsage(
            tr("%1 holds more than %Ln byte(s): not what was asked for here.", nullptr, int(limit))
                .arg(inputName(path)));
        return std::nullopt;
    }
    return bytes;
}

bool Command::saveOrFail(const QString &path, const QByteArray &bytes, DownloadJob::Access access)
{
    QString error;
    if (DownloadJob::save(path, bytes, &error, access))
        return true;
    complain(tr("cannot write %1: %2").arg(path, error));
    finish(Failure);
    return false;
}

std::optional<QJsonObject> Command::readJsonInput()
{
    const QString path = options().inputFile;
    const std::optional<QByteArray> bytes = readOrFail(path);
    if (!bytes)
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    const QString where = inputName(path);
    if (pe.error != QJsonParseError::NoError) {
        failUsage(tr("%1 is not valid JSON: %2 at offset %3")
                      .arg(where, pe.errorString())
                      .arg(pe.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failUsage(tr("%1 must hold one JSON object.").arg(where));
        return std::nullopt;
    }
    return doc.object();
}

void Command::showEntity(const ApiRequest &request, const QString &doneMessage)
{
    sendOrFail(new EntityJob(session(), request, this),
               [this, doneMessage](EntityJob *job) { showResult(*job, doneMessage); });
}

void Command::showResult(const EntityJob &job, const QString &doneMessage)
{
    if (!doneMessage.isEmpty())
        err() << doneMessage << '\n';
    if (job.withoutEntity()) {
        // Done, but the server did not send back what it made: nothing on standard output (no
        // made-up object), and said.
        err() << tr("The server did not send back the result; list or get it to see it.") << '\n';
        finish(Ok);
        return;
    }
    printObject(job.object());
    finish(Ok);
}

void Command::showVersions(const ApiRequest &request)
{
    // Every page, as the console reads it; an answer that is no list of versions fails (it was
    // shown as an empty history, exit 0).
    readAllOrFail(request, "versions"_L1, [this](const QJsonArray &versions) {
        if (options().format == Format::Json) {
            out() << QString::fromUtf8(
                QJsonDocument(camelCased(versions).toArray()).toJson(QJsonDocument::Indented));
        } else {
            static const QStringList columns = {u"version"_s, u"modifiedUtc"_s, u"modifiedBy"_s,
                                                u"size"_s, u"comment"_s};
            TableWriter table(out(), options(), {8, 26, 16, 10});
            table.row(columns);
            for (const auto &v : versions) {
                QStringList row;
                for (const auto &c : columns)
                    row << Json::id(Json::value(v.toObject(), QLatin1StringView(c.toLatin1())));
                table.row(row);
            }
        }
        finish(Ok);
    });
}

void Command::readAllOrFail(const ApiRequest &request, QLatin1StringView envelope,
                            std::function<void(const QJsonArray &)> then)
{
    auto *job = new ListAllJob(session(), request, envelope, 500, this);
    connect(job, &ListAllJob::finished, this, [this, then](ListAllJob *job) {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        then(job->items());
    });
    job->start();
}

void Command::printObject(const QJsonObject &object)
{
    QJsonObject shown = camelCased(object).toObject(); // one casing, whatever the server's
    shown.remove("binary"_L1);
    switch (options().format) {
    case Format::Csv: {
        const QStringList keys = shown.keys();
        QStringList values;
        for (const auto &k : keys) {
            const QJsonValue v = shown.value(k);
            values << (v.isString()
                           ? v.toString()
                           : QString::fromUtf8(
                                 QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                 .mid(1)
                                 .chopped(1));
        }
        TableWriter table(out(), options());
        table.row(keys);
        table.row(values);
        break;
    }
    case Format::Json:
        out() << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) << '\n';
        break;
    case Format::Text:
        out() << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        break;
    }
}

bool Command::outputWorks()
{
    return out().flush();
}

} // namespace infiniti::ctl
