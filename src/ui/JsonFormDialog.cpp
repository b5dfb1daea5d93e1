#include "JsonFormDialog.h"

#include "FieldErrors.h"
#include "JsonListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infiniti {

using Kind = JsonFormDialog::Field::Kind;

JsonFormDialog::JsonFormDialog(const QString &title, const QJsonObject &item, const QList<Field> &fields, bool isNew,
                               QWidget *parent)
    : EntityDialog(isNew, QStringLiteral("name"), parent)
    , m_original(item)
    , m_fields(fields)
{
    setObjectName(QStringLiteral("jsonFormDialog"));
    setWindowTitle(title);
    resize(560, 420);
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
        case Kind::Choice: {
            auto *c = new QComboBox;
            c->setEditable(true);
            c->addItems(f.choices);
            if (!value.isEmpty())
                c->setCurrentText(value); // a value we do not list is kept
            connect(c, &QComboBox::currentTextChanged, this, &JsonFormDialog::markModified);
            editor = c;
            break;
        }
        case Kind::Secret: {
            auto *e = new QLineEdit(value);
            const bool secret = JsonListModel::looksSecret(item, value);
            e->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
            connect(e, &QLineEdit::textEdited, this, &JsonFormDialog::markModified);
            auto *show = new QCheckBox(tr("Show"));
            show->setObjectName(f.key + QStringLiteral("Show"));
            show->setChecked(!secret);
            connect(show, &QCheckBox::toggled, e, [e](bool on) { e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
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
        case Kind::ReadOnly: {
            auto *l = new QLabel(value);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            l->setObjectName(f.key);
            form->addRow(f.label, l);
            continue;
        }
        case Kind::Translations: {
            auto *table = new QTableWidget(0, 2);
            table->setHorizontalHeaderLabels({tr("Language (empty: default)"), tr("Text")});
            table->horizontalHeader()->setStretchLastSection(true);
            table->verticalHeader()->hide();
            for (const auto &v : item.value(f.key).toArray()) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(v.toObject().value(QLatin1StringView("language")).toString()));
                table->setItem(row, 1, new QTableWidgetItem(v.toObject().value(QLatin1StringView("text")).toString()));
            }
            connect(table, &QTableWidget::itemChanged, this, &JsonFormDialog::markModified);
            auto *add = new QPushButton(tr("&Add language"));
            auto *remove = new QPushButton(tr("&Remove"));
            connect(add, &QPushButton::clicked, table, [table] {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem);
                table->setItem(row, 1, new QTableWidgetItem);
            });
            connect(remove, &QPushButton::clicked, table, [table] {
                if (table->currentRow() >= 0)
                    table->removeRow(table->currentRow());
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
            editor = table;
            table->setObjectName(f.key);
            m_editors.insert(f.key, table);
            form->addRow(f.label, errors()->wrap(f.key, box));
            continue;
        }
        }
        editor->setObjectName(f.key);
        m_editors.insert(f.key, editor);
        form->addRow(f.label, errors()->wrap(f.key, editor));
    }
    setContent(content);
    clearModified();
}

QJsonObject JsonFormDialog::object() const
{
    QJsonObject o = m_original;
    for (const Field &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            o.insert(f.key, e->text());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            o.insert(f.key, c->currentText().trimmed());
        else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            QJsonArray list;
            for (int row = 0; row < t->rowCount(); ++row) {
                const QString text = t->item(row, 1) ? t->item(row, 1)->text() : QString();
                if (text.isEmpty())
                    continue;
                list.append(QJsonObject{{QLatin1StringView("language"), t->item(row, 0) ? t->item(row, 0)->text().trimmed() : QString()},
                                        {QLatin1StringView("text"), text}});
            }
            o.insert(f.key, list);
        }
    }
    return o;
}

bool JsonFormDialog::validate()
{
    const QJsonObject o = object();
    for (const Field &f : m_fields) {
        if (f.required && o.value(f.key).toString().trimmed().isEmpty())
            errors()->set(f.key, tr("Required."));
    }
    return errors()->isEmpty();
}

} // namespace infiniti
