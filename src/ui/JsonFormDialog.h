#pragma once

#include "EntityDialog.h"

#include <QJsonObject>

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
        enum class Kind { Line, Choice, Secret, ReadOnly, Translations };
        QString key; // top level, or dotted for ReadOnly
        QString label;
        Kind kind = Kind::Line;
        QStringList choices = {};
        bool required = false;
    };
    JsonFormDialog(const QString &title, const QJsonObject &item, const QList<Field> &fields, bool isNew,
                   QWidget *parent = nullptr);
    QJsonObject object() const;

protected:
    bool validate() override;

private:
    QJsonObject m_original;
    QList<Field> m_fields;
    QHash<QString, QWidget *> m_editors;
};

} // namespace infiniti
