#include "FormsPane.h"

#include "EntityJob.h"
#include "GenerateDialog.h"
#include "Json.h"
#include "OperationWatcher.h"
#include "ProduceWidgets.h"
#include "endpoints/ClientEndpoints.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infiniti {

namespace {
using L = QLatin1StringView;
constexpr int PublishIdRole = Qt::UserRole + 1;
}

FormsPane::FormsPane(QWidget *parent)
    : Pane(parent)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("formsPane"));
    m_tree->setObjectName(QStringLiteral("formsTree"));
    m_tree->setHeaderLabels({tr("Form"), tr("Version")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *generate = new QPushButton(tr("&Generate documents…"), this);
    auto *prepare = new QPushButton(tr("&Prepare form…"), this);
    auto *outputs = new QPushButton(tr("&Outputs of a submission…"), this);
    generate->setObjectName(QStringLiteral("generateButton"));
    connect(generate, &QPushButton::clicked, this, [this] { this->generate(currentPublishId()); });
    connect(prepare, &QPushButton::clicked, this, [this] { this->prepare(currentPublishId()); });
    connect(outputs, &QPushButton::clicked, this, &FormsPane::lookUpOutputs);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, PublishIdRole).toString().isEmpty())
            this->generate(item->data(0, PublishIdRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(generate);
    buttons->addWidget(prepare);
    buttons->addStretch();
    buttons->addWidget(outputs);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
}

void FormsPane::setSession(Session *session)
{
    m_session = session;
    refresh();
}

void FormsPane::refresh()
{
    if (!m_session)
        return;
    m_status->setText(tr("Loading the forms you may run…"));
    auto *job = new EntityJob(m_session, ClientEndpoints::forms(), this);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_tree->clear();
        if (!job->succeeded()) {
            m_status->setText(job->error().message());
            return;
        }
        int count = 0;
        for (const auto &folder : Json::listItems(job->json(), L("folders"))) {
            auto *top = new QTreeWidgetItem(m_tree, {Json::string(folder.toObject(), L("name"))});
            top->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            for (const auto &form : Json::value(folder.toObject(), L("forms")).toArray()) {
                const QJsonObject f = form.toObject();
                auto *item = new QTreeWidgetItem(top, {Json::string(f, L("name")), Json::id(Json::value(f, L("version")))});
                item->setData(0, PublishIdRole, Json::idOf(f));
                item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
                ++count;
            }
        }
        m_tree->expandAll();
        m_status->setText(count == 0 ? tr("There are no forms you may run.") : tr("%n form(s) you may run. Double-click one to generate documents.", nullptr, count));
    });
    job->start();
}

QString FormsPane::currentPublishId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, PublishIdRole).toString() : QString();
}

void FormsPane::generate(const QString &publishId)
{
    if (!m_session)
        return;
    auto *dialog = new GenerateDialog(m_session, publishId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FormsPane::prepare(const QString &publishId)
{
    if (!m_session)
        return;
    auto *dialog = new PrepareFormDialog(m_session, publishId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FormsPane::lookUpOutputs()
{
    if (!m_session)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("outputsDialog"));
    dialog->setWindowTitle(tr("Outputs of a submission"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(640, 400);
    auto *id = new QLineEdit(dialog);
    id->setObjectName(QStringLiteral("submissionId"));
    id->setPlaceholderText(tr("an operation id, a run id or an output id"));
    auto *find = new QPushButton(tr("&Look up"), dialog);
    auto *view = new OutputFilesView(dialog);
    auto *row = new QHBoxLayout;
    row->addWidget(id, 1);
    row->addWidget(find);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    Session *session = m_session;
    connect(find, &QPushButton::clicked, dialog, [session, id, view, dialog] {
        const QString text = id->text().trimmed();
        if (text.isEmpty())
            return;
        // An operation id leads to its output; otherwise the id is taken as the output's (or run's).
        auto *op = new EntityJob(session, ClientEndpoints::operation(text), dialog);
        QObject::connect(op, &ApiJob::finished, dialog, [session, op, view, text] {
            const QUrl location(Json::string(op->object(), L("resourceLocation")));
            if (op->succeeded() && location.isValid() && !location.isEmpty())
                view->show(session, location, {});
            else if (op->succeeded())
                view->clear(OutputFilesView::tr("That operation is %1; it has no documents (yet).").arg(Json::string(op->object(), L("status"))));
            else
                view->show(session, {}, text);
        });
        op->start();
    });
    connect(id, &QLineEdit::returnPressed, find, &QPushButton::click);
    dialog->show();
}

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
    setObjectName(QStringLiteral("prepareFormDialog"));
    setWindowTitle(tr("Prepare a form"));
    resize(620, 480);
    m_form->addItem(publishId, publishId);
    fillFormChooser(session, m_form, publishId, this);
    m_description->setObjectName(QStringLiteral("saveDescription"));
    m_asUser->setObjectName(QStringLiteral("asUser"));
    m_asUser->setPlaceholderText(tr("optional: prepare it for this user (needs the Impersonate permission)"));
    m_link->setObjectName(QStringLiteral("preparedLink"));
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
    go->setObjectName(QStringLiteral("prepareButton"));
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
    QJsonObject body{{L("createInProgress"), m_inProgress->isChecked()},
                     {L("saveDescription"), m_description->text()},
                     {L("asUserAssignedBy"), false}};
    const QJsonObject values = m_values->values();
    if (!values.isEmpty())
        body.insert(L("values"), values);
    QString problem;
    const auto data = m_data->data(&problem);
    if (!data) {
        m_status->setText(tr("%1 Nothing was sent.").arg(problem));
        return;
    }
    if (!data->isEmpty())
        body.insert(L("data"), *data);
    auto *job = new ApiJob(m_session, ClientEndpoints::prepareForm(m_form->currentData().toString(), body, m_asUser->text()), this);
    m_status->setText(tr("Preparing…"));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_status->setText(job->error().serverOrOwnMessage());
            return;
        }
        const QString location = QString::fromUtf8(job->rawHeader("Location"));
        m_link->setText(location);
        m_status->setText(tr("Prepared. Send the link to whoever fills the form in."));
        emit prepared(location);
    });
    job->start();
}

} // namespace infiniti
