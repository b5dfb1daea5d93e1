#pragma once

#include "ui/lists/EntityDialog.h"

#include <QJsonObject>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace infiniti {

// A property sheet built from a list of fields over a JSON object, for the simple settings
// (custom fields, connector settings, communication templates). Keys it does not edit are
// sent back as the server gave them.
class JsonFormDialog : public EntityDialog
{
    Q_OBJECT
public:
    struct Field
    {
        // Secret: masked when it looks secret; Masked: always masked until revealed; Xml: a
        // monospaced editor that blocks saving while malformed; Names: a table of {"name"}
        // objects (with a check-box column for `flag`, e.g. "isFilter").
        // Checks: a string array checked from `choices` (names not among them are kept).
        // IdChoice: a list of (id, label) from setIdChoices(); the id is what is stored.
        // Choice: names to pick from or type anew (categories, folders).
        // Enum: the server's fixed words, shown readable ("UserNamePassword" → "User name and
        // password") and stored as the word; chosen only, never typed.
        // Either shows an empty value as blank (not as the first choice).
        // ReadOnlyEnum: a server's word shown readable ("Form" → "Formular" in German), not
        // edited; object() keeps the word as the server sent it.
        enum class Kind {
            Line,
            Choice,
            Secret,
            Masked,
            ReadOnly,
            Translations,
            Bool,
            Xml,
            Names,
            Checks,
            IdChoice,
            Enum,
            ReadOnlyEnum
        };
        QString key; // top level, or dotted ("credentials.method")
        QString label;
        Kind kind = Kind::Line;
        QStringList choices = {};
        bool required = false;
        QString flag = {}; // Names: the boolean key shown as a check-box column
        QString hint = {}; // a sentence under the field (its label: `key` + "Hint")
    };
    JsonFormDialog(const QString &title, const QJsonObject &item, const QList<Field> &fields,
                   bool isNew, QWidget *parent = nullptr);
    QJsonObject object() const;
    // The object as the sheet first showed it: object() compared with it is what the user
    // changed (JsonEdits::apply lays that on a fresh copy before saving).
    const QJsonObject &shown() const { return m_shown; }
    // What a Checks or Choice field offers, when it arrives after the dialog opened.
    void setChoices(const QString &key, const QStringList &choices);
    void setIdChoices(const QString &key, const QList<std::pair<QString, QString>> &choices);
    bool hasChanges() const override { return object() != m_shown; }

protected:
    bool validate() override;

private:
    // The table with Add and Remove under it; Add calls addRow and edits the new row.
    QWidget *withAddRemove(QTableWidget *table, const QString &addText,
                           const std::function<void()> &addRow);
    static QString choiceValue(const QComboBox *c);
    QJsonObject m_original;
    QJsonObject m_shown;
    QList<Field> m_fields;
    QHash<QString, QWidget *> m_editors;
};

} // namespace infiniti
