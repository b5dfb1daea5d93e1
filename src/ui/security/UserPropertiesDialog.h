#pragma once

#include <QHash>
#include <QJsonArray>

#include "ui/lists/EntityDialog.h"
#include "api/dto/User.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace infiniti {

// The property sheet of a user: every field of contract 5.1, editable, for a new user or an
// existing one. It checks what it can before anything is sent, shows the server's field
// errors next to the fields, and keeps everything typed when saving fails.
class UserPropertiesDialog : public EntityDialog
{
    Q_OBJECT
public:
    UserPropertiesDialog(const User &user, bool isNew, QWidget *parent = nullptr);

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
    QTabWidget *m_tabs;
    QLineEdit *m_username, *m_prefix, *m_firstName, *m_lastName, *m_jobTitle, *m_organization;
    QLabel *m_id;
    QLabel *m_groupsNote, *m_rolesNote;
    QLineEdit *m_email, *m_phone, *m_fax;
    QLineEdit *m_street[6], *m_postal[6];
    QCheckBox *m_disabled, *m_lockedOut, *m_changePassword, *m_neverExpires, *m_twoFactor;
    QPushButton *m_unlock;
    QComboBox *m_culture, *m_language, *m_timezone;
    QLineEdit *m_password, *m_passwordAgain;
    QListWidget *m_groups, *m_roles;
    QTableWidget *m_customFields;
    QWidget *m_customGrid;        // names and values as stored (when the definitions are unknown)
    QWidget *m_customForm;        // one field per definition
    QLabel *m_customNote;
    QJsonArray m_definitions;
    bool m_definitionsKnown = false;
    QString m_customError;
    QHash<QString, QLineEdit *> m_customEditors; // definition name → editor
    QPlainTextEdit *m_raw;
};

} // namespace infiniti
