#include "compare/Promoter.h"

#include "api/DownloadJob.h"
#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/EntityJob.h"
#include "api/Session.h"
#include "compare/Comparison.h"
#include "compare/Records.h"
#include "compare/RequestQueue.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

Promoter::Promoter(Session *source, Session *target, PromotionPlan plan,
                   const ServerSnapshot &sourceSnapshot, const ServerSnapshot &targetSnapshot,
                   const CompareResult &comparison, QObject *parent)
    : QObject(parent)
    , m_sourceSession(source)
    , m_targetSession(target)
    , m_plan(std::move(plan))
    , m_source(sourceSnapshot)
    , m_target(targetSnapshot)
    , m_ids(comparison.targetIds)
{
    qRegisterMetaType<StepResult>();
    m_results.resize(m_plan.steps.size());
    for (int i = 0; i < m_results.size(); ++i)
        m_results[i].step = i;
}

Promoter::~Promoter() = default;

void Promoter::setRecompare(bool recompare, ReadOptions options)
{
    m_recompare = recompare;
    m_readOptions = options;
}

int Promoter::count(StepResult::Outcome outcome) const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [&](const StepResult &r) { return r.outcome == outcome; }));
}

const Comparison *Promoter::recomparison() const
{
    return m_comparison && m_comparison->isFinished() ? m_comparison : nullptr;
}

void Promoter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sourceQueue = new RequestQueue(m_concurrency, this);
    m_targetQueue = new RequestQueue(m_concurrency, this);
    QList<int> stages;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep &s = m_plan.steps.at(i);
        if (s.action == Action::LeaveAlone) {
            m_results[i].outcome = StepResult::Outcome::LeftAlone;
            m_results[i].message = s.note;
            m_results[i].targetId = s.targetId;
            continue;
        }
        ++m_total;
        if (!stages.contains(s.stage))
            stages << s.stage;
    }
    std::sort(stages.begin(), stages.end());
    m_stages = stages;
    if (m_dryRun || !m_sourceSession || !m_targetSession) {
        for (StepResult &r : m_results) {
            if (r.outcome != StepResult::Outcome::LeftAlone)
                r.message = m_dryRun ? tr("Not sent (dry run).")
                                     : tr("Not sent: not signed in to both servers.");
        }
        QMetaObject::invokeMethod(this, &Promoter::finish, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &Promoter::runStage, Qt::QueuedConnection);
}

void Promoter::cancel()
{
    if (m_finished || !m_started)
        return;
    m_cancelled = true;
    if (m_sourceQueue)
        m_sourceQueue->abortAll();
    if (m_targetQueue)
        m_targetQueue->abortAll();
    for (int i = 0; i < m_results.size(); ++i) {
        StepResult &r = m_results[i];
        if (r.outcome == StepResult::Outcome::NotSent && r.message.isEmpty())
            r.message = tr("Cancelled before it was sent.");
    }
    if (m_comparison && !m_comparison->isFinished())
        m_comparison->cancel();
    finish();
}

void Promoter::runStage()
{
    if (m_cancelled || m_finished)
        return;
    ++m_stage;
    if (m_stage >= m_stages.size()) {
        finishSteps();
        return;
    }
    const int stage = m_stages.at(m_stage);
    QList<int> sync, others;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep &s = m_plan.steps.at(i);
        if (s.action == Action::LeaveAlone || s.stage != stage)
            continue;
        (s.mechanism == Mechanism::SyncPackage ? sync : others) << i;
    }
    m_outstanding = int(sync.size() + others.size());
    if (!sync.isEmpty())
        runSync(sync);
    for (int i : std::as_const(others))
        runStep(i);
}

void Promoter::runStep(int index)
{
    switch (m_plan.steps.at(index).action) {
    case Action::Create:
        runCreate(index);
        break;
    case Action::Update:
        runUpdate(index);
        break;
    case Action::Rename:
        runRename(index);
        break;
    case Action::Delete:
        runDelete(index);
        break;
    case Action::LeaveAlone:
        break;
    }
}

QByteArray Promoter::collectionPath(int index, bool forCreate, QString *error) const
{
    const PlanStep &s = m_plan.steps.at(index);
    if (s.part != Part::DataObjects)
        return listPath(s.part);
    // A data object lives under its data source: the target's, found through the source's
    // (for a create) or read from the target's object itself.
    QString sourceOfIt;
    if (forCreate) {
        const QJsonObject *o = m_source.find(s.part, s.sourceId);
        sourceOfIt = o ? m_ids[size_t(Part::DataSources)].value(
                             Json::string(*o, "dataSourceId"_L1).toLower())
                       : QString();
    } else {
        const QJsonObject *o = m_target.find(s.part, s.targetId);
        sourceOfIt = o ? Json::string(*o, "dataSourceId"_L1) : QString();
    }
    if (sourceOfIt.isEmpty()) {
        *error = tr("its data source is not on the target");
        return {};
    }
    return "datasources/" + ApiPath::segment(sourceOfIt) + "/dataobjects";
}

void Promoter::send(int index, ApiJob *job, std::function<void(ApiJob *)> onSuccess)
{
    m_targetQueue->submit(job, [this, index, onSuccess = std::move(onSuccess)](ApiJob *j) {
        if (m_cancelled || m_finished)
            return;
        if (!j->succeeded())
            failed(index, j->error());
        else
            onSuccess(j);
    });
}

void Promoter::withSourceFile(int index, std::function<void(const QByteArray &)> then)
{
    const PlanStep &s = m_plan.steps.at(index);
    const QJsonObject *o = m_source.find(s.part, s.sourceId);
    const QString version = o ? Json::string(*o, "version"_L1) : QString();
    // The version the comparison saw, so what arrives there is what was compared.
    ApiJob *job = version.isEmpty()
                      ? static_cast<ApiJob *>(
                            new EntityJob(m_sourceSession, LibraryEndpoints::get(s.sourceId, true)))
                      : new DownloadJob(m_sourceSession,
                                        LibraryEndpoints::exportVersion(
                                            s.sourceId, version,
                                            o ? Json::string(*o, "extension"_L1) : QString()));
    m_sourceQueue->submit(job, [this, index, viaExport = !version.isEmpty(),
                                then = std::move(then)](ApiJob *j) {
        if (m_cancelled || m_finished)
            return;
        if (!j->succeeded()) {
            failed(index, j->error(),
                   tr("The file could not be read on the source: %1").arg(j->error().message()));
            return;
        }
        if (viaExport) {
            then(j->body());
            return;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            Json::string(static_cast<EntityJob *>(j)->object(), "binary"_L1).toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            failed(index,
                   ApiError(ApiError::Kind::BadResponse, j->request().action, j->httpStatus()),
                   tr("The source gave no readable file for it."));
            return;
        }
        then(decoded.decoded);
    });
}

void Promoter::runCreate(int index)
{
    const PlanStep &s = m_plan.steps.at(index);
    const QJsonObject *o = m_source.find(s.part, s.sourceId);
    QString error;
    const QByteArray path = collectionPath(index, true, &error);
    const PromotionBodies::Context ctx{&m_ids, m_plan.options.includeSecrets, &error};
    const auto body =
        o && !path.isEmpty() ? PromotionBodies::createBody(s.part, *o, ctx) : std::nullopt;
    if (!body) {
        failed(index, {},
               o ? tr("Not sent: %1.").arg(error)
                 : tr("Not sent: it is not in the source's snapshot."));
        return;
    }
    const QString action = tr("create %1").arg(Planner::objectPhrase(s.part, s.name));
    auto post = [this, index, path, action](const QJsonObject &b) {
        const PlanStep &step = m_plan.steps.at(index);
        send(index, new EntityJob(m_targetSession, CrudRequests::create(path, b, action)),
             [this, index, step](ApiJob *j) {
                 const QString id = Json::idOf(static_cast<EntityJob *>(j)->object());
                 if (!id.isEmpty())
                     m_ids[size_t(step.part)].insert(step.sourceId.toLower(), id);
                 done(index,
                      step.note.isEmpty() ? tr("Created.") : tr("Created; %1.").arg(step.note), id);
             });
    };
    if (s.part != Part::LibraryItems) {
        post(*body);
        return;
    }
    withSourceFile(index, [post, b = *body](const QByteArray &bytes) mutable {
        b.insert("binary"_L1, QString::fromLatin1(bytes.toBase64()));
        post(b);
    });
}

void Promoter::runUpdate(int index)
{
    const PlanStep &s = m_plan.steps.at(index);
    QString error;
    const QByteArray path = collectionPath(index, false, &error);
    if (path.isEmpty()) {
        failed(index, {}, tr("Not sent: %1.").arg(error));
        return;
    }
    const QString thing = Planner::objectPhrase(s.part, s.name);
    // The replace-PATCH rule (contract 9.1): the target's object as it is now, sent back whole
    // (a library item's without its file: the source's goes in its place).
    const ApiRequest read =
        s.part == Part::LibraryItems
            ? LibraryEndpoints::get(s.targetId, false)
            : CrudRequests::get(path, s.targetId, tr("read %1 on the target").arg(thing));
    send(index, new EntityJob(m_targetSession, read), [this, index, path, thing](ApiJob *j) {
        const PlanStep &step = m_plan.steps.at(index);
        const QJsonObject fresh = static_cast<EntityJob *>(j)->object();
        const QJsonObject *o = m_source.find(step.part, step.sourceId);
        QString error;
        const PromotionBodies::Context ctx{&m_ids, m_plan.options.includeSecrets, &error};
        const auto body = o ? PromotionBodies::updateBody(step.part, *o, fresh, ctx) : std::nullopt;
        if (!body) {
            failed(index, {},
                   o ? tr("Not sent: %1.").arg(error)
                     : tr("Not sent: it is not in the source's snapshot."));
            return;
        }
        const QString action = tr("update %1").arg(thing);
        auto patch = [this, index, path, action](const QJsonObject &b) {
            const PlanStep &st = m_plan.steps.at(index);
            send(index,
                 new EntityJob(m_targetSession, CrudRequests::update(path, st.targetId, b, action)),
                 [this, index](ApiJob *) {
                     const PlanStep &updated = m_plan.steps.at(index);
                     done(index,
                          updated.note.isEmpty() ? tr("Updated.")
                                                 : tr("Updated; %1.").arg(updated.note),
                          updated.targetId);
                 });
        };
        if (step.part != Part::LibraryItems) {
            patch(*body);
            return;
        }
        // A library item goes with its file whatever changed (contract 4.5: the PATCH body has
        // `binary` and `extension`): a server that replaces the item would clear a file the body
        // left out (9.1). The source's file, the one compared: what is promoted is the source's
        // item, and the target's is read without its file.
        withSourceFile(index, [patch, b = *body](const QByteArray &bytes) mutable {
            b.insert("binary"_L1, QString::fromLatin1(bytes.toBase64()));
            patch(b);
        });
    });
}

void Promoter::runRename(int index)
{
    const PlanStep &s = m_plan.steps.at(index);
    const QJsonObject *o = m_source.find(s.part, s.sourceId);
    const QString name = o ? Json::string(*o, "name"_L1) : QString();
    if (name.isEmpty()) {
        failed(index, {}, tr("Not sent: it is not in the source's snapshot."));
        return;
    }
    send(index, new EntityJob(m_targetSession, ProjectsEndpoints::rename(s.targetId, name)),
         [this, index](ApiJob *) { done(index, tr("Renamed."), m_plan.steps.at(index).targetId); });
}

void Promoter::runDelete(int index)
{
    const PlanStep &s = m_plan.steps.at(index);
    QString error;
    const QByteArray path = collectionPath(index, false, &error);
    if (path.isEmpty()) {
        failed(index, {}, tr("Not sent: %1.").arg(error));
        return;
    }
    const ApiRequest request =
        s.part == Part::Projects
            ? ProjectsEndpoints::remove(s.targetId, s.name)
            : CrudRequests::remove(path, s.targetId,
                                   tr("delete %1").arg(Planner::objectPhrase(s.part, s.name)));
    // A plain job: a DELETE answers 204 without a body, which is success.
    send(index, new ApiJob(m_targetSession, request),
         [this, index](ApiJob *) { done(index, tr("Deleted.")); });
}

void Promoter::runSync(const QList<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids << m_plan.steps.at(i).sourceId;
    // The projects only: everything else a package could carry goes through its own difference,
    // so the target gets exactly what was ticked.
    QJsonObject options;
    for (const QString &option : ProjectsEndpoints::syncExportOptions())
        options.insert(option, option == "projects"_L1 || option == "projectFragments"_L1);
    m_sourceQueue->submit(
        new EntityJob(m_sourceSession, ProjectsEndpoints::syncExport(ids, options)),
        [this, indices](ApiJob *j) {
            if (m_cancelled || m_finished)
                return;
            if (!j->succeeded()) {
                for (int i : indices)
                    failed(i, j->error());
                return;
            }
            importPack(indices, static_cast<EntityJob *>(j)->object());
        });
}

void Promoter::importPack(const QList<int> &indices, const QJsonObject &pack)
{
    QJsonArray projects;
    QList<int> sent;
    const QJsonArray exported = Json::value(pack, "projects"_L1).toArray();
    for (int i : indices) {
        const QString id = m_plan.steps.at(i).sourceId;
        const auto it = std::find_if(exported.begin(), exported.end(), [&](const QJsonValue &v) {
            return Json::idOf(v.toObject()).compare(id, Qt::CaseInsensitive) == 0;
        });
        if (it == exported.end()) {
            failed(i, {}, tr("The source's sync package did not hold it."));
            continue;
        }
        projects.append(camelCaseKeys(*it));
        sent << i;
    }
    if (sent.isEmpty())
        return;
    QString error;
    const auto request = ProjectsEndpoints::syncImport(
        QJsonDocument(QJsonObject{{"projects"_L1, projects}}).toJson(QJsonDocument::Compact),
        QJsonObject{{"projects"_L1, u"Always"_s}}, &error);
    if (!request) {
        for (int i : std::as_const(sent))
            failed(i, {}, error);
        return;
    }
    // A plain job: the vendor documents no answer to an import (the strict profile's 204 has
    // none), so the summary's problems are used when there is one, and each project is read back
    // either way.
    m_targetQueue->submit(new ApiJob(m_targetSession, *request), [this, sent](ApiJob *j) {
        if (m_cancelled || m_finished)
            return;
        if (!j->succeeded()) { // a refused import fails every project in it
            for (int i : sent)
                failed(i, j->error());
            return;
        }
        const QJsonObject summary = Json::object(j->json().object(), "summary"_L1);
        verifyImported(sent, Json::stringList(Json::object(summary, "projects"_L1), "problems"_L1));
    });
}

void Promoter::verifyImported(const QList<int> &indices, const QStringList &problems)
{
    for (int i : indices) {
        const PlanStep &s = m_plan.steps.at(i);
        // What the server said about this project, else everything it said.
        QStringList mine;
        for (const QString &p : problems) {
            if (p.contains(s.name, Qt::CaseInsensitive))
                mine << p;
        }
        const QString said = (mine.isEmpty() ? problems : mine).join(u' ');
        auto *job = new EntityJob(m_targetSession, ProjectsEndpoints::get(s.sourceId));
        m_targetQueue->submit(job, [this, i, said](ApiJob *j) {
            if (m_cancelled || m_finished)
                return;
            const PlanStep &step = m_plan.steps.at(i);
            if (!j->succeeded()) {
                failed(i, j->error(),
                       said.isEmpty() ? tr("The server did not import it.")
                                      : tr("The server did not import it: %1").arg(said));
                return;
            }
            const QJsonObject there = static_cast<EntityJob *>(j)->object();
            const QString version = Json::string(there, "version"_L1);
            const QJsonObject *before = m_target.find(Part::Projects, step.targetId);
            if (step.action == Action::Update && before &&
                Json::string(*before, "version"_L1) == version) {
                failed(i, {},
                       said.isEmpty()
                           ? tr("The server kept its own version %1.").arg(version)
                           : tr("The server kept its own version %1: %2").arg(version, said));
                return;
            }
            m_ids[size_t(Part::Projects)].insert(step.sourceId.toLower(), Json::idOf(there));
            done(i, tr("Imported; version %1 there now.").arg(version), Json::idOf(there));
        });
    }
}

void Promoter::done(int index, const QString &message, const QString &targetId)
{
    StepResult r;
    r.outcome = StepResult::Outcome::Done;
    r.message = message;
    r.targetId = targetId;
    report(index, r);
}

void Promoter::failed(int index, const ApiError &error, const QString &message)
{
    StepResult r;
    r.outcome = StepResult::Outcome::Failed;
    r.error = error;
    r.message = !message.isEmpty() ? message
                : error.isError()  ? tr("Refused: %1").arg(error.serverOrOwnMessage())
                                   : tr("Not sent.");
    report(index, r);
}

void Promoter::report(int index, StepResult result)
{
    if (m_cancelled || m_finished)
        return;
    result.step = index;
    m_results[index] = result;
    ++m_done;
    emit stepFinished(result);
    emit progress(m_done, m_total);
    if (--m_outstanding == 0)
        QMetaObject::invokeMethod(this, &Promoter::runStage, Qt::QueuedConnection);
}

void Promoter::finishSteps()
{
    if (!m_recompare) {
        finish();
        return;
    }
    emit recomparing();
    CompareOptions options;
    options.parts = m_plan.parts();
    options.read = m_readOptions;
    m_comparison = new Comparison(m_sourceSession, m_targetSession, options, this);
    connect(m_comparison, &Comparison::finished, this, &Promoter::finish);
    m_comparison->start();
}

void Promoter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace infiniti::compare
