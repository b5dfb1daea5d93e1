#include "UserPropertiesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infiniti {

namespace {

QLineEdit *field(const QString &text)
{
    auto *edit = new QLineEdit(text);
    edit->setReadOnly(true);
    edit->setCursorPosition(0);
    return edit;
}

QCheckBox *flag(const QString &label, bool on)
{
    auto *box = new QCheckBox(label);
    box->setChecked(on);
    box->setAttribute(Qt::WA_TransparentForMouseEvents);
    box->setFocusPolicy(Qt::NoFocus);
    return box;
}

QWidget *addressBox(const Address &a)
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->addRow(UserPropertiesDialog::tr("Line 1:"), field(a.line1));
    form->addRow(UserPropertiesDialog::tr("Line 2:"), field(a.line2));
    form->addRow(UserPropertiesDialog::tr("City:"), field(a.city));
    form->addRow(UserPropertiesDialog::tr("State:"), field(a.state));
    form->addRow(UserPropertiesDialog::tr("Postcode:"), field(a.zipcode));
    form->addRow(UserPropertiesDialog::tr("Country:"), field(a.country));
    return w;
}

QListWidget *names(const QStringList &list, const QString &none)
{
    auto *w = new QListWidget;
    if (list.isEmpty()) {
        auto *item = new QListWidgetItem(none, w);
        item->setFlags(Qt::NoItemFlags);
    } else {
        w->addItems(list);
    }
    return w;
}

} // namespace

UserPropertiesDialog::UserPropertiesDialog(const User &user, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_note(new QLabel(this))
{
    resize(700, 520);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setUser(user);
}

void UserPropertiesDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void UserPropertiesDialog::setUser(const User &u)
{
    setWindowTitle(tr("Properties of %1").arg(u.username));
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }

    auto *general = new QWidget;
    auto *g = new QFormLayout(general);
    g->addRow(tr("Username:"), field(u.username));
    g->addRow(tr("Prefix:"), field(u.prefix));
    g->addRow(tr("First name:"), field(u.firstName));
    g->addRow(tr("Last name:"), field(u.lastName));
    g->addRow(tr("Job title:"), field(u.jobTitle));
    g->addRow(tr("Organisation:"), field(u.organization));
    g->addRow(tr("Id:"), field(u.id));
    m_tabs->addTab(general, tr("General"));

    auto *contact = new QWidget;
    auto *c = new QFormLayout(contact);
    c->addRow(tr("Email:"), field(u.email));
    c->addRow(tr("Phone:"), field(u.phone));
    c->addRow(tr("Fax:"), field(u.fax));
    m_tabs->addTab(contact, tr("Contact"));

    auto *addresses = new QTabWidget;
    addresses->addTab(addressBox(u.streetAddress), tr("Street address"));
    addresses->addTab(addressBox(u.postalAddress), tr("Postal address"));
    m_tabs->addTab(addresses, tr("Addresses"));

    auto *account = new QWidget;
    auto *a = new QFormLayout(account);
    a->addRow(flag(tr("Disabled"), u.disabled));
    a->addRow(flag(tr("Locked out"), u.lockedOut));
    a->addRow(flag(tr("Change password at next login"), u.changePasswordAtNextLogin));
    a->addRow(flag(tr("Password never expires"), u.passwordNeverExpires));
    a->addRow(flag(tr("Two-factor authentication"), u.twoFactorAuth));
    a->addRow(tr("Culture:"), field(u.culture));
    a->addRow(tr("Language:"), field(u.language));
    a->addRow(tr("Time zone:"), field(u.timezone));
    m_tabs->addTab(account, tr("Account"));

    auto *membership = new QWidget;
    auto *m = new QFormLayout(membership);
    m->addRow(tr("Groups:"), names(u.groups, tr("(none)")));
    m->addRow(tr("Roles:"), names(u.roles, tr("(none assigned directly)")));
    m_tabs->addTab(membership, tr("Membership"));

    auto *custom = new QTableWidget(int(u.customFields.size()), 2);
    custom->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    custom->horizontalHeader()->setStretchLastSection(true);
    custom->verticalHeader()->hide();
    custom->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (auto it = u.customFields.begin(); it != u.customFields.end(); ++it, ++row) {
        custom->setItem(row, 0, new QTableWidgetItem(it.key()));
        const QJsonValue v = it.value();
        custom->setItem(row, 1, new QTableWidgetItem(v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
    }
    m_tabs->addTab(custom, tr("Custom fields"));

    auto *raw = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(u.raw).toJson(QJsonDocument::Indented)));
    raw->setReadOnly(true);
    raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(raw, tr("Raw JSON"));
    m_tabs->setCurrentIndex(qMax(0, current));
}

} // namespace infiniti
