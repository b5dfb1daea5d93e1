#include "ui/lists/JsonFormDialog.h"

#include "api/JsonEdits.h"
#include "models/DisplayText.h"
#include "ui/common/CellTable.h"

#include "formats/Json.h"
#include "models/JsonListModel.h"
#include "ui/common/Checklist.h"
#include "ui/common/XmlEditor.h"
#include "ui/lists/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

QWidget *JsonFormDialog::withAddRemove(QTableWidget *table, const QString &addText,
                                       const std::function<void()> &addRow)
{
    auto *add = new QPushButton(addText);
    auto *remove = new QPushButton(tr("Remo&ve"));
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, table, [table, addRow] {
        addRow();
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, table, [table, this] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            markModified();
        }
    });
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    v->addLayout(buttons);
    return box;
}

JsonFormDialog::JsonFormDialog(const QString &title, const QJsonObject &item,
                               const QList<Field> &fields, bool isNew, QWidget *parent)
    : EntityDialog(isNew, u"name"_s, parent)
    , m_original(item)
    , m_fields(fields)
{
    setObjectName(u"jsonFormDialog"_s);
    setWindowTitle(title);
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    for (const Field &f : fields) {
        const QString value = JsonListModel::valueAt(item, f.key);
        QWidget *editor = nullptr;
        switch (f.kind) {
        case Kind::Line: {
            auto *e = new QLineEdit(value);
            connect(e, &QLineEdit::textEdited, this, &JsonFormDialog::markModified);
            editor = e;
            break;
        }
        case Kind::Choice:
        case Kind::Enum: {
            // The server's words read as words ("UserNamePassword" → "User name and password");
            // what is stored is the word itself. Names (categories, folders) stay as they are
            // and a new one may be typed; a word is only ever chosen (the server knows no other:
            // typed text would be saved as it is). Nothing chosen shows as nothing, not as the
            // first choice.
            auto *c = new QComboBox;
            const bool words = f.kind == Kind::Enum;
            c->setEditable(!words);
            c->setProperty("enumChoice", true);
            c->setProperty("enumWords", words);
            for (const QString &choice : f.choices)
                c->addItem(words ? DisplayText::enumText(choice) : choice, choice);
            if (!value.isEmpty() && c->findData(value) < 0)
                c->addItem(words ? DisplayText::enumText(value) : value,
                           value); // a value we do not list is kept
            c->setCurrentIndex(value.isEmpty() ? -1 : c->findData(value));
            connect(c, &QComboBox::currentTextChanged, this, &JsonFormDialog::markModified);
            editor = c;
            break;
        }
        case Kind::Checks: {
            auto *list = new QListWidget;
            QStringList checked;
            for (const auto &v : Json::atPath(item, f.key).toArray())
                checked << v.toString();
            Checklist::fill(list, f.choices, checked);
            list->setMaximumHeight(160);
            connect(list, &QListWidget::itemChanged, this, &JsonFormDialog::markModified);
            editor = list;
            break;
        }
        case Kind::IdChoice: {
            auto *c = new QComboBox;
            c->setProperty("idChoice", true);
            if (!value.isEmpty())
                c->addItem(value, value); // until the names arrive, the id stands for itself
            connect(c, &QComboBox::currentIndexChanged, this, &JsonFormDialog::markModified);
            editor = c;
            break;
        }
        case Kind::Bool: {
            auto *c = new QCheckBox;
            c->setChecked(Json::atPath(item, f.key).toBool());
            connect(c, &QCheckBox::toggled, this, &JsonFormDialog::markModified);
            editor = c;
            break;
        }
        case Kind::Xml: {
            auto *x = new XmlEditor;
            x->setText(value);
            x->setMinimumHeight(110);
            connect(x, &XmlEditor::textEdited, this, &JsonFormDialog::markModified);
            editor = x;
            break;
        }
        case Kind::Names: {
            const bool flagged = !f.flag.isEmpty();
            auto *table = new CellTable(0, flagged ? 2 : 1);
            table->setAccessibleName(
                QString(f.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
            table->setHorizontalHeaderLabels(
                flagged ? QStringList{tr("Name"), f.choices.value(0, f.flag)}
                        : QStringList{tr("Name")});
            table->horizontalHeader()->setStretchLastSection(!flagged);
            if (flagged)
                table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            table->verticalHeader()->hide();
            auto addRow = [table, flagged](const QString &name, bool flag) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(name));
                if (flagged) {
                    auto *check = new QTableWidgetItem;
                    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                                    Qt::ItemIsSelectable);
                    check->setCheckState(flag ? Qt::Checked : Qt::Unchecked);
                    table->setItem(row, 1, check);
                }
            };
            for (const auto &v : Json::atPath(item, f.key).toArray())
                addRow(Json::string(v.toObject(), "name"_L1),
                       flagged && v.toObject().value(f.flag).toBool());
            connect(table, &QTableWidget::itemChanged, this, &JsonFormDialog::markModified);
            QWidget *box = withAddRemove(table, tr("&Add"), [addRow] { addRow(QString(), false); });
            table->setObjectName(f.key);
            table->setMaximumHeight(150);
            m_editors.insert(f.key, table);
            form->addRow(f.label, errors()->wrap(f.key, box));
            continue;
        }
        case Kind::Masked:
        case Kind::Secret: {
            auto *e = new QLineEdit(value);
            const bool secret = f.kind == Kind::Masked || JsonListModel::looksSecret(item, value);
            e->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
            connect(e, &QLineEdit::textEdited, this, &JsonFormDialog::markModified);
            auto *show = new QCheckBox(tr("Show"));
            show->setObjectName(f.key + u"Show"_s);
            show->setChecked(!secret);
            connect(show, &QCheckBox::toggled, e,
                    [e](bool on) { e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(e, 1);
            h->addWidget(show);
            e->setObjectName(f.key);
            m_editors.insert(f.key, e);
            form->addRow(f.label, errors()->wrap(f.key, row));
            continue;
        }
        case Kind::ReadOnly:
        case Kind::ReadOnlyEnum: {
            // Shown for reading: a time in local words, a flag as Yes/No, a server's word in
            // words, nothing as a dash.
            const QJsonValue raw = Json::atPath(item, f.key);
            QString shown = value;
            if (f.kind == Kind::ReadOnlyEnum && !value.isEmpty())
                shown = DisplayText::enumText(value);
            else if (raw.isBool())
                shown = DisplayText::yesNo(raw.toBool());
            else if (value.contains(QLatin1Char('T')) &&
                     QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
                shown = DisplayText::dateTime(value);
            auto *l = new QLabel(shown.isEmpty() ? u"—"_s : shown);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            l->setObjectName(f.key);
            form->addRow(f.label, l);
            continue;
        }
        case Kind::Translations: {
            auto *table = new CellTable(0, 2);
            table->setAccessibleName(
                QString(f.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
            table->setHorizontalHeaderLabels({tr("Language (empty: default)"), tr("Text")});
            table->horizontalHeader()->setStretchLastSection(true);
            table->verticalHeader()->hide();
            for (const auto &v : item.value(f.key).toArray()) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0,
                               new QTableWidgetItem(Json::string(v.toObject(), "language"_L1)));
                table->setItem(row, 1, new QTableWidgetItem(Json::string(v.toObject(), "text"_L1)));
            }
            connect(table, &QTableWidget::itemChanged, this, &JsonFormDialog::markModified);
            QWidget *box = withAddRemove(table, tr("&Add language"), [table] {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem);
                table->setItem(row, 1, new QTableWidgetItem);
            });
            editor = table;
            table->setObjectName(f.key);
            m_editors.insert(f.key, table);
            form->addRow(f.label, errors()->wrap(f.key, box));
            continue;
        }
        }
        editor->setObjectName(f.key);
        m_editors.insert(f.key, editor);
        QWidget *field = errors()->wrap(f.key, editor); // the field over its error
        if (!f.hint.isEmpty()) {
            auto *hint = new QLabel(f.hint);
            hint->setObjectName(f.key + u"Hint"_s);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            field->layout()->addWidget(hint);
        }
        form->addRow(f.label, field);
    }
    setContent(content);
    // Sized to what it holds: tall for XML and tables, else its fields' height (a restore's one
    // comment line had a 420-pixel window).
    bool tall = false;
    for (const Field &f : fields)
        tall = tall || f.kind == Kind::Xml || f.kind == Kind::Names ||
               f.kind == Kind::Translations || f.kind == Kind::Checks;
    resize(560, tall ? 420 : sizeHint().height());
    m_shown = object();
    clearModified();
}

namespace {
// Sets a top-level or dotted key, keeping whatever else the nested object holds. Keys match in
// any casing and keep the server's spelling (no "Name" beside "name").
void setAtPath(QJsonObject &o, const QString &dottedKey, const QJsonValue &value)
{
    const qsizetype dot = dottedKey.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        JsonEdits::set(o, dottedKey, value);
        return;
    }
    const QString head = dottedKey.left(dot);
    QJsonObject inner = Json::value(o, QLatin1StringView(head.toLatin1())).toObject();
    setAtPath(inner, dottedKey.mid(dot + 1), value);
    JsonEdits::set(o, head, inner);
}
} // namespace

// What a choice stores: the chosen item's word; in an editable one, a name typed that is not
// listed as it is typed; nothing chosen, nothing.
QString JsonFormDialog::choiceValue(const QComboBox *c)
{
    if (c->isEditable()) {
        const QString typed = c->currentText().trimmed();
        const int at = c->findText(typed);
        return at >= 0 ? c->itemData(at).toString() : typed;
    }
    return c->currentIndex() >= 0 ? c->currentData().toString() : QString();
}

QJsonObject JsonFormDialog::object() const
{
    QJsonObject o = m_original;
    for (const Field &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            setAtPath(o, f.key, e->text());
        else if (auto *c = qobject_cast<QComboBox *>(w); c && c->property("idChoice").toBool())
            setAtPath(o, f.key, c->currentData().toString());
        else if (auto *c = qobject_cast<QComboBox *>(w); c && c->property("enumChoice").toBool())
            setAtPath(o, f.key, choiceValue(c));
        else if (auto *c = qobject_cast<QComboBox *>(w))
            setAtPath(o, f.key, c->currentText().trimmed());
        else if (auto *l = qobject_cast<QListWidget *>(w))
            setAtPath(o, f.key, QJsonArray::fromStringList(Checklist::checked(l)));
        else if (auto *b = qobject_cast<QCheckBox *>(w))
            setAtPath(o, f.key, b->isChecked());
        else if (auto *x = qobject_cast<XmlEditor *>(w))
            setAtPath(o, f.key, x->text());
        else if (auto *t = qobject_cast<QTableWidget *>(w); t && f.kind == Kind::Names) {
            QJsonArray list;
            for (int row = 0; row < t->rowCount(); ++row) {
                const QString name =
                    t->item(row, 0) ? t->item(row, 0)->text().trimmed() : QString();
                if (name.isEmpty())
                    continue;
                QJsonObject entry{{"name"_L1, name}};
                if (!f.flag.isEmpty())
                    entry.insert(f.flag,
                                 t->item(row, 1) && t->item(row, 1)->checkState() == Qt::Checked);
                list.append(entry);
            }
            setAtPath(o, f.key, list);
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            QJsonArray list;
            for (int row = 0; row < t->rowCount(); ++row) {
                const QString text = t->item(row, 1) ? t->item(row, 1)->text() : QString();
                if (text.isEmpty())
                    continue;
                list.append(
                    QJsonObject{{"language"_L1,
                                 t->item(row, 0) ? t->item(row, 0)->text().trimmed() : QString()},
                                {"text"_L1, text}});
            }
            JsonEdits::set(o, f.key, list);
        }
    }
    return o;
}

void JsonFormDialog::setChoices(const QString &key, const QStringList &choices)
{
    QWidget *w = m_editors.value(key);
    if (auto *l = qobject_cast<QListWidget *>(w)) {
        const bool modified = isModified();
        Checklist::fill(l, choices, Checklist::checked(l));
        if (!modified)
            clearModified();
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        const bool words = c->property("enumWords").toBool();
        const QString current = choiceValue(c);
        const QSignalBlocker block(c);
        c->clear();
        for (const QString &choice : choices)
            c->addItem(words ? DisplayText::enumText(choice) : choice, choice);
        if (!current.isEmpty() && c->findData(current) < 0)
            c->addItem(words ? DisplayText::enumText(current) : current, current);
        c->setCurrentIndex(current.isEmpty() ? -1 : c->findData(current));
    }
}

void JsonFormDialog::setIdChoices(const QString &key,
                                  const QList<std::pair<QString, QString>> &choices)
{
    auto *c = qobject_cast<QComboBox *>(m_editors.value(key));
    if (!c)
        return;
    const QString current = c->currentData().toString();
    const bool modified = isModified();
    const QSignalBlocker block(c);
    c->clear();
    for (const auto &[id, label] : choices)
        c->addItem(label, id);
    if (!current.isEmpty() && c->findData(current) < 0)
        c->addItem(current, current); // one we were given but the list does not have: kept
    c->setCurrentIndex(current.isEmpty() ? 0 : c->findData(current));
    if (!modified)
        clearModified();
}

bool JsonFormDialog::validate()
{
    const QJsonObject o = object();
    for (const Field &f : m_fields) {
        if (f.required && Json::atPath(o, f.key).toString().trimmed().isEmpty())
            errors()->set(f.key, FieldErrors::required(f.label));
        if (auto *x = qobject_cast<XmlEditor *>(m_editors.value(f.key));
            x && !x->problem().isEmpty())
            // Where and why are on the editor's own line just above: not said twice.
            errors()->set(f.key, tr("Not well-formed XML (see the line above): correct it to "
                                    "save."));
    }
    return errors()->isEmpty();
}

} // namespace infiniti
