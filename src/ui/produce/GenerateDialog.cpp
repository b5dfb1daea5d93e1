#include "ui/produce/GenerateDialog.h"

#include "api/Call.h"
#include "api/endpoints/AnswerFilesEndpoints.h"
#include "api/endpoints/ClientEndpoints.h"
#include "api/OperationWatcher.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"
#include "ui/produce/DataFilesTable.h"
#include "ui/produce/FormChooser.h"
#include "ui/produce/OutputFilesView.h"
#include "ui/produce/ValuesTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

GenerateDialog::GenerateDialog(Session *session, const QString &publishId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QComboBox(this))
    , m_values(new ValuesTable(this))
    , m_data(new DataFilesTable(this))
    , m_answerFile(new QComboBox(this))
    , m_version(new QLineEdit(this))
    , m_log(new QCheckBox(tr("&Log the generation"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_start(new QPushButton(tr("&Generate"), this))
    , m_cancel(new QPushButton(tr("&Cancel generation"), this))
    , m_outputs(new OutputFilesView(this))
{
    setObjectName(u"generateDialog"_s);
    setWindowTitle(tr("Generate documents"));
    resize(760, 680);
    m_form->setObjectName(u"form"_s);
    m_form->addItem(publishId, publishId);
    fillFormChooser(session, m_form, publishId, this);
    m_answerFile->setObjectName(u"answerFile"_s);
    m_answerFile->addItem(tr("(none)"), QString());
    const Collection answerFiles = AnswerFilesEndpoints::answerFiles();
    session->readAll(answerFiles.list(0, 500), answerFiles.envelope)
        .then(
            this,
            [this](const QJsonArray &answers) {
                for (const auto &v : answers)
                    m_answerFile->addItem(Json::string(v.toObject(), "description"_L1),
                                          Json::idOf(v.toObject()));
            },
            [this](const ApiError &error) {
                m_answerFile->setToolTip(
                    tr("Your answer files could not be listed: %1").arg(error.message()));
            });
    m_version->setObjectName(u"version"_s);
    m_version->setPlaceholderText(tr("latest (e.g. 4.3 for forms that match project versions)"));
    m_log->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("Named &values:"), m_values);
    form->addRow(tr("Data files:"), m_data);
    form->addRow(tr("Ans&wer file:"), m_answerFile);
    form->addRow(tr("Project v&ersion:"), m_version);
    form->addRow(QString(), m_log);

    m_status->setObjectName(u"generationStatus"_s);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_start->setObjectName(u"startGeneration"_s);
    m_cancel->setObjectName(u"cancelGeneration"_s);
    // Return anywhere in the dialog generates (a cell being edited takes it first).
    m_start->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &GenerateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &GenerateDialog::cancelGeneration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *results = new QGroupBox(tr("Generated documents"), this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_outputs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(results, 1);
    layout->addWidget(buttons);
}

void GenerateDialog::addDataFile(const QString &path)
{
    m_data->addFile(path);
}

QString GenerateDialog::status() const
{
    return m_watcher ? m_watcher->status() : m_finalStatus;
}

std::optional<QJsonObject> GenerateDialog::requestBody(QString *error) const
{
    QJsonObject body;
    QJsonObject options{{"log"_L1, m_log->isChecked()}};
    if (!m_version->text().trimmed().isEmpty())
        options.insert("version"_L1, m_version->text().trimmed());
    body.insert("options"_L1, options);
    const QJsonObject values = m_values->values();
    if (!values.isEmpty())
        body.insert("values"_L1, values);
    const auto data = m_data->data(error);
    if (!data)
        return std::nullopt;
    if (!data->isEmpty())
        body.insert("data"_L1, *data);
    return body;
}

void GenerateDialog::start()
{
    const QString publishId = m_form->currentData().toString();
    if (publishId.isEmpty())
        return;
    QString problem;
    const auto prepared = requestBody(&problem);
    if (!prepared) {
        m_status->setText(tr("%1 Nothing was sent.").arg(problem));
        return;
    }
    m_start->setEnabled(false);
    m_outputs->clear();
    m_progress->show();
    m_status->setText(tr("Sending…"));
    auto send = [this, publishId](QJsonObject body) {
        m_session->perform(ClientEndpoints::generate(publishId, body))
            .then(
                this, [this](ApiJob &job) { watch(job); },
                [this](const ApiError &error) {
                    m_progress->hide();
                    m_start->setEnabled(true);
                    m_finalStatus = u"failed"_s;
                    m_status->setText(error.serverOrOwnMessage());
                    emit generationFinished(m_finalStatus);
                });
    };
    QJsonObject body = *prepared;
    const QString answerFileId = m_answerFile->currentData().toString();
    if (answerFileId.isEmpty()) {
        send(body);
        return;
    }
    // The answer file's XML goes in the request (contract 3.5 answerFile).
    m_session
        ->call(AnswerFilesEndpoints::answerFiles().get(answerFileId, m_answerFile->currentText()))
        .then(
            this,
            [body, send](const QJsonObject &answerFile) mutable {
                body.insert("answerFile"_L1, Json::string(answerFile, "answerXml"_L1));
                send(body);
            },
            [this](const ApiError &error) {
                m_progress->hide();
                m_start->setEnabled(true);
                m_status->setText(error.message());
            });
}

void GenerateDialog::watch(const ApiJob &job)
{
    // The operation to follow: its URL (Location) or its id in the answer.
    const QUrl location(QString::fromUtf8(job.rawHeader("Location")));
    m_watcher =
        new OperationWatcher(m_session, location, Json::string(job.json().object(), "id"_L1), this);
    m_cancel->setEnabled(true);
    connect(m_watcher, &OperationWatcher::statusChanged, this, &GenerateDialog::statusChanged);
    connect(m_watcher, &OperationWatcher::statusChanged, this, [this](const QString &status) {
        static const QHash<QString, QString> words = {{u"notStarted"_s, tr("Waiting to start…")},
                                                      {u"running"_s, tr("Generating…")}};
        m_status->setText(words.value(status, status));
        m_cancel->setEnabled(status.compare("notStarted"_L1, Qt::CaseInsensitive) == 0);
    });
    connect(m_watcher, &OperationWatcher::cancelRefused, this, [this](const ApiError &error) {
        m_status->setText(tr("Too late to cancel: %1").arg(error.serverOrOwnMessage()));
    });
    connect(m_watcher, &OperationWatcher::finished, this, [this](const ApiError &error) {
        OperationWatcher *w = m_watcher;
        m_progress->hide();
        m_cancel->setEnabled(false);
        m_start->setEnabled(true);
        m_finalStatus = error.isError() ? u"failed"_s : w->status();
        if (error.isError())
            m_status->setText(error.message());
        else if (w->succeeded()) {
            m_status->setText(tr("Done. The documents are below."));
            m_outputs->show(m_session, w->resourceLocation(), {});
        } else if (w->wasCancelled())
            m_status->setText(tr("Cancelled before it started; nothing was generated."));
        else
            m_status->setText(
                tr("The generation failed: %1")
                    .arg(Json::string(w->operation(), "message"_L1, tr("no reason given"))));
        emit generationFinished(m_finalStatus);
        m_watcher = nullptr;
        w->deleteLater();
    });
    m_watcher->start();
}

void GenerateDialog::cancelGeneration()
{
    if (m_watcher)
        m_watcher->cancel();
}

} // namespace infiniti
