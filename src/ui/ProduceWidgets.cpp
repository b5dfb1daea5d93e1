#include "ProduceWidgets.h"

#include "DownloadJob.h"
#include "EntityJob.h"
#include "FileListModel.h"
#include "Json.h"
#include "Transfers.h"
#include "endpoints/ClientEndpoints.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace infiniti {

namespace {
using L = QLatin1StringView;

class OutputFilesModel : public FileListModel
{
public:
    OutputFilesModel()
        : FileListModel({}, L("files"),
                        {{OutputFilesView::tr("File"), QStringLiteral("filename")},
                         {OutputFilesView::tr("Type"), QStringLiteral("extension")},
                         {OutputFilesView::tr("Size"), QStringLiteral("size"), false, false, Format::Bytes}})
    {
        setModule(ApiModule::Client);
    }
    QString fileNameOf(const QJsonObject &item) const override
    {
        return DownloadJob::safeFileName(Json::string(item, L("filename")), QStringLiteral("document"));
    }
    void setLocation(const QUrl &url) { m_location = url; }

protected:
    ApiRequest listRequest(const QString &search) const override
    {
        if (m_location.isEmpty())
            return JsonListModel::listRequest(search);
        return ClientEndpoints::follow(m_location, tr("list the generated files"));
    }
    bool ready() const override { return !m_location.isEmpty() || !collection().isEmpty(); }

private:
    QUrl m_location;
};
} // namespace

ValuesTable::ValuesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("valuesTable"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add value"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        setValue({}, {});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
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
        const QString label = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!label.isEmpty())
            out.insert(label, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
    }
    return out;
}

DataFilesTable::DataFilesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("dataFiles"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Data source id (optional)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(90);
    auto *add = new QPushButton(tr("Add &data file…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        Transfers::askOpenPaths(this, tr("Data files"), tr("Data (*.xml *.json *.csv);;All files (*)"), true,
                                [this](const QStringList &paths) {
                                    for (const QString &p : paths)
                                        addFile(p);
                                });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
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
        QJsonObject entry{{L("value"), QString::fromUtf8(f.readAll())}};
        const QString source = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!source.isEmpty())
            entry.insert(L("dataServiceGuid"), source);
        out.append(entry);
    }
    return out;
}

void fillFormChooser(Session *session, QComboBox *box, const QString &select, QObject *context)
{
    auto *job = new EntityJob(session, ClientEndpoints::forms(), context);
    QObject::connect(job, &ApiJob::finished, context, [job, box, select] {
        if (!job->succeeded())
            return;
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &folder : Json::listItems(job->json(), L("folders"))) {
            const QString folderName = Json::string(folder.toObject(), L("name"));
            for (const auto &form : Json::value(folder.toObject(), L("forms")).toArray()) {
                const QJsonObject f = form.toObject();
                const QString id = Json::idOf(f);
                if (box->findData(id) < 0)
                    box->addItem(QStringLiteral("%1 — %2").arg(folderName, Json::string(f, L("name"))), id);
            }
        }
        const int at = box->findData(select);
        box->setCurrentIndex(at < 0 ? 0 : at);
    });
    job->start();
}

OutputFilesView::OutputFilesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutputFilesModel)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_saveAll(new QPushButton(tr("Save &all…"), this))
{
    m_model->setParent(this);
    m_view->setObjectName(QStringLiteral("outputFiles"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("outputStatus"));
    m_status->setWordWrap(true);
    connect(m_open, &QPushButton::clicked, this, &OutputFilesView::openSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (!i.isValid())
            return;
        Transfers::askSavePath(this, tr("Save the document"), m_model->fileNameOf(m_model->itemAt(i.row())),
                               [this](const QString &path) { saveSelectedTo(path); });
    });
    connect(m_saveAll, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save every document to a folder"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &OutputFilesView::saveAllTo);
        dialog->open();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutputFilesView::fetchFiles);
    connect(m_model, &PagedListModel::stateChanged, this, [this](PagedListModel::State state) {
        if (state == PagedListModel::State::Error)
            m_status->setText(m_model->lastError().message());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    clear();
}

OutputFilesView::~OutputFilesView()
{
    delete m_openDir;
}

void OutputFilesView::clear(const QString &message)
{
    static_cast<OutputFilesModel *>(m_model)->setLocation({});
    m_model->setCollection({});
    m_status->setText(message);
    for (auto *b : {m_open, m_save, m_saveAll})
        b->setEnabled(false);
}

void OutputFilesView::show(Session *session, const QUrl &location, const QString &outputId)
{
    m_session = session;
    m_model->setSession(session);
    m_status->setText(tr("Listing the documents…"));
    static_cast<OutputFilesModel *>(m_model)->setLocation(location);
    m_model->setCollection(location.isEmpty() ? "generatedoutput/" + ApiPath::segment(outputId) : QByteArray("generatedoutput"));
}

void OutputFilesView::fetchFiles()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject item = m_model->itemAt(row);
        const QString id = Json::idOf(item);
        const QUrl url(Json::string(item, L("resourceLocation")));
        if (m_model->hasFile(id) || !url.isValid() || property(qPrintable(QStringLiteral("fetching-") + id)).toBool())
            continue;
        setProperty(qPrintable(QStringLiteral("fetching-") + id), true);
        auto *job = new DownloadJob(m_session, ClientEndpoints::follow(url, tr("download %1").arg(Json::string(item, L("filename")))), this);
        connect(job, &ApiJob::finished, this, [this, job, id, item] {
            if (!job->succeeded()) {
                m_status->setText(tr("%1 could not be downloaded: %2").arg(Json::string(item, L("filename")), job->error().message()));
                return;
            }
            m_model->cacheFile(id, job->body());
            int ready = 0;
            for (int r = 0; r < m_model->rowCount(); ++r)
                ready += m_model->hasFile(Json::idOf(m_model->itemAt(r)));
            m_status->setText(tr("%1 of %2 document(s) ready — open, save or drag them out.").arg(ready).arg(m_model->rowCount()));
            for (auto *b : {m_open, m_save, m_saveAll})
                b->setEnabled(ready > 0);
            if (ready == m_model->rowCount())
                emit filesReady(ready);
        });
        job->start();
    }
}

void OutputFilesView::saveSelectedTo(const QString &path)
{
    const QModelIndex i = m_view->currentIndex();
    const QString id = i.isValid() ? Json::id(Json::value(m_model->itemAt(i.row()), L("id"))) : QString();
    QString error;
    if (id.isEmpty() || !m_model->hasFile(id) || !DownloadJob::save(path, m_model->file(id), &error)) {
        m_status->setText(tr("Not saved: %1").arg(error.isEmpty() ? tr("the file is not here yet") : error));
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    emit saved(1);
}

void OutputFilesView::saveAllTo(const QString &directory)
{
    int count = 0;
    QStringList problems;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject item = m_model->itemAt(row);
        const QString id = Json::idOf(item);
        QString error;
        if (!m_model->hasFile(id))
            problems << tr("%1: not downloaded").arg(m_model->fileNameOf(item));
        else if (!DownloadJob::save(QDir(directory).filePath(m_model->fileNameOf(item)), m_model->file(id), &error))
            problems << QStringLiteral("%1: %2").arg(m_model->fileNameOf(item), error);
        else
            ++count;
    }
    m_status->setText(problems.isEmpty() ? tr("Saved %n document(s) to %1.", nullptr, count).arg(directory)
                                         : tr("Saved %1; not saved: %2").arg(count).arg(problems.join(QStringLiteral("; "))));
    emit saved(count);
}

void OutputFilesView::openSelected()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const QJsonObject item = m_model->itemAt(i.row());
    const QString id = Json::idOf(item);
    if (!m_model->hasFile(id))
        return;
    if (!m_openDir)
        m_openDir = new QTemporaryDir;
    const QString path = m_openDir->filePath(m_model->fileNameOf(item));
    QString error;
    if (DownloadJob::save(path, m_model->file(id), &error))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace infiniti
