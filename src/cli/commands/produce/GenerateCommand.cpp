#include "cli/commands/produce/GenerateCommand.h"

#include "api/endpoints/ClientEndpoints.h"
#include "api/OperationWatcher.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

namespace {
// How soon an operation in a status we do not know is asked about again.
constexpr int kUnknownStatusPollMs = 2000;
} // namespace

bool GenerateCommand::prepare()
{
    QJsonObject generateOptions{{"log"_L1, true}};
    if (!options().version.isEmpty())
        generateOptions.insert("version"_L1, options().version);
    m_body.insert("options"_L1, generateOptions);
    QJsonObject values;
    for (const QString &v : options().values)
        values.insert(v.section(QLatin1Char('='), 0, 0).trimmed(), v.section(QLatin1Char('='), 1));
    if (!values.isEmpty())
        m_body.insert("values"_L1, values);
    QJsonArray data;
    for (const QString &path : options().dataFiles) {
        const auto bytes = readOrFail(path);
        if (!bytes)
            return false;
        data.append(QJsonObject{{"value"_L1, QString::fromUtf8(*bytes)}});
    }
    if (!data.isEmpty())
        m_body.insert("data"_L1, data);
    if (!options().answerFile.isEmpty()) {
        const auto answers = readOrFail(options().answerFile);
        if (!answers)
            return false;
        m_body.insert("answerFile"_L1, QString::fromUtf8(*answers));
    }
    return true;
}

void GenerateCommand::run()
{
    const ApiRequest request = ClientEndpoints::generate(options().operands.value(0), m_body);
    sendOrFail(new ApiJob(session(), request, this), [this](ApiJob *job) {
        m_location = job->location();
        m_operationId = Json::string(job->json().object(), "id"_L1);
        if (m_operationId.isEmpty()) // 202 with the Location only (the vendor documents no body)
            m_operationId =
                m_location.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        if (m_operationId.isEmpty()) {
            complain(tr("the server took the generation but named no operation (no id, no "
                        "Location in its answer): look its documents up with 'outputs' by "
                        "the run id, if you have one."));
            finish(ServerError);
            return;
        }
        out() << m_operationId << '\t' << m_location.toString() << '\n';
        if (!options().wait) {
            finish(Ok);
            return;
        }
        out().flush(); // a script reading the id should have it while we wait
        m_deadline.setSingleShot(true);
        m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early: never
                                                   // before the promised time
        connect(&m_deadline, &QTimer::timeout, this, &GenerateCommand::giveUp);
        m_deadline.start(std::chrono::seconds(options().waitTimeoutSeconds));
        watch();
    });
}

void GenerateCommand::watch()
{
    // A watcher ends at the first status that is neither notStarted nor running; for one we do
    // not know, a new watcher asks again until the deadline.
    if (m_watcher)
        m_watcher->deleteLater();
    m_watcher = new OperationWatcher(session(), m_location, m_operationId, this);
    connect(m_watcher, &OperationWatcher::statusChanged, this, [this](const QString &status) {
        if (status == m_lastStatus)
            return;
        m_lastStatus = status;
        err() << status << '\n';
    });
    connect(m_watcher, &OperationWatcher::finished, this, &GenerateCommand::watched);
    m_watcher->start();
}

void GenerateCommand::watched(const ApiError &error)
{
    if (error.isError()) {
        m_deadline.stop();
        fail(error);
        return;
    }
    const QString status = m_watcher->status();
    if (status.compare("succeeded"_L1, Qt::CaseInsensitive) == 0) {
        m_deadline.stop();
        downloadOutputs(m_watcher->resourceLocation(), {});
        return;
    }
    if (status.compare("failed"_L1, Qt::CaseInsensitive) == 0 ||
        status.compare("cancelled"_L1, Qt::CaseInsensitive) == 0) {
        m_deadline.stop();
        complain(tr("the generation %1: %2")
                     .arg(status, Json::string(m_watcher->operation(), "message"_L1)));
        finish(RequestRejected);
        return;
    }
    QTimer::singleShot(kUnknownStatusPollMs, this, [this] {
        if (m_deadline.isActive())
            watch();
    });
}

void GenerateCommand::giveUp()
{
    if (m_watcher)
        m_watcher->stop();
    const QString status = m_lastStatus.isEmpty() ? tr("none yet") : m_lastStatus;
    complain(tr("the generation did not finish within %Ln second(s); its last status was “%1”.",
                nullptr, options().waitTimeoutSeconds)
                 .arg(status));
    finish(Failure);
}

} // namespace infiniti::ctl
