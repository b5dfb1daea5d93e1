#include "ui/workflow/ReassignDialog.h"

#include "formats/Json.h"
#include "api/Call.h"
#include "ui/common/Transfers.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

ReassignDialog::ReassignDialog(Session *session, const QString &title, bool offerNotification, QWidget *parent)
    : QDialog(parent)
    , m_assignee(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Send a &notification"), this))
{
    setObjectName(u"reassignDialog"_s);
    setWindowTitle(title);
    m_assignee->setObjectName(u"assignee"_s);
    m_assignee->setEditable(true); // a name the lists do not have is sent as assignToName
    m_assignee->setMinimumWidth(320);
    m_comment->setObjectName(u"comment"_s);
    m_notify->setChecked(true);
    m_notify->setVisible(offerNotification);
    // The directory: every group, then every user (all pages; a name typed that the lists do
    // not have is sent as assignToName).
    for (const auto &[request, envelope, kind] : {std::tuple{GroupsEndpoints::list(0, 500), "groups"_L1, tr("group")},
                                                  std::tuple{UsersEndpoints::list(0, 500, {}), "users"_L1, tr("user")}}) {
        const QString what = kind;
        const bool users = envelope == "users"_L1;
        if (!session)
            break;
        session->readAll(request, envelope).then(this, [this, what, users](const QJsonArray &items) {
            const QString typed = m_assignee->currentText();
            for (const auto &v : items) {
                const QJsonObject o = v.toObject();
                const QString name = Json::string(o, users ? "username"_L1 : "name"_L1);
                m_assignee->addItem(u"%1 (%2)"_s.arg(name, what), QStringList{Json::idOf(o), name});
            }
            m_assignee->setEditText(typed);
        }, [this, what](const ApiError &error) {
            m_assignee->setToolTip(m_assignee->toolTip() + tr("The %1 list could not be loaded: %2").arg(what, error.message()) + u"\n"_s);
        });
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

} // namespace infiniti
