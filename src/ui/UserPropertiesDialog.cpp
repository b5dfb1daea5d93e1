#include "UserPropertiesDialog.h"

#include "FieldErrors.h"

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
    : QDialog(parent)
    , m_isNew(isNew)
    , m_original(user)
    , m_errors(new FieldErrors(this))
    , m_tabs(new QTabWidget(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("userDialog"));
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
    m_username = line(QStringLiteral("username"));
    m_prefix = line(QStringLiteral("prefix"));
    m_firstName = line(QStringLiteral("firstName"));
    m_lastName = line(QStringLiteral("lastName"));
    m_jobTitle = line(QStringLiteral("jobTitle"));
    m_organization = line(QStringLiteral("organization"));
    m_id = line(QStringLiteral("id"));
    m_id->setReadOnly(true);
    auto *general = new QWidget;
    auto *g = new QFormLayout(general);
    g->addRow(tr("&Username:"), m_errors->wrap(QStringLiteral("username"), m_username));
    g->addRow(tr("&Prefix:"), m_errors->wrap(QStringLiteral("prefix"), m_prefix));
    g->addRow(tr("&First name:"), m_errors->wrap(QStringLiteral("firstName"), m_firstName));
    g->addRow(tr("&Last name:"), m_errors->wrap(QStringLiteral("lastName"), m_lastName));
    g->addRow(tr("&Job title:"), m_errors->wrap(QStringLiteral("jobTitle"), m_jobTitle));
    g->addRow(tr("&Organisation:"), m_errors->wrap(QStringLiteral("organization"), m_organization));
    g->addRow(tr("Id:"), m_id);
    m_tabs->addTab(general, tr("General"));

    // Contact
    m_email = line(QStringLiteral("email"));
    m_phone = line(QStringLiteral("phone"));
    m_fax = line(QStringLiteral("fax"));
    auto *contact = new QWidget;
    auto *c = new QFormLayout(contact);
    c->addRow(tr("&Email:"), m_errors->wrap(QStringLiteral("email"), m_email));
    c->addRow(tr("P&hone:"), m_errors->wrap(QStringLiteral("phone"), m_phone));
    c->addRow(tr("Fa&x:"), m_errors->wrap(QStringLiteral("fax"), m_fax));
    m_tabs->addTab(contact, tr("Contact"));

    // Addresses
    const QStringList addressLabels = {tr("Line 1:"), tr("Line 2:"), tr("City:"), tr("State:"), tr("Postcode:"), tr("Country:")};
    const QStringList addressKeys = {QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("city"),
                                     QStringLiteral("state"), QStringLiteral("zipcode"), QStringLiteral("country")};
    auto *addresses = new QWidget;
    auto *a = new QHBoxLayout(addresses);
    for (int which = 0; which < 2; ++which) {
        auto *box = new QWidget;
        auto *form = new QFormLayout(box);
        form->addRow(new QLabel(which == 0 ? tr("<b>Street address</b>") : tr("<b>Postal address</b>")));
        for (int i = 0; i < 6; ++i) {
            QLineEdit *e = line((which == 0 ? QStringLiteral("street.") : QStringLiteral("postal.")) + addressKeys[i]);
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
    m_disabled = flag(QStringLiteral("disabled"), tr("Account &disabled"));
    m_lockedOut = flag(QStringLiteral("lockedOut"), tr("Locked out"));
    m_lockedOut->setEnabled(false); // cleared with Unlock, never set by hand
    m_unlock = new QPushButton(tr("U&nlock"));
    m_unlock->setObjectName(QStringLiteral("unlock"));
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_lockedOut->setChecked(false);
        m_unlock->setEnabled(false);
        markModified();
    });
    m_changePassword = flag(QStringLiteral("changePasswordAtNextLogin"), tr("User must &change password at next login"));
    m_neverExpires = flag(QStringLiteral("passwordNeverExpires"), tr("Password never e&xpires"));
    m_twoFactor = flag(QStringLiteral("twoFactorAuth"), tr("&Two-factor authentication"));
    m_culture = editableCombo(cultureNames());
    m_culture->setObjectName(QStringLiteral("culture"));
    m_language = editableCombo(languageCodes());
    m_language->setObjectName(QStringLiteral("language"));
    m_timezone = editableCombo(windowsTimeZones());
    m_timezone->setObjectName(QStringLiteral("timezone"));
    for (auto *combo : {m_culture, m_language, m_timezone})
        connect(combo, &QComboBox::currentTextChanged, this, &UserPropertiesDialog::markModified);
    m_password = line(QStringLiteral("password"));
    m_passwordAgain = line(QStringLiteral("passwordAgain"));
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
    ac->addRow(tr("C&ulture:"), m_errors->wrap(QStringLiteral("culture"), m_culture));
    ac->addRow(tr("L&anguage:"), m_errors->wrap(QStringLiteral("language"), m_language));
    ac->addRow(tr("T&ime zone:"), m_errors->wrap(QStringLiteral("timezone"), m_timezone));
    ac->addRow(tr("New pass&word:"), m_errors->wrap(QStringLiteral("password"), m_password));
    ac->addRow(tr("Confirm password:"), m_errors->wrap(QStringLiteral("passwordAgain"), m_passwordAgain));
    m_tabs->addTab(account, tr("Account"));

    // Membership
    m_groups = new QListWidget;
    m_groups->setObjectName(QStringLiteral("groups"));
    m_roles = new QListWidget;
    m_roles->setObjectName(QStringLiteral("roles"));
    for (auto *list : {m_groups, m_roles})
        connect(list, &QListWidget::itemChanged, this, &UserPropertiesDialog::markModified);
    auto *membership = new QWidget;
    auto *m = new QHBoxLayout(membership);
    auto *gBox = new QVBoxLayout;
    gBox->addWidget(new QLabel(tr("Member of these &groups:")));
    gBox->addWidget(m_errors->wrap(QStringLiteral("groups"), m_groups));
    auto *rBox = new QVBoxLayout;
    rBox->addWidget(new QLabel(tr("Roles given &directly:")));
    rBox->addWidget(m_errors->wrap(QStringLiteral("roles"), m_roles));
    m->addLayout(gBox);
    m->addLayout(rBox);
    m_tabs->addTab(membership, tr("Membership"));

    // Custom fields
    m_customFields = new QTableWidget(0, 2);
    m_customFields->setObjectName(QStringLiteral("customFields"));
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
    cf->addWidget(m_errors->wrap(QStringLiteral("customFields"), m_customFields));
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

    m_note->setWordWrap(true);
    m_note->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            emit saveRequested();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    fill(user);
    m_modified = false;
}

void UserPropertiesDialog::fill(const User &u)
{
    setWindowTitle(m_isNew ? tr("New user") : tr("Properties of %1").arg(u.username));
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
    fillChecklist(m_groups, checked(m_groups) + u.groups, u.groups);
    fillChecklist(m_roles, checked(m_roles) + u.roles, u.roles);
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
    if (m_modified)
        return; // never overwrite what the user typed
    m_original = user;
    fill(user);
    m_modified = false;
}

void UserPropertiesDialog::fillChecklist(QListWidget *list, const QStringList &available, const QStringList &checkedNames)
{
    const QSignalBlocker block(list);
    QStringList names;
    for (const auto &n : available) {
        if (!names.contains(n, Qt::CaseInsensitive))
            names << n;
    }
    names.sort(Qt::CaseInsensitive);
    list->clear();
    for (const auto &n : names) {
        auto *item = new QListWidgetItem(n, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checkedNames.contains(n, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList UserPropertiesDialog::checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->text();
    }
    return out;
}

void UserPropertiesDialog::setAvailableGroups(const QStringList &names)
{
    fillChecklist(m_groups, names + checked(m_groups), checked(m_groups));
}

void UserPropertiesDialog::setAvailableRoles(const QStringList &names)
{
    fillChecklist(m_roles, names + checked(m_roles), checked(m_roles));
}

void UserPropertiesDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
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
    u.groups = checked(m_groups);
    u.roles = checked(m_roles);
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
    m_errors->clear();
    m_status->clear();
    if (m_username->text().trimmed().isEmpty())
        m_errors->set(QStringLiteral("username"), tr("A username is required."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = m_email->text().trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        m_errors->set(QStringLiteral("email"), tr("This is not an email address."));
    if (m_password->text() != m_passwordAgain->text())
        m_errors->set(QStringLiteral("passwordAgain"), tr("The two passwords differ."));
    QStringList keys;
    for (int row = 0; row < m_customFields->rowCount(); ++row) {
        const QString key = m_customFields->item(row, 0) ? m_customFields->item(row, 0)->text().trimmed() : QString();
        const QString value = m_customFields->item(row, 1) ? m_customFields->item(row, 1)->text() : QString();
        if (key.isEmpty() && !value.isEmpty())
            m_errors->set(QStringLiteral("customFields"), tr("Every custom field needs a name."));
        else if (!key.isEmpty() && keys.contains(key))
            m_errors->set(QStringLiteral("customFields"), tr("The field “%1” appears twice.").arg(key));
        keys << key;
    }
    if (QWidget *field = m_errors->firstField()) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
        }
        field->setFocus();
        m_status->setText(tr("Please correct the fields marked in red."));
        return false;
    }
    return true;
}

void UserPropertiesDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
}

void UserPropertiesDialog::showError(const ApiError &error)
{
    setBusy(false);
    QStringList lines{error.message()};
    if (error.kind() == ApiError::Kind::Conflict) {
        m_errors->set(QStringLiteral("username"), error.serverMessage().isEmpty() ? tr("This username is already taken.")
                                                                                   : error.serverMessage());
    } else {
        lines << m_errors->setAll(error.fieldErrors());
        if (!error.serverMessage().isEmpty() && error.fieldErrors().isEmpty())
            lines << error.serverMessage();
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    if (QWidget *field = m_errors->firstField()) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
        }
        field->setFocus();
    }
}

} // namespace infiniti
