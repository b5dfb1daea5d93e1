#pragma once

#include "api/ApiError.h"
#include "compare/Comparer.h"
#include "compare/PromotionBodies.h"
#include "compare/PromotionPlan.h"
#include "compare/ServerSnapshot.h"
#include "compare/SnapshotReader.h"

#include <QObject>
#include <QPointer>

namespace infiniti {
class ApiJob;
class Session;
} // namespace infiniti

namespace infiniti::compare {

class Comparison;
class RequestQueue;

struct StepResult
{
    enum class Outcome {
        Done,      // the target now has it as planned
        Failed,    // refused or not confirmed; `error` and `message` say why
        LeftAlone, // the plan left it alone (see the step's note)
        NotSent,   // a dry run, or cancelled before its turn
    };
    int step = -1; // index into PromotionPlan::steps
    Outcome outcome = Outcome::NotSent;
    QString message; // for people: "Created.", "Refused: the role name is already taken."
    ApiError error;
    QString targetId; // its id on the target afterwards (a create's new id)
};

// Carries out a promotion plan: stage by stage in the plan's order (the steps of a stage run
// together, at most `concurrency` requests at a time), projects through one sync package
// export on the source and import on the target, the rest through their own endpoints
// (updates read the target's object fresh and send it whole; a library item always with the
// source's file, contract 9.1). A refused step is reported and the others still go; a step
// whose reference was refused earlier fails with that reason. Then, unless told otherwise, the
// two servers are compared again for the parts the plan touched, so what is left is visible.
// Exactly one finished().
class Promoter : public QObject
{
    Q_OBJECT
public:
    Promoter(Session *source, Session *target, PromotionPlan plan,
             const ServerSnapshot &sourceSnapshot, const ServerSnapshot &targetSnapshot,
             const CompareResult &comparison, QObject *parent = nullptr);
    ~Promoter() override;

    // Every step is reported as not sent and nothing goes to either server.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void setRecompare(bool recompare, ReadOptions options = {});
    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }

    void start();
    void cancel();

    const PromotionPlan &plan() const { return m_plan; }
    bool isFinished() const { return m_finished; }
    // One per step, in step order (complete once finished).
    const QList<StepResult> &results() const { return m_results; }
    int count(StepResult::Outcome outcome) const;
    // The comparison after the promotion (nullptr without one, or while it runs).
    const Comparison *recomparison() const;

signals:
    void progress(int done, int total);
    void stepFinished(const infiniti::compare::StepResult &result);
    void recomparing();
    void finished();

private:
    void runStage();
    void runStep(int index);
    void runCreate(int index);
    void runUpdate(int index);
    void runRename(int index);
    void runDelete(int index);
    void runSync(const QList<int> &indices);
    void importPack(const QList<int> &indices, const QJsonObject &pack);
    void verifyImported(const QList<int> &indices, const QStringList &problems);
    // The source's file of a library item, then `then(bytes)`.
    void withSourceFile(int index, std::function<void(const QByteArray &)> then);
    void send(int index, ApiJob *job, std::function<void(ApiJob *)> onSuccess);
    QByteArray collectionPath(int index, bool forCreate, QString *error) const;

    void done(int index, const QString &message, const QString &targetId = {});
    void failed(int index, const ApiError &error, const QString &message = {});
    void report(int index, StepResult result);
    void finishSteps();
    void finish();

    QPointer<Session> m_sourceSession;
    QPointer<Session> m_targetSession;
    PromotionPlan m_plan;
    ServerSnapshot m_source;
    ServerSnapshot m_target;
    TargetIds m_ids;
    RequestQueue *m_sourceQueue = nullptr;
    RequestQueue *m_targetQueue = nullptr;
    QList<StepResult> m_results;
    QList<int> m_stages;
    int m_stage = -1;
    int m_outstanding = 0;
    int m_done = 0;
    int m_total = 0;
    int m_concurrency = 4;
    bool m_dryRun = false;
    bool m_recompare = true;
    ReadOptions m_readOptions;
    Comparison *m_comparison = nullptr;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace infiniti::compare

Q_DECLARE_METATYPE(infiniti::compare::StepResult)
