#include "ui/security/UserPropertiesDialog.h"

#include "formats/Json.h"
#include "models/DisplayText.h"
#include "ui/common/CellTable.h"
#include "ui/common/Checklist.h"
#include "ui/shell/Theme.h"
#include "ui/lists/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
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
    // Given by the server, never edited: shown as text (selectable, for copying).
    m_id = new QLabel;
    m_id->setObjectName(u"id"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    auto *groupsLabel = new QLabel(tr("Member of these &groups:"));
    groupsLabel->setBuddy(m_groups);
    auto *rolesLabel = new QLabel(tr("Roles given &directly:"));
    rolesLabel->setBuddy(m_roles);
    m_groups->setAccessibleName(tr("Groups"));
    m_roles->setAccessibleName(tr("Roles"));
    m_groupsNote = new QLabel;
    m_groupsNote->setObjectName(u"groupsNote"_s);
    m_rolesNote = new QLabel;
    m_rolesNote->setObjectName(u"rolesNote"_s);
    for (QLabel *note : {m_groupsNote, m_rolesNote}) {
        note->setWordWrap(true);
        note->hide();
    }
    auto *gBox = new QVBoxLayout;
    gBox->addWidget(groupsLabel);
    gBox->addWidget(fields->wrap(u"groups"_s, m_groups));
    gBox->addWidget(m_groupsNote);
    auto *rBox = new QVBoxLayout;
    rBox->addWidget(rolesLabel);
    rBox->addWidget(fields->wrap(u"roles"_s, m_roles));
    rBox->addWidget(m_rolesNote);
    m->addLayout(gBox);
    m->addLayout(rBox);
    m_tabs->addTab(membership, tr("Membership"));

    // Custom fields: those defined on the server, each with its value; the stored names and
    // values as a grid only while (or when) the definitions cannot be read.
    m_customFields = new CellTable(0, 2);
    m_customFields->setObjectName(u"customFields"_s);
    m_customFields->setAccessibleName(tr("Custom fields"));
    m_customFields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_customFields->horizontalHeader()->setStretchLastSection(true);
    m_customFields->verticalHeader()->hide();
    connect(m_customFields, &QTableWidget::itemChanged, this, &UserPropertiesDialog::markModified);
    auto *addField = new QPushButton(tr("&Add field"));
    addField->setAutoDefault(false);
    auto *removeField = new QPushButton(tr("&Remove field"));
    removeField->setAutoDefault(false);
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
    m_customGrid = new QWidget;
    auto *grid = new QVBoxLayout(m_customGrid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(fields->wrap(u"customFields"_s, m_customFields));
    auto *cfButtons = new QHBoxLayout;
    cfButtons->addWidget(addField);
    cfButtons->addWidget(removeField);
    cfButtons->addStretch();
    grid->addLayout(cfButtons);
    m_customForm = new QWidget;
    m_customForm->setObjectName(u"customFieldsForm"_s);
    m_customForm->hide();
    m_customNote = new QLabel(tr("Reading the custom fields defined on the server…"));
    m_customNote->setObjectName(u"customFieldsNote"_s);
    m_customNote->setWordWrap(true);
    auto *custom = new QWidget;
    auto *cf = new QVBoxLayout(custom);
    cf->addWidget(m_customNote);
    cf->addWidget(m_customForm);
    cf->addWidget(m_customGrid, 1);
    cf->addStretch();
    m_tabs->addTab(custom, tr("Custom fields"));

    // Raw JSON
    m_raw = new QPlainTextEdit;
    m_raw->setObjectName(u"rawJson"_s);
    m_raw->setAccessibleName(tr("Raw JSON"));
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
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        const QJsonValue v = u.customFields.value(it.key());
        it.value()->setText(v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString());
    }
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
    if (m_definitionsKnown)
        buildCustomFields(); // what is not defined any more may differ in the fresher copy
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

void UserPropertiesDialog::setChoicesUnavailable(bool groups, const QString &why)
{
    QLabel *note = groups ? m_groupsNote : m_rolesNote;
    note->setText(groups ? tr("The groups that exist could not be read, so only this user's own groups are listed. %1").arg(why)
                         : tr("The roles that exist could not be read, so only this user's own roles are listed. %1").arg(why));
    QPalette pal = note->palette();
    pal.setColor(QPalette::WindowText, Theme::errorColor());
    note->setPalette(pal);
    note->show();
}

void UserPropertiesDialog::setDefinedCustomFields(const QJsonArray &fields, const QString &why)
{
    const bool modified = isModified();
    const User current = user(); // what is shown now (possibly typed) survives the change
    m_definitions = fields;
    m_definitionsKnown = true;
    m_customError = why;
    buildCustomFields();
    const QSignalBlocker block(this);
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        const QJsonValue v = current.customFields.value(it.key());
        it.value()->setText(v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString());
    }
    if (!modified)
        clearModified();
}

void UserPropertiesDialog::buildCustomFields()
{
    qDeleteAll(m_customForm->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete m_customForm->layout();
    m_customEditors.clear();
    if (customFieldsAsGrid()) {
        m_customForm->hide();
        m_customGrid->show();
        if (!m_customError.isEmpty())
            m_customNote->setText(tr("The custom fields defined on the server could not be read, so the user's values are "
                                     "shown as they are stored. %1").arg(m_customError));
        return;
    }
    // Fields for user profiles (contract 4.13 `location`); those for form responses are not a user's.
    auto *form = new QFormLayout(m_customForm);
    QStringList defined;
    for (const auto &v : std::as_const(m_definitions)) {
        const QJsonObject f = v.toObject();
        const QString location = Json::string(f, "location"_L1);
        if (!location.isEmpty() && location.compare("UserProfile"_L1, Qt::CaseInsensitive) != 0)
            continue;
        const QString name = Json::string(f, "name"_L1);
        if (name.isEmpty())
            continue;
        const QString type = Json::string(f, "validationType"_L1);
        auto *edit = new QLineEdit;
        edit->setObjectName(u"custom."_s + name);
        edit->setProperty("validationType", type);
        if (type.compare("Date"_L1, Qt::CaseInsensitive) == 0)
            edit->setPlaceholderText(tr("a date, e.g. %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        else if (type.compare("Number"_L1, Qt::CaseInsensitive) == 0)
            edit->setPlaceholderText(tr("a number"));
        else if (type.compare("Email"_L1, Qt::CaseInsensitive) == 0)
            edit->setPlaceholderText(tr("an email address"));
        connect(edit, &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
        m_customEditors.insert(name, edit);
        form->addRow(name + QLatin1Char(':'), errors()->wrap(u"custom."_s + name, edit));
        defined << name;
    }
    // Values the user has under names no longer defined are kept (and sent back), and said.
    QStringList others;
    for (auto it = m_original.customFields.begin(); it != m_original.customFields.end(); ++it) {
        if (!defined.contains(it.key()))
            others << u"%1 = %2"_s.arg(it.key(), DisplayText::value(it.value()));
    }
    if (!others.isEmpty()) {
        auto *rest = new QLabel(others.join(QLatin1Char('\n')));
        rest->setObjectName(u"undefinedCustomFields"_s);
        rest->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Not defined any more (kept):"), rest);
    }
    m_customNote->setText(defined.isEmpty() ? tr("No custom fields are defined for user profiles on this server.")
                                            : tr("The custom fields defined on the server for user profiles."));
    m_customGrid->hide();
    m_customForm->show();
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
    if (customFieldsAsGrid()) {
        QJsonObject custom;
        for (int row = 0; row < m_customFields->rowCount(); ++row) {
            const QString key = m_customFields->item(row, 0) ? m_customFields->item(row, 0)->text().trimmed() : QString();
            if (!key.isEmpty())
                custom.insert(key, m_customFields->item(row, 1) ? m_customFields->item(row, 1)->text() : QString());
        }
        u.customFields = custom;
        return u;
    }
    QJsonObject custom = m_original.customFields; // names not defined any more are kept
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        const QString text = it.value()->text();
        if (text.isEmpty() && !custom.contains(it.key()))
            continue; // nothing stored, nothing typed: nothing to send
        custom.insert(it.key(), text);
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
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        const QString type = it.value()->property("validationType").toString();
        if (text.isEmpty())
            continue;
        bool number = false;
        text.toDouble(&number);
        if (type.compare("Number"_L1, Qt::CaseInsensitive) == 0 && !number)
            fields->set(u"custom."_s + it.key(), tr("Not a number."));
        else if (type.compare("Date"_L1, Qt::CaseInsensitive) == 0 && !QDate::fromString(text, Qt::ISODate).isValid()
                 && !QDateTime::fromString(text, Qt::ISODate).isValid())
            fields->set(u"custom."_s + it.key(), tr("Not a date: write it as %1.").arg(QDate::currentDate().toString(Qt::ISODate)));
        else if (type.compare("Email"_L1, Qt::CaseInsensitive) == 0 && !email.match(text).hasMatch())
            fields->set(u"custom."_s + it.key(), tr("This is not an email address."));
    }
    QStringList keys;
    for (int row = 0; customFieldsAsGrid() && row < m_customFields->rowCount(); ++row) {
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
