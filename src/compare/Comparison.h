#pragma once

#include "api/ApiError.h"
#include "compare/Comparer.h"
#include "compare/ServerSnapshot.h"
#include "compare/SnapshotReader.h"

#include <QObject>
#include <QPointer>

namespace infiniti {
class Session;
}

namespace infiniti::compare {

struct CompareOptions
{
    QList<Part> parts = allParts();
    ReadOptions read;
};

// Compares two signed-in servers: reads both in parallel (each with its own bounded queue),
// then runs the engine. Progress and cancel; exactly one finished(). When either read fails,
// nothing is compared and error() says which side and why.
class Comparison : public QObject
{
    Q_OBJECT
public:
    enum class Side { Source, Target };
    Q_ENUM(Side)

    Comparison(Session *source, Session *target, CompareOptions options = {},
               QObject *parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    Side failedSide() const { return m_failedSide; }
    // The part that side could not read (e.g. a 403 on its list), when it was one part.
    std::optional<Part> failedPart() const { return m_failedPart; }
    // "Production: Could not list users: access denied." — the side's label and the error.
    QString errorText() const;

    const CompareResult &result() const { return m_result; }
    const ServerSnapshot &source() const { return m_source; }
    const ServerSnapshot &target() const { return m_target; }
    const CompareOptions &options() const { return m_options; }
    qint64 compareMs() const { return m_compareMs; }

signals:
    void progress(const infiniti::compare::ReadProgress &source,
                  const infiniti::compare::ReadProgress &target);
    void finished();

private:
    void onRead();

    CompareOptions m_options;
    QPointer<SnapshotReader> m_sourceReader;
    QPointer<SnapshotReader> m_targetReader;
    ServerSnapshot m_source;
    ServerSnapshot m_target;
    CompareResult m_result;
    ApiError m_error;
    Side m_failedSide = Side::Source;
    std::optional<Part> m_failedPart;
    QString m_failedLabel;
    qint64 m_compareMs = 0;
    bool m_finished = false;
};

} // namespace infiniti::compare
