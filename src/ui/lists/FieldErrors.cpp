#include "ui/lists/FieldErrors.h"
#include "ui/shell/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

QWidget *FieldErrors::wrap(const QString &key, QWidget *field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel;
    label->setObjectName(key + u"Error"_s);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Theme::errorColor());
    label->setPalette(pal);
    label->hide();
    layout->addWidget(field);
    layout->addWidget(label);
    m_entries.insert(key.toLower(), {field, label});
    m_order << key.toLower();
    return box;
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
