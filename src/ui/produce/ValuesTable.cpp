#include "ui/produce/ValuesTable.h"

#include "ui/common/CellTable.h"
#include "ui/common/Transfers.h"
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

ValuesTable::ValuesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new CellTable(0, 2, this))
{
    m_table->setObjectName(u"valuesTable"_s);
    m_table->setAccessibleName(tr("Named values"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Not default buttons: Return in the dialog runs its main action, never "Add value".
    auto *add = new QPushButton(tr("Add &value"), this);
    add->setObjectName(u"addValue"_s);
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeValue"_s);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        setValue({}, {});
        // The new label is the current cell too: Tab from its editor goes on to its value
        // (from the cell current before, Tab went back into the new label, over what was typed).
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    m_table->removeRowsWith(remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void ValuesTable::setValue(const QString &label, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(label));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

QJsonObject ValuesTable::values() const
{
    QJsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString label =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!label.isEmpty())
            out.insert(label, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
    }
    return out;
}

} // namespace infiniti
