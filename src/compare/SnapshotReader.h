#pragma once

#include "api/ApiError.h"
#include "compare/ServerSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace infiniti {
class ApiJob;
class Session;
} // namespace infiniti

namespace infiniti::compare {

class ListReader;
class RequestQueue;

struct ReadOptions
{
    int concurrency = 4; // requests in flight to one server
    int pageSize = 500;  // $top asked for; servers may cap it lower (ListReader copes)
    // Fetch every library item's file to compare by SHA-256 (docs/COMPARE.md has the cost).
    bool libraryFiles = true;
    // Fetch every project's latest export to compare definitions and documents rather than
    // version numbers, which a sync import does not keep (docs/COMPARE.md).
    bool projectContents = true;
};

struct ReadProgress
{
    int partsDone = 0;
    int partsTotal = 0;
    qint64 itemsRead = 0;
    int filesDone = 0;  // library files and project exports fetched
    int filesTotal = 0; // known so far (grows as lists arrive)
};

// Reads the parts of one server into a ServerSnapshot: every list whole, in parallel with at
// most `concurrency` requests in flight, then the files whose hashes the comparison needs.
// Progress as it goes; cancel() stops everything. Any failure fails the whole read (with the
// request's error): a comparison on a partial read would report differences that are not there.
// The parts' dependencies (withDependencies()) are read too.
class SnapshotReader : public QObject
{
    Q_OBJECT
public:
    SnapshotReader(Session *session, QList<Part> parts, ReadOptions options = {},
                   QObject *parent = nullptr);
    ~SnapshotReader() override;

    void start();
    void cancel(); // finishes with ApiError::Kind::Cancelled

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // The part whose list or file could not be read (none for a cancel or an unreachable server).
    std::optional<Part> failedPart() const { return m_failedPart; }
    const ServerSnapshot &snapshot() const { return m_snapshot; }
    ServerSnapshot takeSnapshot() { return std::move(m_snapshot); }
    const ReadProgress &progressState() const { return m_progress; }

signals:
    void progress(const infiniti::compare::ReadProgress &progress);
    void finished();

private:
    void readList(Part part, const QByteArray &path, const QString &action,
                  const QString &parentId = {});
    void onListRead(Part part, ListReader *reader, const QString &parentId);
    void fetchLibraryFile(const QJsonObject &item);
    void fetchProjectContents(const QJsonObject &project);
    void onLibraryFile(const QString &id, const QString &name, ApiJob *job, bool viaExport);
    void onProjectExport(const QString &id, const QString &name, ApiJob *job);
    void taskDone(Part part);
    void fileDone();
    void fail(const ApiError &error, std::optional<Part> part = {});
    void finish();
    void emitFinished();

    QPointer<Session> m_session;
    QList<Part> m_parts;
    ReadOptions m_options;
    RequestQueue *m_queue;
    ServerSnapshot m_snapshot;
    std::array<int, kPartCount> m_pending{}; // outstanding lists and files per part
    ReadProgress m_progress;
    QElapsedTimer m_clock;
    ApiError m_error;
    std::optional<Part> m_failedPart;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace infiniti::compare

Q_DECLARE_METATYPE(infiniti::compare::ReadProgress)
