#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "api/DownloadJob.h"
#include "api/EntityJob.h"
#include "cli/core/CtlOptions.h"
#include "cli/core/ExitCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace infiniti {
class DownloadJob;
class ListPageJob;
class PageCursor;
class ProfileStore;
class SecretStore;
class Session;
struct Profile;
} // namespace infiniti

namespace infiniti::ctl {

class OutputStream;

// What a command works with. `session` (and `target`) is signed in (VerbSpec::Needs::SignIn), not
// yet (Needs::Server: login, logout) or null (Needs::Nothing).
struct CommandContext
{
    const CtlOptions *options = nullptr;
    Session *session = nullptr;
    Profile *profile = nullptr;
    Session *target = nullptr; // the second server (VerbSpec::target), signed in like `session`
    Profile *targetProfile = nullptr;
    SecretStore *secrets = nullptr;
    ProfileStore *profiles = nullptr;
    OutputStream *out = nullptr;
    OutputStream *err = nullptr;
    std::optional<QString> password; // login: from INFINITI_PASSWORD or standard input
};

// One infiniti-ctl command, run on the event loop: prepare() checks local input before
// anything is sent, run() does the work, and exactly one finished(exitCode) follows.
// Results go to out(); messages, counts and progress to err(). Deleting a command (Ctrl+C)
// aborts its requests.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(const CommandContext &context, QObject *parent = nullptr);

    // Local checks (files readable, JSON valid), before signing in: false once a usage error
    // has been reported and finished() emitted.
    virtual bool prepare() { return true; }
    virtual void run() = 0;

    static int exitCodeFor(const ApiError &error);
    // The lines under an error's message: its details, each indented, and for a certificate
    // refused, its fingerprint and how infiniti-ctl can be made to trust it. Empty for none.
    static QString detailLines(const ApiError &error);

signals:
    void finished(int exitCode);

protected:
    const CtlOptions &options() const { return *m_context.options; }
    Session *session() const { return m_context.session; }
    Session *targetSession() const { return m_context.target; }
    const CommandContext &context() const { return m_context; }
    OutputStream &out() const { return *m_context.out; }
    OutputStream &err() const { return *m_context.err; }

    // "infiniti-ctl: <message>" on standard error.
    void complain(const QString &message);
    void finish(int code);
    // The error's message (and details), then finish with its exit code.
    void fail(const ApiError &error);
    // Usage error: `message`, exit 2.
    void failUsage(const QString &message);

    // Starts `job`; `then(job)` runs when it has finished.
    template <typename Job, typename Then> void send(Job *job, Then then)
    {
        connect(job, &ApiJob::finished, this, [job, then] { then(job); });
        job->start();
    }
    // The same, but a failed job ends the command with its error; `then` sees only successes.
    template <typename Job, typename Then> void sendOrFail(Job *job, Then then)
    {
        connect(job, &ApiJob::finished, this, [this, job, then] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            then(job);
        });
        job->start();
    }

    // Sends a download whose file saveAs() names, puts the file in place once complete, says
    // where and how large on stderr; finishes (Failure when it cannot be written).
    void saveDownloadOrFail(DownloadJob *job);
    // Moves `cursor` past `page` by its items (so a page sent again is recognised). When the
    // server's paging broke the walk (PageCursor::failed()), says so and finishes with that
    // error, returning false: a broken walk is never taken for the end of a list.
    bool advanceOrFail(PageCursor &cursor, const ListPageJob &page);
    // A local file's bytes ("-": standard input's, to its end); when it cannot be read, or holds
    // more than `limit` bytes (when given), says so and finishes with a usage error.
    std::optional<QByteArray> readOrFail(const QString &path, qint64 limit = -1);
    // How readOrFail() names `path` in a message ("standard input" for "-").
    QString inputName(const QString &path) const;
    // Writes `bytes` to `path` atomically; when that fails, says so and finishes with Failure.
    bool saveOrFail(const QString &path, const QByteArray &bytes,
                    DownloadJob::Access access = DownloadJob::Access::Default);
    // The JSON object of --file (a file, or standard input for "-"); nullopt after a usage
    // error naming the problem.
    std::optional<QJsonObject> readJsonInput();
    // Sends `request` (answered by an entity), says `doneMessage` on stderr, prints the
    // entity, finishes.
    void showEntity(const ApiRequest &request, const QString &doneMessage = {});
    // Says `doneMessage` and prints an entity job's answer (or that there was none); finishes.
    void showResult(const EntityJob &job, const QString &doneMessage = {});
    // A version history (library item, project): a table, --json or --csv; finishes.
    void showVersions(const ApiRequest &request);
    // Every item of every page of a list (ListAllJob: an answer that is no list, or paging
    // that breaks, fails the command with its error); `then` sees only a whole list.
    void readAllOrFail(const ApiRequest &request, QLatin1StringView envelope,
                       std::function<void(const QJsonArray &)> then);
    // One object in the chosen format (a library item's file is left out: --out saves it).
    void printObject(const QJsonObject &object);
    // False once standard output could not be written: the command should stop, and will exit
    // non-zero whatever it does next.
    bool outputWorks();

private:
    CommandContext m_context;
    bool m_finished = false;
};

} // namespace infiniti::ctl
