#include "ui/produce/PrepareFormDialog.h"

#include "api/Call.h"

#include "api/endpoints/ClientEndpoints.h"
#include "ui/produce/DataFilesTable.h"
#include "ui/produce/FormChooser.h"
#include "ui/produce/ValuesTable.h"

#include "ui_PrepareFormDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

PrepareFormDialog::PrepareFormDialog(Session *session, const QString &publishId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PrepareFormDialog>())
{
    m_ui->setupUi(this);
    m_form = m_ui->publishForm;
    m_values = m_ui->namedValues;
    m_data = m_ui->dataFiles;
    m_data->setSession(session);
    m_inProgress = m_ui->createInProgress;
    m_description = m_ui->saveDescription;
    m_asUser = m_ui->asUser;
    m_link = m_ui->preparedLink;
    m_status = m_ui->status;
    m_ui->valuesLabel->setBuddy(m_values->table());  // Alt+N goes into the table itself
    m_ui->dataFilesLabel->setBuddy(m_data->table()); // its letter, too, into the table
    m_form->addItem(publishId, publishId);
    fillFormChooser(session, m_form, publishId, this);
    connect(m_ui->copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_link->text()); });
    // Copy has something to copy once a form is prepared.
    QPushButton *copy = m_ui->copyLink;
    connect(m_link, &QLineEdit::textChanged, copy,
            [copy](const QString &link) { copy->setEnabled(!link.isEmpty()); });
    copy->setEnabled(!m_link->text().isEmpty());
    auto *go = m_ui->buttons->addButton(tr("&Prepare"), QDialogButtonBox::ActionRole);
    go->setObjectName(u"prepareButton"_s);
    go->setDefault(true); // Return prepares; never "Add value"
    connect(go, &QPushButton::clicked, this, &PrepareFormDialog::prepare);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PrepareFormDialog::~PrepareFormDialog() = default;

QString PrepareFormDialog::link() const
{
    return m_link->text();
}

void PrepareFormDialog::prepare()
{
    QJsonObject body{{"createInProgress"_L1, m_inProgress->isChecked()},
                     {"saveDescription"_L1, m_description->text()},
                     {"asUserAssignedBy"_L1, false}};
    const QJsonObject values = m_values->values();
    if (!values.isEmpty())
        body.insert("values"_L1, values);
    QString problem;
    const auto data = m_data->data(&problem);
    if (!data) {
        m_status->setText(tr("%1 Nothing was sent.").arg(problem));
        return;
    }
    if (!data->isEmpty())
        body.insert("data"_L1, *data);
    m_status->setText(tr("Preparing…"));
    m_session
        ->perform(
            ClientEndpoints::prepareForm(m_form->currentData().toString(), body, m_asUser->text()))
        .then(
            this,
            [this](ApiJob &job) {
                // 201 + Location: the prepared form (contract 3.8). Without it there is nothing to
                // send on.
                const QString location = job.location().toString();
                if (location.isEmpty()) {
                    m_status->setText(tr("The server prepared the form but gave no link to it (no "
                                         "Location in its answer)."));
                    return;
                }
                m_link->setText(location);
                m_status->setText(tr("Prepared. Send the link to whoever fills the form in."));
                emit prepared(location);
            },
            [this](const ApiError &error) { m_status->setText(error.serverOrOwnMessage()); });
}

} // namespace infiniti
