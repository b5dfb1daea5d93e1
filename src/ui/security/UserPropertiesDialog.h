#pragma once

#include <QHash>
#include <QJsonArray>

#include <memory>

#include "api/dto/User.h"
#include "ui/lists/EntityDialog.h"

class QLineEdit;

namespace Ui {
class UserPropertiesDialog;
}

namespace infiniti {

// The property sheet of a user: every field of contract 5.1, editable, for a new user or an
// existing one. It checks what it can before anything is sent, shows the server's field
// errors next to the fields, and keeps everything typed when saving fails. The sheet's layout
// is the Designer form ui/UserPropertiesDialog.ui; the custom fields defined on the server are
// built here, from their definitions.
class UserPropertiesDialog : public EntityDialog
{
    Q_OBJECT
public:
    UserPropertiesDialog(const User &user, bool isNew, QWidget *parent = nullptr);
    ~UserPropertiesDialog() override;
    // The culture (`cultures`: "en-AU") or language ("en") choices as (code, label), the names
    // in the language the console speaks where Qt knows them (see languageName()).
    static QList<std::pair<QString, QString>> localeChoices(bool cultures);

    // Fresher data from the server; ignored once the user has changed something.
    void setUser(const User &user);
    void setAvailableGroups(const QStringList &names);
    void setAvailableRoles(const QStringList &names);
    // The groups (or roles) that exist could not be read: the list then holds only the
    // user's own, and says so instead of silently offering fewer.
    void setChoicesUnavailable(bool groups, const QString &why);
    // The custom fields defined on the server (GET customFields): the tab shows those for user
    // profiles, each with the user's value. `why` non-empty: they could not be read, and the
    // tab falls back to the user's stored names and values.
    void setDefinedCustomFields(const QJsonArray &fields, const QString &why = {});

    // The user as edited (keys the dialog does not know are kept from the server's object).
    User user() const;
    // The user as the sheet last showed it (before any edit): user() compared with it is what
    // the user changed.
    const User &shown() const { return m_shown; }
    // A password typed is a change too.
    bool hasChanges() const override;
    // The new password, or empty to leave it as it is.
    QString password() const;

protected:
    bool validate() override;

private:
    void fill(const User &user);
    void buildCustomFields();
    bool customFieldsAsGrid() const { return !m_customError.isEmpty() || !m_definitionsKnown; }

    User m_original;
    User m_shown;
    QStringList m_availableGroups, m_availableRoles;
    std::unique_ptr<Ui::UserPropertiesDialog> m_ui;
    QLineEdit *m_street[6], *m_postal[6];
    QJsonArray m_definitions;
    bool m_definitionsKnown = false;
    QString m_customError;
    QHash<QString, QLineEdit *> m_customEditors; // definition name → editor
};

} // namespace infiniti
