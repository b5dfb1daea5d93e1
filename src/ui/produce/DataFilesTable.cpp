#include "ui/produce/DataFilesTable.h"

#include "ui/common/CellTable.h"
#include "ui/common/Transfers.h"
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

DataFilesTable::DataFilesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new CellTable(0, 2, this))
{
    m_table->setObjectName(u"dataFiles"_s);
    m_table->setAccessibleName(tr("Data files"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Data source id (optional)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(90);
    auto *add = new QPushButton(tr("Add &data file…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeDataFile"_s);
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        Transfers::askOpenPaths(this, tr("Data files"),
                                tr("Data (*.xml *.json *.csv);;All files (*)"), true,
                                [this](const QStringList &paths) {
                                    for (const QString &p : paths)
                                        addFile(p);
                                });
    });
    m_table->removeRowsWith(remove);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void DataFilesTable::addFile(const QString &path, const QString &dataSourceId)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *file = new QTableWidgetItem(QFileInfo(path).fileName());
    file->setData(Qt::UserRole, path);
    file->setToolTip(path);
    file->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, 0, file);
    m_table->setItem(row, 1, new QTableWidgetItem(dataSourceId));
    m_table->setCurrentCell(row, 0); // the file just added is the one Remove takes away
}

std::optional<QJsonArray> DataFilesTable::data(QString *error) const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString path = m_table->item(row, 0)->data(Qt::UserRole).toString();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("The data file %1 cannot be read: %2").arg(path, f.errorString());
            return std::nullopt;
        }
        QJsonObject entry{{"value"_L1, QString::fromUtf8(f.readAll())}};
        const QString source =
            m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!source.isEmpty())
            entry.insert("dataServiceGuid"_L1, source);
        out.append(entry);
    }
    return out;
}

} // namespace infiniti
