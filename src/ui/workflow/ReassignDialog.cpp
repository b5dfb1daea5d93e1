#include "ui/workflow/ReassignDialog.h"

#include "api/Call.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "formats/Json.h"
#include "ui/common/Transfers.h"

#include "ui_ReassignDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

ReassignDialog::ReassignDialog(Session *session, const QString &title, bool offerNotification,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReassignDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->notify->setVisible(offerNotification);
    // The directory: every group, then every user (all pages; a name typed that the lists do
    // not have is sent as assignToName).
    for (const auto &[request, envelope, kind] :
         {std::tuple{GroupsEndpoints::list(0, 500), "groups"_L1, tr("group")},
          std::tuple{UsersEndpoints::list(0, 500, {}), "users"_L1, tr("user")}}) {
        const QString what = kind;
        const bool users = envelope == "users"_L1;
        if (!session)
            break;
        session->readAll(request, envelope)
            .then(
                this,
                [this, what, users](const QJsonArray &items) {
                    const QString typed = m_ui->assignee->currentText();
                    for (const auto &v : items) {
                        const QJsonObject o = v.toObject();
                        const QString name = Json::string(o, users ? "username"_L1 : "name"_L1);
                        m_ui->assignee->addItem(u"%1 (%2)"_s.arg(name, what),
                                                QStringList{Json::idOf(o), name});
                    }
                    m_ui->assignee->setEditText(typed);
                },
                [this, what](const ApiError &error) {
                    m_ui->assignee->setToolTip(
                        m_ui->assignee->toolTip() +
                        tr("The %1 list could not be loaded: %2").arg(what, error.message()) +
                        u"\n"_s);
                });
    }
    QDialogButtonBox *buttons = m_ui->buttons;
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Reassign"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!assigneeId().isEmpty() || !assigneeName().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Reassign can act only on someone: it is enabled once a name is chosen or typed.
    const auto updateOk = [this, ok] {
        ok->setEnabled(!assigneeId().isEmpty() || !assigneeName().isEmpty());
    };
    connect(m_ui->assignee, &QComboBox::currentTextChanged, ok, updateOk);
    connect(m_ui->assignee, &QComboBox::editTextChanged, ok, updateOk);
    m_ui->assignee->setEditText(
        {}); // editable: a name the lists do not have is sent as assignToName
    updateOk();
}

ReassignDialog::~ReassignDialog() = default;

QComboBox *ReassignDialog::assignee() const
{
    return m_ui->assignee;
}

QLineEdit *ReassignDialog::commentEdit() const
{
    return m_ui->comment;
}

QString ReassignDialog::assigneeId() const
{
    const int at = m_ui->assignee->findText(m_ui->assignee->currentText());
    return at >= 0 ? m_ui->assignee->itemData(at).toStringList().value(0) : QString();
}

QString ReassignDialog::assigneeName() const
{
    const int at = m_ui->assignee->findText(m_ui->assignee->currentText());
    return at >= 0 ? m_ui->assignee->itemData(at).toStringList().value(1)
                   : m_ui->assignee->currentText().trimmed();
}

QString ReassignDialog::comment() const
{
    return m_ui->comment->text();
}

bool ReassignDialog::sendNotification() const
{
    return m_ui->notify->isChecked();
}

} // namespace infiniti
