#include "ui/security/UserPropertiesDialog.h"

#include "common/Translations.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "ui/common/CellTable.h"
#include "ui/common/Checklist.h"
#include "ui/common/Mnemonics.h"
#include "ui/lists/FieldErrors.h"
#include "ui/shell/Theme.h"

#include "ui_UserPropertiesDialog.h"

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
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {

// A language's name in the words the console speaks. Qt 6.4 knows the names in English
// (languageToString, territoryToString) and in each locale's own language (nativeLanguageName,
// nativeTerritoryName), in no other: English when the console speaks English, otherwise each
// in its own words — German ones in German ("Deutsch (Österreich)"), the others as their
// speakers write them ("français (Canada)"), never English words in a German sheet.
QString languageName(const QLocale &locale)
{
    if (Translations::language() == "en"_L1 || locale.language() == QLocale::English)
        return QLocale::languageToString(locale.language());
    // The language's own name, not its variant's ("Deutsch", not "Österreichisches Deutsch").
    const QString native = QLocale(locale.language()).nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

QString territoryName(const QLocale &locale)
{
    const QString native = locale.nativeTerritoryName();
    return Translations::language() == "en"_L1 || native.isEmpty()
               ? QLocale::territoryToString(locale.territory())
               : native;
}

void addLocaleChoices(QComboBox *combo, bool cultures)
{
    combo->addItem(QString(), QString());
    for (const auto &[code, label] : UserPropertiesDialog::localeChoices(cultures))
        combo->addItem(label, code);
}

// The code a culture or language box holds: the chosen item's, else what was typed (a code we
// do not list, kept as it is).
QString localeCode(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text, Qt::MatchExactly);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

// Shows the item of `code` (exactly as the server sent it), else the code itself.
void setLocaleCode(QComboBox *combo, const QString &code)
{
    const int index = code.isEmpty() ? 0 : combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(code);
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

void setComboText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text); // a value we do not list is kept as it is
}

} // namespace

// Cultures ("en-AU") and languages ("en") by name, each with its code as the item's data: the
// server sends and gets the code. Named by languageName(), sorted by name.
QList<std::pair<QString, QString>> UserPropertiesDialog::localeChoices(bool cultures)
{
    std::map<QString, QString> byCode;
    const auto locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const auto &l : locales) {
        if (l.language() == QLocale::C) // also "en", but no language's name
            continue;
        const QString name = l.bcp47Name();
        const QString code = cultures ? name : name.section(QLatin1Char('-'), 0, 0);
        if ((cultures ? !name.contains(QLatin1Char('-')) : code.size() != 2) || byCode.count(code))
            continue;
        QString label = languageName(l);
        if (cultures)
            label = tr("%1 (%2)", "language (country)").arg(label, territoryName(l));
        byCode.emplace(code, tr("%1 — %2", "language name — its code").arg(label, code));
    }
    QList<std::pair<QString, QString>> choices(byCode.begin(), byCode.end());
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return choices;
}

UserPropertiesDialog::UserPropertiesDialog(const User &user, bool isNew, QWidget *parent)
    : EntityDialog(isNew, u"username"_s, parent)
    , m_original(user)
    , m_ui(std::make_unique<Ui::UserPropertiesDialog>())
{
    setObjectName(u"userDialog"_s);
    resize(720, 560);
    auto *content = new QWidget(this);
    m_ui->setupUi(content);

    // "street.line1" is no C++ name: the form calls it street_line1, the tests and the field
    // errors know it by its JSON path.
    const QStringList addressKeys = {u"line1"_s, u"line2"_s,   u"city"_s,
                                     u"state"_s, u"zipcode"_s, u"country"_s};
    QLineEdit *const street[6] = {m_ui->street_line1, m_ui->street_line2,   m_ui->street_city,
                                  m_ui->street_state, m_ui->street_zipcode, m_ui->street_country};
    QLineEdit *const postal[6] = {m_ui->postal_line1, m_ui->postal_line2,   m_ui->postal_city,
                                  m_ui->postal_state, m_ui->postal_zipcode, m_ui->postal_country};
    for (int i = 0; i < 6; ++i) {
        m_street[i] = street[i];
        m_postal[i] = postal[i];
        m_street[i]->setObjectName(u"street."_s + addressKeys[i]);
        m_postal[i]->setObjectName(u"postal."_s + addressKeys[i]);
    }

    // Error labels under the fields, in the order the cursor meets them.
    FieldErrors *fields = errors();
    for (const auto &key : {u"username"_s, u"prefix"_s, u"firstName"_s, u"lastName"_s,
                            u"jobTitle"_s, u"organization"_s, u"email"_s, u"phone"_s, u"fax"_s,
                            u"culture"_s, u"language"_s, u"timezone"_s, u"password"_s,
                            u"passwordAgain"_s, u"groups"_s, u"roles"_s, u"customFields"_s})
        fields->attach(content, key);

    for (QLineEdit *e : {m_ui->username, m_ui->prefix, m_ui->firstName, m_ui->lastName,
                         m_ui->jobTitle, m_ui->organization, m_ui->email, m_ui->phone, m_ui->fax,
                         m_ui->password, m_ui->passwordAgain})
        connect(e, &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
    for (int i = 0; i < 6; ++i) {
        connect(m_street[i], &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
        connect(m_postal[i], &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
    }
    for (QCheckBox *b : {m_ui->disabled, m_ui->lockedOut, m_ui->changePasswordAtNextLogin,
                         m_ui->passwordNeverExpires, m_ui->twoFactorAuth})
        connect(b, &QCheckBox::clicked, this, &UserPropertiesDialog::markModified);

    connect(m_ui->sameAsStreet, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < 6; ++i)
            m_postal[i]->setText(m_street[i]->text());
        markModified();
    });
    // Locked out is cleared with Unlock, never set by hand.
    connect(m_ui->unlock, &QPushButton::clicked, this, [this] {
        m_ui->lockedOut->setChecked(false);
        m_ui->unlock->setEnabled(false);
        markModified();
    });
    addLocaleChoices(m_ui->culture, true);
    addLocaleChoices(m_ui->language, false);
    m_ui->timezone->addItem(QString());
    m_ui->timezone->addItems(windowsTimeZones());
    for (auto *combo : {m_ui->culture, m_ui->language, m_ui->timezone})
        connect(combo, &QComboBox::currentTextChanged, this, &UserPropertiesDialog::markModified);
    m_ui->password->setPlaceholderText(isNew ? tr("Initial password")
                                             : tr("Leave empty to keep the current password"));
    for (auto *list : {m_ui->groups, m_ui->roles})
        connect(list, &QListWidget::itemChanged, this, &UserPropertiesDialog::markModified);

    // Custom fields: those defined on the server, each with its value; the stored names and
    // values as a grid only while (or when) the definitions cannot be read.
    connect(m_ui->customFields, &QTableWidget::itemChanged, this,
            &UserPropertiesDialog::markModified);
    connect(m_ui->addField, &QPushButton::clicked, this, [this] {
        QTableWidget *table = m_ui->customFields;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->editItem(table->item(row, 0));
        markModified();
    });
    connect(m_ui->removeField, &QPushButton::clicked, this, [this] {
        if (m_ui->customFields->currentRow() >= 0) {
            m_ui->customFields->removeRow(m_ui->customFields->currentRow());
            markModified();
        }
    });

    m_ui->rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    setContent(content);
    fill(user);
    m_shown = this->user();
    clearModified();
}

UserPropertiesDialog::~UserPropertiesDialog() = default;

void UserPropertiesDialog::fill(const User &u)
{
    setWindowTitle(isNew() ? tr("New user") : tr("Properties of %1").arg(u.username));
    const QSignalBlocker block(this);
    m_ui->username->setText(u.username);
    m_ui->prefix->setText(u.prefix);
    m_ui->firstName->setText(u.firstName);
    m_ui->lastName->setText(u.lastName);
    m_ui->jobTitle->setText(u.jobTitle);
    m_ui->organization->setText(u.organization);
    m_ui->id->setText(u.id);
    // A new user has no id until the server gives it one.
    m_ui->idLabel->setVisible(!isNew());
    m_ui->id->setVisible(!isNew());
    m_ui->email->setText(u.email);
    m_ui->phone->setText(u.phone);
    m_ui->fax->setText(u.fax);
    const Address *addresses[2] = {&u.streetAddress, &u.postalAddress};
    for (int which = 0; which < 2; ++which) {
        const Address &ad = *addresses[which];
        const QString values[6] = {ad.line1, ad.line2, ad.city, ad.state, ad.zipcode, ad.country};
        for (int i = 0; i < 6; ++i)
            (which == 0 ? m_street : m_postal)[i]->setText(values[i]);
    }
    m_ui->disabled->setChecked(u.disabled);
    m_ui->lockedOut->setChecked(u.lockedOut);
    m_ui->unlock->setEnabled(u.lockedOut);
    m_ui->changePasswordAtNextLogin->setChecked(u.changePasswordAtNextLogin);
    m_ui->passwordNeverExpires->setChecked(u.passwordNeverExpires);
    m_ui->twoFactorAuth->setChecked(u.twoFactorAuth);
    setLocaleCode(m_ui->culture, u.culture);
    setLocaleCode(m_ui->language, u.language);
    setComboText(m_ui->timezone, u.timezone);
    Checklist::fill(m_ui->groups, m_availableGroups, u.groups);
    Checklist::fill(m_ui->roles, m_availableRoles, u.roles);
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        const QJsonValue v = u.customFields.value(it.key());
        it.value()->setText(v.isString()   ? v.toString()
                            : v.isDouble() ? QString::number(v.toDouble())
                                           : QString());
    }
    m_ui->customFields->setRowCount(0);
    for (auto it = u.customFields.begin(); it != u.customFields.end(); ++it) {
        const int row = m_ui->customFields->rowCount();
        m_ui->customFields->insertRow(row);
        m_ui->customFields->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_ui->customFields->setItem(
            row, 1,
            new QTableWidgetItem(
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1)));
    }
    m_ui->rawJson->setPlainText(
        QString::fromUtf8(QJsonDocument(u.raw).toJson(QJsonDocument::Indented)));
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
    Checklist::fill(m_ui->groups, names, Checklist::checked(m_ui->groups));
}

void UserPropertiesDialog::setAvailableRoles(const QStringList &names)
{
    m_availableRoles = names;
    Checklist::fill(m_ui->roles, names, Checklist::checked(m_ui->roles));
}

void UserPropertiesDialog::setChoicesUnavailable(bool groups, const QString &why)
{
    QLabel *note = groups ? m_ui->groupsNote : m_ui->rolesNote;
    note->setText(groups ? tr("The groups that exist could not be read, so only this user's own "
                              "groups are listed. %1")
                               .arg(why)
                         : tr("The roles that exist could not be read, so only this user's own "
                              "roles are listed. %1")
                               .arg(why));
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
        it.value()->setText(v.isString()   ? v.toString()
                            : v.isDouble() ? QString::number(v.toDouble())
                                           : QString());
    }
    if (!modified) {
        // Shown as fields now: what the sheet shows, so no change (nor a Save) comes of it.
        m_shown = user();
        clearModified();
    }
}

void UserPropertiesDialog::buildCustomFields()
{
    qDeleteAll(m_ui->customFieldsForm->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete m_ui->customFieldsForm->layout();
    m_customEditors.clear();
    if (customFieldsAsGrid()) {
        m_ui->customFieldsForm->hide();
        m_ui->customFieldsGrid->show();
        if (!m_customError.isEmpty())
            m_ui->customFieldsNote->setText(tr("The custom fields defined on the server could not "
                                               "be read, so the user's values are "
                                               "shown as they are stored. %1")
                                                .arg(m_customError));
        return;
    }
    // Fields for user profiles (contract 4.13 `location`); those for form responses are not a
    // user's.
    auto *form = new QFormLayout(m_ui->customFieldsForm);
    form->setContentsMargins(0, 0, 0, 0); // in line with the note above, as the other tabs
    // Each label its own letter (Alt+letter), none the tab's note or the sheet's buttons have.
    QString letters = Mnemonics::usedIn(m_ui->customTab);
    for (const QDialogButtonBox *buttons : findChildren<QDialogButtonBox *>())
        letters += Mnemonics::usedIn(buttons);
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
            edit->setPlaceholderText(
                tr("a date, e.g. %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        else if (type.compare("Number"_L1, Qt::CaseInsensitive) == 0)
            edit->setPlaceholderText(tr("a number"));
        else if (type.compare("Email"_L1, Qt::CaseInsensitive) == 0)
            edit->setPlaceholderText(tr("an email address"));
        connect(edit, &QLineEdit::textEdited, this, &UserPropertiesDialog::markModified);
        m_customEditors.insert(name, edit);
        auto *label = new QLabel(Mnemonics::add(name, &letters) + QLatin1Char(':'));
        label->setBuddy(edit);
        form->addRow(label, errors()->wrap(u"custom."_s + name, edit));
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
    m_ui->customFieldsNote->setText(
        defined.isEmpty() ? tr("No custom fields are defined for user profiles on this server.")
                          : tr("The custom fields defined on the server for user profiles."));
    m_ui->customFieldsGrid->hide();
    m_ui->customFieldsForm->show();
}

User UserPropertiesDialog::user() const
{
    User u = m_original;
    u.username = m_ui->username->text().trimmed();
    u.prefix = m_ui->prefix->text();
    u.firstName = m_ui->firstName->text();
    u.lastName = m_ui->lastName->text();
    u.jobTitle = m_ui->jobTitle->text();
    u.organization = m_ui->organization->text();
    u.email = m_ui->email->text().trimmed();
    u.phone = m_ui->phone->text();
    u.fax = m_ui->fax->text();
    Address *addresses[2] = {&u.streetAddress, &u.postalAddress};
    for (int which = 0; which < 2; ++which) {
        QString *values[6] = {&addresses[which]->line1,   &addresses[which]->line2,
                              &addresses[which]->city,    &addresses[which]->state,
                              &addresses[which]->zipcode, &addresses[which]->country};
        for (int i = 0; i < 6; ++i)
            *values[i] = (which == 0 ? m_street : m_postal)[i]->text();
    }
    u.disabled = m_ui->disabled->isChecked();
    u.lockedOut = m_ui->lockedOut->isChecked();
    u.changePasswordAtNextLogin = m_ui->changePasswordAtNextLogin->isChecked();
    u.passwordNeverExpires = m_ui->passwordNeverExpires->isChecked();
    u.twoFactorAuth = m_ui->twoFactorAuth->isChecked();
    u.culture = localeCode(m_ui->culture);
    u.language = localeCode(m_ui->language);
    u.timezone = m_ui->timezone->currentText().trimmed();
    u.groups = Checklist::checked(m_ui->groups);
    u.roles = Checklist::checked(m_ui->roles);
    if (customFieldsAsGrid()) {
        QJsonObject custom;
        for (int row = 0; row < m_ui->customFields->rowCount(); ++row) {
            const QString key = m_ui->customFields->item(row, 0)
                                    ? m_ui->customFields->item(row, 0)->text().trimmed()
                                    : QString();
            if (!key.isEmpty())
                custom.insert(key, m_ui->customFields->item(row, 1)
                                       ? m_ui->customFields->item(row, 1)->text()
                                       : QString());
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

bool UserPropertiesDialog::hasChanges() const
{
    return user().toJson() != m_shown.toJson() || !m_ui->password->text().isEmpty() ||
           !m_ui->passwordAgain->text().isEmpty();
}

QString UserPropertiesDialog::password() const
{
    return m_ui->password->text();
}

bool UserPropertiesDialog::validate()
{
    FieldErrors *fields = errors();
    if (m_ui->username->text().trimmed().isEmpty())
        fields->set(u"username"_s, FieldErrors::required(tr("Username")));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString mail = m_ui->email->text().trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        fields->set(u"email"_s, tr("This is not an email address."));
    if (m_ui->password->text() != m_ui->passwordAgain->text())
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
        else if (type.compare("Date"_L1, Qt::CaseInsensitive) == 0 &&
                 !QDate::fromString(text, Qt::ISODate).isValid() &&
                 !QDateTime::fromString(text, Qt::ISODate).isValid())
            fields->set(
                u"custom."_s + it.key(),
                tr("Not a date: write it as %1.").arg(QDate::currentDate().toString(Qt::ISODate)));
        else if (type.compare("Email"_L1, Qt::CaseInsensitive) == 0 &&
                 !email.match(text).hasMatch())
            fields->set(u"custom."_s + it.key(), tr("This is not an email address."));
    }
    QStringList keys;
    for (int row = 0; customFieldsAsGrid() && row < m_ui->customFields->rowCount(); ++row) {
        const QString key = m_ui->customFields->item(row, 0)
                                ? m_ui->customFields->item(row, 0)->text().trimmed()
                                : QString();
        const QString value =
            m_ui->customFields->item(row, 1) ? m_ui->customFields->item(row, 1)->text() : QString();
        if (key.isEmpty() && !value.isEmpty())
            fields->set(u"customFields"_s, tr("Every custom field needs a name."));
        else if (!key.isEmpty() && keys.contains(key))
            fields->set(u"customFields"_s, tr("The field “%1” appears twice.").arg(key));
        keys << key;
    }
    return fields->isEmpty();
}

} // namespace infiniti
