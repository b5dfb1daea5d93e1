#include "ui/lists/FieldErrors.h"
#include "ui/shell/Theme.h"

#include "ui/Log.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

QWidget *FieldErrors::wrap(const QString &key, QWidget *field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    place(key, field, layout);
    return box;
}

void FieldErrors::place(const QString &key, QWidget *field, QBoxLayout *column)
{
    // The field, then its error label under it (hidden until there is an error).
    auto *label = new QLabel;
    label->setObjectName(key + u"Error"_s);
    label->setWordWrap(true);
    Theme::showAsError(label);
    label->hide();
    column->addWidget(field);
    column->addWidget(label);
    // Edited, the field's error no longer applies: it goes (the next save checks again).
    const auto hideError = [this, label] {
        const bool wasShown = !label->text().isEmpty();
        label->clear();
        label->hide();
        if (wasShown && isEmpty())
            emit allCorrected();
    };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textEdited, label, hideError);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentTextChanged, label, hideError);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, label, hideError);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        connect(spin, &QAbstractSpinBox::editingFinished, label, hideError);
    else if (auto *button = qobject_cast<QAbstractButton *>(field))
        connect(button, &QAbstractButton::toggled, label, hideError);
    m_entries.insert(key.toLower(), {field, label});
    m_order << key.toLower();
}

namespace {
// The layout (top-level or nested) that has `field` as one of its own items.
QLayout *fieldErrorsLayoutHolding(QLayout *layout, QWidget *field)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == field)
            return layout;
        if (QLayout *inner = fieldErrorsLayoutHolding(item->layout(), field))
            return inner;
    }
    return nullptr;
}
} // namespace

QWidget *FieldErrors::attach(QWidget *form, const QString &key, const QString &objectName)
{
    const QString name = objectName.isEmpty() ? key : objectName;
    QWidget *field = form ? form->findChild<QWidget *>(name) : nullptr;
    QWidget *parent = field ? field->parentWidget() : nullptr;
    QLayout *layout = parent ? fieldErrorsLayoutHolding(parent->layout(), field) : nullptr;
    if (!layout) {
        qCWarning(lcUi) << "FieldErrors: no laid-out field" << name << "in"
                        << (form ? form->objectName() : QString());
        return nullptr;
    }
    // The field's cell becomes a column of the field and its error label. The field keeps its
    // parent (a layout is no widget), so its place in the tab order and its buddy stay as the
    // form set them.
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    const int index = layout->indexOf(field);
    if (auto *formLayout = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        formLayout->getWidgetPosition(field, &row, &role);
        delete formLayout->takeAt(index);
        formLayout->setLayout(row, role, column);
    } else if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        int row = 0, col = 0, rows = 1, cols = 1;
        grid->getItemPosition(index, &row, &col, &rows, &cols);
        delete grid->takeAt(index);
        grid->addLayout(column, row, col, rows, cols);
    } else if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
        const int stretch = box->stretch(index);
        delete box->takeAt(index);
        box->insertLayout(index, column, stretch);
    } else {
        qCWarning(lcUi) << "FieldErrors: cannot place an error label in"
                        << layout->metaObject()->className();
        delete column;
        return nullptr;
    }
    place(key, field, column);
    return field;
}

QString FieldErrors::required(const QString &field)
{
    // The field as its label names it, without the mnemonic and the colon.
    QString name = field;
    name.remove(QLatin1Char('&'));
    name = name.trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return tr("%1 is required.").arg(name);
}

void FieldErrors::set(const QString &key, const QString &message)
{
    const Entry e = m_entries.value(key.toLower());
    if (!e.label)
        return;
    e.label->setText(message);
    e.label->setVisible(!message.isEmpty());
}

QStringList FieldErrors::setAll(const QMap<QString, QStringList> &errors)
{
    QStringList unplaced;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (m_entries.contains(it.key().toLower()))
            set(it.key(), it.value().join(QLatin1Char(' ')));
        else
            unplaced << u"%1: %2"_s.arg(it.key(), it.value().join(QLatin1Char(' ')));
    }
    return unplaced;
}

void FieldErrors::clear()
{
    for (const auto &e : std::as_const(m_entries)) {
        if (e.label) {
            e.label->clear();
            e.label->hide();
        }
    }
}

bool FieldErrors::isEmpty() const
{
    for (const auto &e : m_entries) {
        if (e.label && !e.label->text().isEmpty())
            return false;
    }
    return true;
}

QWidget *FieldErrors::firstField() const
{
    for (const auto &key : m_order) {
        const Entry e = m_entries.value(key);
        if (e.label && !e.label->text().isEmpty())
            return e.field;
    }
    return nullptr;
}

QWidget *FieldErrors::field(const QString &key) const
{
    return m_entries.value(key.toLower()).field;
}

QString FieldErrors::text(const QString &key) const
{
    const Entry e = m_entries.value(key.toLower());
    return e.label ? e.label->text() : QString();
}

} // namespace infiniti
