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
#include "ui/produce/OutputsLookupDialog.h"
#include "ui/produce/RecentSubmissions.h"
#include "ui/produce/ValuesTable.h"

#include "ui_GenerateDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace infiniti {

GenerateDialog::GenerateDialog(Session *session, const QString &publishId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::GenerateDialog>())
{
    m_ui->setupUi(this);
    m_form = m_ui->form;
    m_values = m_ui->namedValues;
    m_data = m_ui->dataFiles;
    m_answerFile = m_ui->answerFile;
    m_version = m_ui->version;
    m_log = m_ui->logGeneration;
    m_status = m_ui->generationStatus;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = m_ui->generationProgress;
    m_outputs = m_ui->outputs;
    m_ui->valuesLabel->setBuddy(m_values->table());  // Alt+N goes into the table itself
    m_ui->dataFilesLabel->setBuddy(m_data->table()); // its letter, too, into the table
    m_data->setSession(session);
    // The operation's id, whole, to be copied; Show outputs… finds its documents again.
    connect(m_ui->copyOperationId, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->operationId->text()); });
    connect(m_ui->showOutputs, &QPushButton::clicked, this, &GenerateDialog::showOutputs);
    m_form->addItem(publishId, publishId);
    fillFormChooser(session, m_form, publishId, this);
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

    m_start = m_ui->buttons->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    m_cancel = m_ui->buttons->addButton(tr("&Cancel generation"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    m_start->setObjectName(u"startGeneration"_s);
    m_cancel->setObjectName(u"cancelGeneration"_s);
    // Return anywhere in the dialog generates (a cell being edited takes it first).
    m_start->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &GenerateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &GenerateDialog::cancelGeneration);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

GenerateDialog::~GenerateDialog() = default;

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
    m_ui->operationRow->hide();
    m_ui->operationId->clear();
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
            [this, body, send](const QJsonObject &answerFile) mutable {
                const QString xml = AnswerFilesEndpoints::xmlOf(answerFile);
                if (xml.isEmpty()) {
                    // Sent without it, the documents would be made without the answers.
                    m_progress->hide();
                    m_start->setEnabled(true);
                    m_status->setText(tr("Nothing was generated: the server sent the answer file "
                                         "“%1” without its answers (no XML).")
                                          .arg(m_answerFile->currentText()));
                    return;
                }
                body.insert("answerFile"_L1, xml);
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
    const QUrl location = job.location();
    m_watcher =
        new OperationWatcher(m_session, location, Json::string(job.json().object(), "id"_L1), this);
    m_cancel->setEnabled(true);
    const QString operationId = m_watcher->operationId();
    m_ui->operationId->setText(operationId);
    m_ui->operationRow->setVisible(!operationId.isEmpty());
    // Listed in Outputs of a submission… for the rest of the session, with how it went.
    if (RecentSubmissions *recent = RecentSubmissions::of(m_session)) {
        recent->add(operationId, m_form->currentText());
        connect(m_watcher, &OperationWatcher::statusChanged, recent,
                [recent, operationId](const QString &status) {
                    recent->setStatus(operationId, status);
                });
    }
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
            // The operation's id as the server names it, in its own field to be copied.
            const QString id = Json::string(w->operation(), "id"_L1, w->operationId());
            if (!id.isEmpty())
                m_ui->operationId->setText(id);
            m_ui->operationRow->setVisible(!m_ui->operationId->text().isEmpty());
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

QString GenerateDialog::operationId() const
{
    return m_ui->operationRow->isVisibleTo(this) ? m_ui->operationId->text() : QString();
}

void GenerateDialog::showOutputs()
{
    const QString id = m_ui->operationId->text();
    if (id.isEmpty() || !m_session)
        return;
    // Beside this dialog, not inside it: it stays when this one is closed.
    auto *dialog = new OutputsLookupDialog(m_session, parentWidget() ? parentWidget() : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->lookUp(id);
}

void GenerateDialog::cancelGeneration()
{
    if (m_watcher)
        m_watcher->cancel();
}

} // namespace infiniti
