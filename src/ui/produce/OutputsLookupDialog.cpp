#include "ui/produce/OutputsLookupDialog.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "ui/produce/OutputFilesView.h"
#include "ui/produce/RecentSubmissions.h"

#include "ui_OutputsLookupDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int OperationIdRole = Qt::UserRole + 1;
} // namespace

OutputsLookupDialog::OutputsLookupDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::OutputsLookupDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget *recent = m_ui->recentSubmissions;
    recent->header()->setStretchLastSection(true);
    recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Picking one puts its id in the field; Return or a double-click looks it up.
    connect(recent, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_ui->submissionId->setText(item->data(0, OperationIdRole).toString());
    });
    connect(recent, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { lookUp(item->data(0, OperationIdRole).toString()); });
    if (RecentSubmissions *list = RecentSubmissions::of(session))
        connect(list, &RecentSubmissions::changed, this, &OutputsLookupDialog::fillRecent);
    fillRecent();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->lookUp, &QPushButton::clicked, this, &OutputsLookupDialog::lookUpTyped);
    connect(m_ui->submissionId, &QLineEdit::returnPressed, m_ui->lookUp, &QPushButton::click);
    // Look up needs an id to look up.
    QLineEdit *id = m_ui->submissionId;
    QPushButton *find = m_ui->lookUp;
    const auto updateFind = [id, find] {
        find->setEnabled(!id->text().trimmed().isEmpty());
    };
    connect(id, &QLineEdit::textChanged, find, updateFind);
    updateFind();
    // An id typed that is not the picked one's: nothing picked any more.
    connect(id, &QLineEdit::textChanged, recent, [recent](const QString &text) {
        QTreeWidgetItem *picked = recent->currentItem();
        if (picked && picked->data(0, OperationIdRole).toString() != text.trimmed()) {
            const QSignalBlocker block(recent);
            recent->setCurrentItem(nullptr);
            recent->clearSelection();
        }
    });
}

OutputsLookupDialog::~OutputsLookupDialog() = default;

QLineEdit *OutputsLookupDialog::idField() const
{
    return m_ui->submissionId;
}

QTreeWidget *OutputsLookupDialog::recent() const
{
    return m_ui->recentSubmissions;
}

OutputFilesView *OutputsLookupDialog::outputs() const
{
    return m_ui->outputs;
}

void OutputsLookupDialog::fillRecent()
{
    QTreeWidget *recent = m_ui->recentSubmissions;
    const QString current = recent->currentItem()
                                ? recent->currentItem()->data(0, OperationIdRole).toString()
                                : QString();
    const QSignalBlocker block(recent);
    recent->clear();
    const RecentSubmissions *list = RecentSubmissions::of(m_session);
    for (const auto &e : list ? list->entries() : QList<RecentSubmissions::Entry>{}) {
        auto *item = new QTreeWidgetItem(
            recent,
            {e.form, DisplayText::dateTime(e.started),
             e.status.isEmpty() ? tr("Sent") : DisplayText::enumText(e.status), e.operationId});
        item->setData(0, OperationIdRole, e.operationId);
        if (e.operationId == current)
            recent->setCurrentItem(item);
    }
    const bool any = recent->topLevelItemCount() > 0;
    recent->setVisible(any);
    m_ui->recentLabel->setVisible(any);
    m_ui->recentNote->setVisible(!any);
    m_ui->recentNote->setText(tr("Nothing was generated in this session yet: type the id of a "
                                 "submission above."));
}

void OutputsLookupDialog::lookUp(const QString &id)
{
    m_ui->submissionId->setText(id);
    lookUpTyped();
}

void OutputsLookupDialog::lookUpTyped()
{
    const QString text = m_ui->submissionId->text().trimmed();
    QPointer<Session> session = m_session;
    if (text.isEmpty() || !session)
        return;
    OutputFilesView *view = m_ui->outputs;
    view->clear(tr("Looking up %1…").arg(text));
    // The documented ways, in turn (contract 3.6, 3.7): an operation id leads to its output,
    // a run id to its last operation (operations?runid=), else the id is an output's.
    const auto showOperation = [session, view](const QJsonObject &op) {
        const QUrl location(Json::string(op, "resourceLocation"_L1));
        const QString status = Json::string(op, "status"_L1);
        if (location.isValid() && !location.isEmpty())
            view->show(session, location, {});
        else if (status.compare("failed"_L1, Qt::CaseInsensitive) == 0)
            view->clear(tr("That submission failed, so it has no documents: %1")
                            .arg(Json::string(op, "message"_L1, tr("no reason given"))));
        else
            view->clear(tr("That submission is “%1”; it has no documents (yet).")
                            .arg(DisplayText::enumText(status)));
    };
    session->call(ClientEndpoints::operation(text))
        .then(this, showOperation, [this, session, view, text, showOperation](const ApiError &) {
            if (!session)
                return;
            session->call(ClientEndpoints::operationOfRun(text))
                .then(this, showOperation,
                      [session, view, text](const ApiError &) { view->show(session, {}, text); });
        });
}

} // namespace infiniti
