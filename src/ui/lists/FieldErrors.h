#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QBoxLayout;
class QLabel;
class QWidget;

namespace infiniti {

// Error texts shown right under the fields of a form, for our own checks and for the
// server's 400 `errors{field: [...]}` (matched by JSON key, in any casing).
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Returns a widget holding `field` and its (hidden) error label, to put in the form.
    QWidget *wrap(const QString &key, QWidget *field);
    // For a field a Designer form has laid out (after setupUi): finds the widget named
    // `objectName` (or `key` when empty) under `form` and puts the error label right under it,
    // in the same layout cell (form, grid or box layout). The field is not reparented: tab
    // order and buddies stay as the form set them. Returns the field, or nullptr (and a
    // warning) when the form has no such laid-out widget.
    QWidget *attach(QWidget *form, const QString &key, const QString &objectName = {});
    void set(const QString &key, const QString &message);
    // The one wording of a required field left empty, in every sheet: "Name is required."
    // `field` is its name or its label ("&Name:" reads "Name").
    static QString required(const QString &field);
    // Shows the server's field errors; returns the keys it had no field for.
    QStringList setAll(const QMap<QString, QStringList> &errors);
    void clear();
    bool isEmpty() const;
    QWidget *firstField() const;
    QString text(const QString &key) const;
    QWidget *field(const QString &key) const;

signals:
    // The user edited the last field that showed an error: none is shown any more.
    void allCorrected();

private:
    void place(const QString &key, QWidget *field, QBoxLayout *column);
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QList<QString> m_order;
    QHash<QString, Entry> m_entries; // key lower-cased
};

} // namespace infiniti
