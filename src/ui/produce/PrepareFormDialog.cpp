#include "ui/produce/PrepareFormDialog.h"

#include "api/Call.h"

#include "ui/produce/ValuesTable.h"
#include "ui/produce/DataFilesTable.h"
#include "ui/produce/FormChooser.h"
#include "api/endpoints/ClientEndpoints.h"
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

PrepareFormDialog::PrepareFormDialog(Session *session, const QString &publishId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QComboBox(this))
    , m_values(new ValuesTable(this))
    , m_data(new DataFilesTable(this))
    , m_inProgress(new QCheckBox(tr("Save as an &in-progress form"), this))
    , m_description(new QLineEdit(this))
    , m_asUser(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"prepareFormDialog"_s);
    setWindowTitle(tr("Prepare a form"));
    resize(620, 480);
    m_form->addItem(publishId, publishId);
    fillFormChooser(session, m_form, publishId, this);
    m_description->setObjectName(u"saveDescription"_s);
    m_asUser->setObjectName(u"asUser"_s);
    m_asUser->setPlaceholderText(tr("optional: prepare it for this user (needs the Impersonate permission)"));
    m_link->setObjectName(u"preparedLink"_s);
    m_link->setReadOnly(true);
    m_status->setWordWrap(true);
    auto *copy = new QPushButton(tr("Cop&y"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link->text()); });
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(copy);
    auto *form = new QFormLayout;
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("Named &values:"), m_values);
    form->addRow(tr("Data files:"), m_data);
    form->addRow(QString(), m_inProgress);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&As user:"), m_asUser);
    form->addRow(tr("Link:"), linkRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *go = buttons->addButton(tr("&Prepare"), QDialogButtonBox::ActionRole);
    go->setObjectName(u"prepareButton"_s);
    go->setDefault(true); // Return prepares; never "Add value"
    copy->setAutoDefault(false);
    connect(go, &QPushButton::clicked, this, &PrepareFormDialog::prepare);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

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
    m_session->perform(ClientEndpoints::prepareForm(m_form->currentData().toString(), body, m_asUser->text())).then(this, [this](ApiJob &job) {
        // 201 + Location: the prepared form (contract 3.8). Without it there is nothing to send on.
        const QString location = QString::fromUtf8(job.rawHeader("Location"));
        if (location.isEmpty()) {
            m_status->setText(tr("The server prepared the form but gave no link to it (no Location in its answer)."));
            return;
        }
        m_link->setText(location);
        m_status->setText(tr("Prepared. Send the link to whoever fills the form in."));
        emit prepared(location);
    }, [this](const ApiError &error) { m_status->setText(error.serverOrOwnMessage()); });
}

} // namespace infiniti
