#include "WorkflowPanes.h"

#include "EntityJob.h"
#include "Json.h"
#include "JsonListModel.h"
#include "ListPageJob.h"
#include "Transfers.h"
#include "endpoints/ClientEndpoints.h"
#include "endpoints/CrudRequests.h"
#include "endpoints/GroupsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infiniti {

namespace {
using L = QLatin1StringView;
} // namespace

void showJsonDetails(QWidget *parent, const QString &title, const QJsonObject &item)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("detailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(620, 520);
    auto *form = new QFormLayout;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString text = JsonListModel::valueAt(item, it.key());
        auto *value = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(it.key() + QLatin1Char(':'), value);
    }
    auto *raw = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)));
    raw->setObjectName(QStringLiteral("rawJson"));
    raw->setReadOnly(true);
    raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(new QLabel(QObject::tr("Raw JSON:")));
    layout->addWidget(raw, 1);
    layout->addWidget(buttons);
    dialog->show();
}

ReassignDialog::ReassignDialog(Session *session, const QString &title, bool offerNotification, QWidget *parent)
    : QDialog(parent)
    , m_assignee(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Send a &notification"), this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(title);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->setEditable(true); // a name the lists do not have is sent as assignToName
    m_assignee->setMinimumWidth(320);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_notify->setChecked(true);
    m_notify->setVisible(offerNotification);
    // The directory: groups first, then users (one page each).
    for (const auto &[request, envelope, kind] : {std::tuple{GroupsEndpoints::list(0, 1000), L("groups"), tr("group")},
                                                  std::tuple{UsersEndpoints::list(0, 1000, {}), L("users"), tr("user")}}) {
        auto *job = new ListPageJob(session, request, envelope, this);
        const QString what = kind;
        const bool users = envelope == L("users");
        connect(job, &ApiJob::finished, this, [this, job, what, users] {
            const QString typed = m_assignee->currentText();
            for (const auto &v : job->items()) {
                const QJsonObject o = v.toObject();
                const QString name = Json::string(o, users ? L("username") : L("name"));
                m_assignee->addItem(QStringLiteral("%1 (%2)").arg(name, what), QStringList{Json::idOf(o), name});
            }
            m_assignee->setEditText(typed);
        });
        job->start();
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Give it to:"), m_assignee);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(QString(), m_notify);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reassign"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!assigneeId().isEmpty() || !assigneeName().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_assignee->setEditText({});
}

QString ReassignDialog::assigneeId() const
{
    const int at = m_assignee->findText(m_assignee->currentText());
    return at >= 0 ? m_assignee->itemData(at).toStringList().value(0) : QString();
}

QString ReassignDialog::assigneeName() const
{
    const int at = m_assignee->findText(m_assignee->currentText());
    return at >= 0 ? m_assignee->itemData(at).toStringList().value(1) : m_assignee->currentText().trimmed();
}

QString ReassignDialog::comment() const
{
    return m_comment->text();
}

bool ReassignDialog::sendNotification() const
{
    return m_notify->isChecked();
}

// --- administrator

WorkflowsPane::WorkflowsPane(QWidget *parent)
    : ListPane(new JsonListModel("workflow", L("workflows"),
                                 {{tr("Project"), QStringLiteral("projectName")},
                                  {tr("State"), QStringLiteral("stateName")},
                                  {tr("Status"), QStringLiteral("status")},
                                  {tr("Assigned to"), QStringLiteral("assignedTo")},
                                  {tr("Type"), QStringLiteral("assignedType")},
                                  {tr("Assigned"), QStringLiteral("assignedDateTime"), false, false, JsonListModel::Format::DateTime},
                                  {tr("Started"), QStringLiteral("startedUtc"), false, false, JsonListModel::Format::DateTime},
                                  {tr("Locked by"), QStringLiteral("lockedBy")},
                                  {tr("Comment"), QStringLiteral("comment")}}),
               {QStringLiteral("workflows"), tr("Filter by project, state or assignee (Ctrl+F)"), tr("No workflows.")}, parent)
    , m_workflows(static_cast<JsonListModel *>(listModel()))
    , m_status(new QComboBox(this))
{
    setInitialColumnWidths({200, 90, 90, 140, 60, 130, 130, 100});
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("In progress"), QStringLiteral("InProgress"));
    m_status->addItem(tr("Completed"), QStringLiteral("Completed"));
    m_status->addItem(tr("Aborted"), QStringLiteral("Aborted"));
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        m_workflows->setQuery(status.isEmpty() ? QList<std::pair<QString, QString>>{}
                                               : QList<std::pair<QString, QString>>{{QStringLiteral("status"), status}});
        if (status.isEmpty())
            setExtraFilter({});
        else
            setExtraFilter([status](const QJsonObject &w) { return Json::string(w, L("status")) == status; });
    });
}

QString WorkflowsPane::countText(int n) const
{
    return tr("%n workflow(s)", nullptr, n);
}

QString WorkflowsPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2, %3)").arg(Json::string(item, L("projectName")), Json::string(item, L("stateName")), Json::string(item, L("assignedTo")));
}

void WorkflowsPane::openItem(const QJsonObject &item)
{
    showJsonDetails(this, itemLabel(item), item);
}

void WorkflowsPane::extendContextMenu(QMenu *menu)
{
    const bool any = !selectedItems().isEmpty();
    menu->addSeparator();
    menu->addAction(tr("&Abort…"), this, &WorkflowsPane::abortSelected)->setEnabled(any);
    menu->addAction(tr("&Reassign…"), this, &WorkflowsPane::reassignSelected)->setEnabled(any);
    menu->addAction(tr("Re&vert to the previous state"), this, &WorkflowsPane::revertSelected)->setEnabled(any);
}

void WorkflowsPane::runAndReload(const QString &progress, const QString &done, const QList<BulkOperation::Item> &work)
{
    // The actions answer 204: each changed row is read back from the server.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ListPane::bulkFinished, this, [this, work, connection] {
        disconnect(*connection);
        for (const auto &w : work) {
            auto *job = new EntityJob(session(), CrudRequests::get("workflow", w.id, tr("load workflow %1").arg(w.id)), this);
            connect(job, &ApiJob::finished, this, [this, job] {
                if (job->succeeded())
                    listModel()->updateItem(job->object());
            });
            job->start();
        }
    });
    runBulk(progress, done, work, false, [](int n) { return tr("%n workflow(s)", nullptr, n); });
}

void WorkflowsPane::abortSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    confirmThen(tr("Abort %n workflow(s)? This ends all their remaining stages; it cannot be undone.", nullptr, int(items.size())),
                tr("Abort"), [this, items] {
                    QList<BulkOperation::Item> work;
                    for (const auto &w : items)
                        work.append({Json::idOf(w), itemLabel(w), ClientEndpoints::abortWorkflow(Json::idOf(w))});
                    runAndReload(tr("Aborting…"), tr("aborted"), work);
                });
}

void WorkflowsPane::reassignSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    auto *dialog = new ReassignDialog(session(), tr("Reassign %n workflow(s)", nullptr, int(items.size())), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append({Json::idOf(w), itemLabel(w),
                         ClientEndpoints::reassignWorkflow(Json::idOf(w), dialog->comment(), dialog->assigneeId(), dialog->assigneeName(),
                                                           dialog->sendNotification())});
        runAndReload(tr("Reassigning…"), tr("reassigned"), work);
    });
    dialog->open();
}

void WorkflowsPane::revertSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    confirmThen(tr("Return %n workflow(s) to their previous state?", nullptr, int(items.size())), tr("Revert"), [this, items] {
        QList<BulkOperation::Item> work;
        for (const auto &w : items)
            work.append({Json::idOf(w), itemLabel(w), ClientEndpoints::revertWorkflow(Json::idOf(w))});
        runAndReload(tr("Reverting…"), tr("reverted"), work);
    });
}

// --- the user's tasks

TasksPane::TasksPane(QWidget *parent)
    : ListPane(new JsonListModel("workflow", L("workflows"),
                                 {{tr("Project"), QStringLiteral("projectName")},
                                  {tr("State"), QStringLiteral("stateName")},
                                  {tr("Assigned by"), QStringLiteral("assignedBy")},
                                  {tr("Assigned"), QStringLiteral("assignedDateTime"), false, false, JsonListModel::Format::DateTime},
                                  {tr("Due"), QStringLiteral("dueUtc"), false, false, JsonListModel::Format::DateTime},
                                  {tr("To"), QStringLiteral("assignedType")},
                                  {tr("Locked by"), QStringLiteral("lockedBy")},
                                  {tr("Comment"), QStringLiteral("comment")}}),
               {QStringLiteral("tasks"), tr("Filter your tasks (Ctrl+F)"), tr("No tasks for you. Enjoy the quiet.")}, parent)
{
    static_cast<JsonListModel *>(listModel())->setModule(ApiModule::Client);
    setInitialColumnWidths({200, 90, 110, 130, 130, 60, 100});
}

QString TasksPane::countText(int n) const
{
    return tr("%n task(s)", nullptr, n);
}

QString TasksPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 (%2)").arg(Json::string(item, L("projectName")), Json::string(item, L("stateName")));
}

void TasksPane::openItem(const QJsonObject &item)
{
    showJsonDetails(this, itemLabel(item), item);
}

bool TasksPane::offers(const QJsonObject &task, Action action) const
{
    switch (action) {
    case Action::Unlock: return Json::value(task, L("allowUnlock")).toBool();
    case Action::Cancel: return Json::value(task, L("allowCancellation")).toBool();
    case Action::Reassign: return Json::value(task, L("allowReassign")).toBool();
    case Action::Revert:
    case Action::Submit: return !task.isEmpty();
    }
    return false;
}

void TasksPane::extendContextMenu(QMenu *menu)
{
    const QJsonObject task = currentItem();
    menu->addSeparator();
    const std::pair<Action, QString> actions[] = {{Action::Submit, tr("&Submit")},
                                                  {Action::Revert, tr("Re&vert")},
                                                  {Action::Reassign, tr("&Reassign…")},
                                                  {Action::Unlock, tr("&Unlock")},
                                                  {Action::Cancel, tr("&Cancel the task…")}};
    for (const auto &[action, text] : actions) {
        if (offers(task, action)) // only what this task allows
            menu->addAction(text, this, [this, task, action = action] { act(task, action); });
    }
}

void TasksPane::act(const QJsonObject &task, Action action)
{
    const QString id = Json::idOf(task);
    auto run = [this, id](const ApiRequest &request) {
        auto *job = new ApiJob(session(), request, this);
        connect(job, &ApiJob::finished, this, [this, job, id] {
            if (!job->succeeded()) {
                const QString message = job->error().serverOrOwnMessage();
                Transfers::tell(this, title(), message);
                emit actionFinished(false, message);
                return;
            }
            // The task as it is now, or gone (completed, cancelled, given to someone else).
            auto *reload = new EntityJob(session(), ClientEndpoints::task(id), this);
            connect(reload, &ApiJob::finished, this, [this, reload, id] {
                if (reload->succeeded())
                    listModel()->updateItem(reload->object());
                else
                    listModel()->removeId(id);
                emit actionFinished(true, {});
            });
            reload->start();
        });
        job->start();
    };
    switch (action) {
    case Action::Unlock: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Unlock)); break;
    case Action::Revert: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Revert)); break;
    case Action::Submit: run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Submit)); break;
    case Action::Cancel:
        confirmThen(tr("Cancel the task “%1”?").arg(itemLabel(task)), tr("Cancel the task"),
                    [run, id] { run(ClientEndpoints::taskAction(id, ClientEndpoints::TaskAction::Cancel)); });
        break;
    case Action::Reassign: {
        auto *dialog = new ReassignDialog(session(), tr("Reassign “%1”").arg(itemLabel(task)), false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, run, id] {
            run(ClientEndpoints::reassignTask(id, dialog->comment(), dialog->assigneeId(), dialog->assigneeName()));
        });
        dialog->open();
        break;
    }
    }
}

} // namespace infiniti
