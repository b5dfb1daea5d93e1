#include "ui/security/UserPropertiesDialog.h"

#include "ui/common/Checklist.h"
#include "ui/lists/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {

QStringList cultureNames()
{
    std::set<QString> names;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const auto &l : locales) {
        const QString name = l.bcp47Name();
        if (name.contains(QLatin1Char('-')))
            names.insert(name);
    }
    return QStringList(names.begin(), names.end());
}

QStringList languageCodes()
{
    std::set<QString> codes;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const auto &l : locales) {
        const QString code = l.bcp47Name().section(QLatin1Char('-'), 0, 0);
        if (code.size() == 2)
            codes.insert(code);
    }
    return QStringList(codes.begin(), codes.end());
}

// Infiniti stores Windows time zone ids ("AUS Eastern Standard Time").
QStringList windowsTimeZones()
{
    std::set<QString> ids;
    const auto iana = QTimeZone::availableTimeZoneIds();
    for (const auto &id : iana) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
        if (!windows.isEmpty())
            ids.insert(QString::fromLatin1(windows));
    }
    return QStringList(ids.begin(), ids.end());
}

QComboBox *editableCombo(const QStringList &items)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(items);
    return combo;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text); // a value we do not list is kept as it is
}

} // namespace

UserPropertiesDialog::UserPropertiesDialog(const User &user, bool isNew, QWidget *parent)
    : EntityDialog(isNew, u"username"_s, parent)
    , m_original(user)
    , m_tabs(new QTabWidget(this))
{
    FieldErrors *fields = errors();
    setObjectName(u"userDialog"_s);
    resize(720, 560);
    auto line = [this](const QString &name) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        connect(e, &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
        return e;
    };
    auto flag = [this](const QString &name, const QString &text) {
        auto *b = new QCheckBox(text);
        b->setObjectName(name);
        connect(b, &QCheckBox::clicked, this, &UserPropertiesDialog::markModified);
        return b;
    };

    // General
    m_username = line(u"username"_s);
    m_prefix = line(u"prefix"_s);
    m_firstName = line(u"firstName"_s);
    m_lastName = line(u"lastName"_s);
    m_jobTitle = line(u"jobTitle"_s);
    m_organization = line(u"organization"_s);
    m_id = line(u"id"_s);
    m_id->setReadOnly(true);
    auto *general = new QWidget;
    auto *g = new QFormLayout(general);
    g->addRow(tr("&Username:"), fields->wrap(u"username"_s, m_username));
    g->addRow(tr("&Prefix:"), fields->wrap(u"prefix"_s, m_prefix));
    g->addRow(tr("&First name:"), fields->wrap(u"firstName"_s, m_firstName));
    g->addRow(tr("&Last name:"), fields->wrap(u"lastName"_s, m_lastName));
    g->addRow(tr("&Job title:"), fields->wrap(u"jobTitle"_s, m_jobTitle));
    g->addRow(tr("&Organisation:"), fields->wrap(u"organization"_s, m_organization));
    g->addRow(tr("Id:"), m_id);
    m_tabs->addTab(general, tr("General"));

    // Contact
    m_email = line(u"email"_s);
    m_phone = line(u"phone"_s);
    m_fax = line(u"fax"_s);
    auto *contact = new QWidget;
    auto *c = new QFormLayout(contact);
    c->addRow(tr("&Email:"), fields->wrap(u"email"_s, m_email));
    c->addRow(tr("P&hone:"), fields->wrap(u"phone"_s, m_phone));
    c->addRow(tr("Fa&x:"), fields->wrap(u"fax"_s, m_fax));
    m_tabs->addTab(contact, tr("Contact"));

    // Addresses
    const QStringList addressLabels = {tr("Line 1:"), tr("Line 2:"), tr("City:"), tr("State:"), tr("Postcode:"), tr("Country:")};
    const QStringList addressKeys = {u"line1"_s, u"line2"_s, u"city"_s,
                                     u"state"_s, u"zipcode"_s, u"country"_s};
    auto *addresses = new QWidget;
    auto *a = new QHBoxLayout(addresses);
    for (int which = 0; which < 2; ++which) {
        auto *box = new QWidget;
        auto *form = new QFormLayout(box);
        form->addRow(new QLabel(which == 0 ? tr("<b>Street address</b>") : tr("<b>Postal address</b>")));
        for (int i = 0; i < 6; ++i) {
            QLineEdit *e = line((which == 0 ? u"street."_s : u"postal."_s) + addressKeys[i]);
            (which == 0 ? m_street : m_postal)[i] = e;
            form->addRow(addressLabels[i], e);
        }
        if (which == 1) {
            auto *copy = new QPushButton(tr("Same as street address"));
            connect(copy, &QPushButton::clicked, this, [this] {
                for (int i = 0; i < 6; ++i)
                    m_postal[i]->setText(m_street[i]->text());
                markModified();
            });
            form->addRow(copy);
        }
        a->addWidget(box);
    }
    m_tabs->addTab(addresses, tr("Addresses"));

    // Account
    m_disabled = flag(u"disabled"_s, tr("Account &disabled"));
    m_lockedOut = flag(u"lockedOut"_s, tr("Locked out"));
    m_lockedOut->setEnabled(false); // cleared with Unlock, never set by hand
    m_unlock = new QPushButton(tr("U&nlock"));
    m_unlock->setObjectName(u"unlock"_s);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_lockedOut->setChecked(false);
        m_unlock->setEnabled(false);
        markModified();
    });
    m_changePassword = flag(u"changePasswordAtNextLogin"_s, tr("User must &change password at next login"));
    m_neverExpires = flag(u"passwordNeverExpires"_s, tr("Password never e&xpires"));
    m_twoFactor = flag(u"twoFactorAuth"_s, tr("&Two-factor authentication"));
    m_culture = editableCombo(cultureNames());
    m_culture->setObjectName(u"culture"_s);
    m_language = editableCombo(languageCodes());
    m_language->setObjectName(u"language"_s);
    m_timezone = editableCombo(windowsTimeZones());
    m_timezone->setObjectName(u"timezone"_s);
    for (auto *combo : {m_culture, m_language, m_timezone})
        connect(combo, &QComboBox::currentTextChanged, this, &UserPropertiesDialog::markModified);
    m_password = line(u"password"_s);
    m_passwordAgain = line(u"passwordAgain"_s);
    for (auto *p : {m_password, m_passwordAgain})
        p->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(isNew ? tr("Initial password") : tr("Leave empty to keep the current password"));
    auto *account = new QWidget;
    auto *ac = new QFormLayout(account);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lockedOut);
    lockRow->addWidget(m_unlock);
    lockRow->addStretch();
    ac->addRow(m_disabled);
    ac->addRow(lockRow);
    ac->addRow(m_changePassword);
    ac->addRow(m_neverExpires);
    ac->addRow(m_twoFactor);
    ac->addRow(tr("C&ulture:"), fields->wrap(u"culture"_s, m_culture));
    ac->addRow(tr("L&anguage:"), fields->wrap(u"language"_s, m_language));
    ac->addRow(tr("T&ime zone:"), fields->wrap(u"timezone"_s, m_timezone));
    ac->addRow(tr("New pass&word:"), fields->wrap(u"password"_s, m_password));
    ac->addRow(tr("Confirm password:"), fields->wrap(u"passwordAgain"_s, m_passwordAgain));
    m_tabs->addTab(account, tr("Account"));

    // Membership
    m_groups = new QListWidget;
    m_groups->setObjectName(u"groups"_s);
    m_roles = new QListWidget;
    m_roles->setObjectName(u"roles"_s);
    for (auto *list : {m_groups, m_roles})
        connect(list, &QListWidget::itemChanged, this, &UserPropertiesDialog::markModified);
    auto *membership = new QWidget;
    auto *m = new QHBoxLayout(membership);
    auto *gBox = new QVBoxLayout;
    gBox->addWidget(new QLabel(tr("Member of these &groups:")));
    gBox->addWidget(fields->wrap(u"groups"_s, m_groups));
    auto *rBox = new QVBoxLayout;
    rBox->addWidget(new QLabel(tr("Roles given &directly:")));
    rBox->addWidget(fields->wrap(u"roles"_s, m_roles));
    m->addLayout(gBox);
    m->addLayout(rBox);
    m_tabs->addTab(membership, tr("Membership"));

    // Custom fields
    m_customFields = new QTableWidget(0, 2);
    m_customFields->setObjectName(u"customFields"_s);
    m_customFields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_customFields->horizontalHeader()->setStretchLastSection(true);
    m_customFields->verticalHeader()->hide();
    connect(m_customFields, &QTableWidget::itemChanged, this, &UserPropertiesDialog::markModified);
    auto *addField = new QPushButton(tr("&Add field"));
    auto *removeField = new QPushButton(tr("&Remove field"));
    connect(addField, &QPushButton::clicked, this, [this] {
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setItem(row, 0, new QTableWidgetItem);
        m_customFields->setItem(row, 1, new QTableWidgetItem);
        m_customFields->editItem(m_customFields->item(row, 0));
        markModified();
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_customFields->currentRow() >= 0) {
            m_customFields->removeRow(m_customFields->currentRow());
            markModified();
        }
    });
    auto *custom = new QWidget;
    auto *cf = new QVBoxLayout(custom);
    cf->addWidget(fields->wrap(u"customFields"_s, m_customFields));
    auto *cfButtons = new QHBoxLayout;
    cfButtons->addWidget(addField);
    cfButtons->addWidget(removeField);
    cfButtons->addStretch();
    cf->addLayout(cfButtons);
    m_tabs->addTab(custom, tr("Custom fields"));

    // Raw JSON
    m_raw = new QPlainTextEdit;
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_raw, tr("Raw JSON"));

    setContent(m_tabs);
    fill(user);
    m_shown = this->user();
    clearModified();
}

void UserPropertiesDialog::fill(const User &u)
{
    setWindowTitle(isNew() ? tr("New user") : tr("Properties of %1").arg(u.username));
    const QSignalBlocker block(this);
    m_username->setText(u.username);
    m_prefix->setText(u.prefix);
    m_firstName->setText(u.firstName);
    m_lastName->setText(u.lastName);
    m_jobTitle->setText(u.jobTitle);
    m_organization->setText(u.organization);
    m_id->setText(u.id);
    m_email->setText(u.email);
    m_phone->setText(u.phone);
    m_fax->setText(u.fax);
    const Address *addresses[2] = {&u.streetAddress, &u.postalAddress};
    for (int which = 0; which < 2; ++which) {
        const Address &ad = *addresses[which];
        const QString values[6] = {ad.line1, ad.line2, ad.city, ad.state, ad.zipcode, ad.country};
        for (int i = 0; i < 6; ++i)
            (which == 0 ? m_street : m_postal)[i]->setText(values[i]);
    }
    m_disabled->setChecked(u.disabled);
    m_lockedOut->setChecked(u.lockedOut);
    m_unlock->setEnabled(u.lockedOut);
    m_changePassword->setChecked(u.changePasswordAtNextLogin);
    m_neverExpires->setChecked(u.passwordNeverExpires);
    m_twoFactor->setChecked(u.twoFactorAuth);
    setComboText(m_culture, u.culture);
    setComboText(m_language, u.language);
    setComboText(m_timezone, u.timezone);
    Checklist::fill(m_groups, m_availableGroups, u.groups);
    Checklist::fill(m_roles, m_availableRoles, u.roles);
    m_customFields->setRowCount(0);
    for (auto it = u.customFields.begin(); it != u.customFields.end(); ++it) {
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_customFields->setItem(row, 1, new QTableWidgetItem(it.value().isString() ? it.value().toString()
                                                                                   : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
    }
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(u.raw).toJson(QJsonDocument::Indented)));
}

void UserPropertiesDialog::setUser(const User &user)
{
    if (isModified())
        return; // never overwrite what the user typed
    m_original = user;
    fill(user);
    m_shown = this->user();
    clearModified();
}

void UserPropertiesDialog::setAvailableGroups(const QStringList &names)
{
    m_availableGroups = names;
    Checklist::fill(m_groups, names, Checklist::checked(m_groups));
}

void UserPropertiesDialog::setAvailableRoles(const QStringList &names)
{
    m_availableRoles = names;
    Checklist::fill(m_roles, names, Checklist::checked(m_roles));
}

User UserPropertiesDialog::user() const
{
    User u = m_original;
    u.username = m_username->text().trimmed();
    u.prefix = m_prefix->text();
    u.firstName = m_firstName->text();
    u.lastName = m_lastName->text();
    u.jobTitle = m_jobTitle->text();
    u.organization = m_organization->text();
    u.email = m_email->text().trimmed();
    u.phone = m_phone->text();
    u.fax = m_fax->text();
    Address *addresses[2] = {&u.streetAddress, &u.postalAddress};
    for (int which = 0; which < 2; ++which) {
        QString *values[6] = {&addresses[which]->line1, &addresses[which]->line2, &addresses[which]->city,
                              &addresses[which]->state, &addresses[which]->zipcode, &addresses[which]->country};
        for (int i = 0; i < 6; ++i)
            *values[i] = (which == 0 ? m_street : m_postal)[i]->text();
    }
    u.disabled = m_disabled->isChecked();
    u.lockedOut = m_lockedOut->isChecked();
    u.changePasswordAtNextLogin = m_changePassword->isChecked();
    u.passwordNeverExpires = m_neverExpires->isChecked();
    u.twoFactorAuth = m_twoFactor->isChecked();
    u.culture = m_culture->currentText().trimmed();
    u.language = m_language->currentText().trimmed();
    u.timezone = m_timezone->currentText().trimmed();
    u.groups = Checklist::checked(m_groups);
    u.roles = Checklist::checked(m_roles);
    QJsonObject custom;
    for (int row = 0; row < m_customFields->rowCount(); ++row) {
        const QString key = m_customFields->item(row, 0) ? m_customFields->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            custom.insert(key, m_customFields->item(row, 1) ? m_customFields->item(row, 1)->text() : QString());
    }
    u.customFields = custom;
    return u;
}

QString UserPropertiesDialog::password() const
{
    return m_password->text();
}

bool UserPropertiesDialog::validate()
{
    FieldErrors *fields = errors();
    if (m_username->text().trimmed().isEmpty())
        fields->set(u"username"_s, tr("A username is required."));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString mail = m_email->text().trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        fields->set(u"email"_s, tr("This is not an email address."));
    if (m_password->text() != m_passwordAgain->text())
        fields->set(u"passwordAgain"_s, tr("The two passwords differ."));
    QStringList keys;
    for (int row = 0; row < m_customFields->rowCount(); ++row) {
        const QString key = m_customFields->item(row, 0) ? m_customFields->item(row, 0)->text().trimmed() : QString();
        const QString value = m_customFields->item(row, 1) ? m_customFields->item(row, 1)->text() : QString();
        if (key.isEmpty() && !value.isEmpty())
            fields->set(u"customFields"_s, tr("Every custom field needs a name."));
        else if (!key.isEmpty() && keys.contains(key))
            fields->set(u"customFields"_s, tr("The field “%1” appears twice.").arg(key));
        keys << key;
    }
    return fields->isEmpty();
}

} // namespace infiniti
