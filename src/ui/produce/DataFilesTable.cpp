#include "ui/produce/DataFilesTable.h"

#include "api/Call.h"
#include "api/endpoints/DataSourcesEndpoints.h"
#include "formats/Json.h"
#include "ui/common/CellTable.h"
#include "ui/common/Transfers.h"
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
// The data source's id a row's cell holds (its text is the name shown, or the id typed).
constexpr int SourceIdRole = Qt::UserRole + 1;

// A data source cell is edited in a combo box offering the data sources by name; what is typed
// that names none of them is kept as an id.
class DataSourceDelegate : public QStyledItemDelegate
{
public:
    explicit DataSourceDelegate(DataFilesTable *table)
        : QStyledItemDelegate(table)
        , m_table(table)
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setPlaceholderText(DataFilesTable::tr("a data source, or its id"));
        box->addItem(QString(), QString());
        for (const auto &[name, id] : m_table->dataSources())
            box->addItem(name, id);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        const int at = box->findData(index.data(SourceIdRole).toString());
        if (at > 0)
            box->setCurrentIndex(at);
        else
            box->setEditText(index.data(Qt::DisplayRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *,
                      const QModelIndex &index) const override
    {
        m_table->setDataSource(index.row(), static_cast<QComboBox *>(editor)->currentText());
    }

private:
    DataFilesTable *m_table;
};
} // namespace

DataFilesTable::DataFilesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new CellTable(0, 2, this))
    , m_state(new QLabel(this))
{
    m_table->setObjectName(u"dataFiles"_s);
    m_table->setAccessibleName(tr("Data files"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Data source (optional)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(90);
    m_table->setItemDelegateForColumn(1, new DataSourceDelegate(this));
    m_state->setObjectName(u"dataSourcesState"_s);
    m_state->setWordWrap(true);
    m_state->hide();
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
    auto *column = new QVBoxLayout;
    column->addWidget(m_table, 1);
    column->addWidget(m_state);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(column, 1);
    layout->addLayout(buttons);
}

void DataFilesTable::setSession(Session *session)
{
    if (!session)
        return;
    m_state->setText(tr("Reading the data sources…"));
    m_state->show();
    const Collection sources = DataSourcesEndpoints::dataSources();
    session->readAll(sources.list(0, 500), sources.envelope)
        .then(
            this,
            [this](const QJsonArray &list) {
                m_sources.clear();
                for (const auto &v : list) {
                    const QJsonObject o = v.toObject();
                    const QString id = Json::idOf(o);
                    if (!id.isEmpty())
                        m_sources.append({Json::string(o, "name"_L1, id), id});
                }
                std::sort(m_sources.begin(), m_sources.end(), [](const auto &a, const auto &b) {
                    return QString::localeAwareCompare(a.first, b.first) < 0;
                });
                m_state->setText(
                    m_sources.isEmpty()
                        ? tr("The server has no data sources to choose from; a data source's "
                             "id can still be typed.")
                        : QString());
                m_state->setVisible(m_sources.isEmpty());
                showSourceNames();
                emit dataSourcesRead();
            },
            [this](const ApiError &error) {
                m_state->setText(tr("%1 Type the data source's id instead.").arg(error.message()));
                m_state->show();
                emit dataSourcesRead();
            });
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
    setDataSource(row, dataSourceId);
    m_table->setCurrentCell(row, 0); // the file just added is the one Remove takes away
}

void DataFilesTable::setDataSource(int row, const QString &nameOrId)
{
    const QString text = nameOrId.trimmed();
    QString id = text;
    QString shown = text;
    for (const auto &[name, sourceId] : m_sources) {
        if (name == text || sourceId.compare(text, Qt::CaseInsensitive) == 0) {
            id = sourceId;
            shown = name;
            break;
        }
    }
    QTableWidgetItem *item = m_table->item(row, 1);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, 1, item);
    }
    item->setText(shown);
    item->setData(SourceIdRole, id);
    item->setToolTip(id == shown ? QString() : id);
}

void DataFilesTable::showSourceNames()
{
    // Ids typed (or given) before the list came read as the data sources' names.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 1))
            setDataSource(row, sourceOf(row));
    }
}

QString DataFilesTable::sourceOf(int row) const
{
    // A data source's name stands for its id; any other text is an id typed.
    const QTableWidgetItem *cell = m_table->item(row, 1);
    const QString text = cell ? cell->text().trimmed() : QString();
    const QString id = cell ? cell->data(SourceIdRole).toString() : QString();
    for (const auto &[name, sourceId] : m_sources) {
        if (sourceId == id && name == text)
            return id;
    }
    return text;
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
        const QString source = sourceOf(row);
        if (!source.isEmpty())
            entry.insert("dataServiceGuid"_L1, source);
        out.append(entry);
    }
    return out;
}

} // namespace infiniti
