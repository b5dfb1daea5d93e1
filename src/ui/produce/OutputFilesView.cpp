#include "ui/produce/OutputFilesView.h"

#include "ui/lists/ColumnFitter.h"

#include "api/Call.h"
#include "api/endpoints/ClientEndpoints.h"
#include "formats/Json.h"
#include "models/FileListModel.h"
#include "ui/common/Transfers.h"
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
class OutputFilesModel : public FileListModel
{
public:
    OutputFilesModel()
        : FileListModel(atLocation(),
                        {{OutputFilesView::tr("File"), u"filename"_s},
                         {OutputFilesView::tr("Type"), u"extension"_s},
                         {OutputFilesView::tr("Size"), u"size"_s, false, false, Format::Bytes}})
    {
    }
    // The list at a URL the server gave (resourceLocation): no path of ours, `files` inside.
    static Collection atLocation() { return {{}, "files"_L1, ApiModule::Client, {}}; }
    QString fileNameOf(const QJsonObject &item) const override
    {
        return DownloadJob::safeFileName(Json::string(item, "filename"_L1), u"document"_s);
    }
    void setLocation(const QUrl &url) { m_location = url; }

protected:
    // The vendor documents only `filename` and `resourceLocation` for a generated file (contract
    // 3.7): a file without an id is known by its location, else its name — never by "", which
    // would make every row's file the first one's.
    QString itemId(const QJsonObject &item) const override
    {
        return Json::firstOf(item, {"id"_L1, "resourceLocation"_L1, "filename"_L1});
    }
    ApiRequest listRequest(const QString &search) const override
    {
        if (m_location.isEmpty())
            return JsonListModel::listRequest(search);
        return ClientEndpoints::follow(m_location, FileListModel::tr("list the generated files"));
    }
    bool ready() const override { return !m_location.isEmpty() || collection().isValid(); }

private:
    QUrl m_location;
};
} // namespace

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
    m_view->setObjectName(u"outputFiles"_s);
    m_open->setObjectName(u"openDocuments"_s);
    m_save->setObjectName(u"saveDocument"_s);
    m_saveAll->setObjectName(u"saveAllDocuments"_s);
    m_view->setAccessibleName(tr("Generated documents"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // The file's name takes the room; its size only what it needs.
    (new ColumnFitter(m_view, false, m_view))->setStretchColumn(0);
    m_status->setObjectName(u"outputStatus"_s);
    m_status->setWordWrap(true);
    connect(m_open, &QPushButton::clicked, this, &OutputFilesView::openSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() != 1)
            return;
        Transfers::askSavePath(this, tr("Save the document"),
                               m_model->fileNameOf(m_model->itemAt(rows.first())),
                               [this](const QString &path) { saveSelectedTo(path); });
    });
    connect(m_saveAll, &QPushButton::clicked, this, [this] {
        Transfers::askFolder(this, tr("Save every document to a folder"),
                             [this](const QString &folder) { saveAllTo(folder); });
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutputFilesView::fetchFiles);
    // Open and Save… act on the selected documents, never on the row the focus frame marks.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutputFilesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutputFilesView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutputFilesView::updateButtons);
    connect(m_model, &PagedListModel::stateChanged, this, [this](PagedListModel::State state) {
        if (state != PagedListModel::State::Error)
            return;
        // Looked up by an id typed in: one the server does not know is said as such.
        const ApiError &error = m_model->lastError();
        m_status->setText(error.kind() == ApiError::Kind::NotFound && !m_outputId.isEmpty()
                              ? tr("No submission has the id “%1”.").arg(m_outputId)
                              : error.message());
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
    m_outputId.clear();
    m_model->setCollection(OutputFilesModel::atLocation());
    m_status->setText(message);
    m_saveAll->setEnabled(false);
    updateButtons();
}

void OutputFilesView::show(Session *session, const QUrl &location, const QString &outputId)
{
    m_session = session;
    m_model->setSession(session);
    m_status->setText(tr("Listing the documents…"));
    static_cast<OutputFilesModel *>(m_model)->setLocation(location);
    m_outputId = location.isEmpty() ? outputId : QString();
    m_model->setCollection(location.isEmpty() ? ClientEndpoints::generatedOutput(outputId)
                                              : OutputFilesModel::atLocation());
}

void OutputFilesView::fetchFiles()
{
    if (!m_session)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject item = m_model->itemAt(row);
        const QString id = m_model->fileKey(row);
        const QUrl url(Json::string(item, "resourceLocation"_L1));
        if (m_model->hasFile(id) || !url.isValid() ||
            property(qPrintable(u"fetching-"_s + id)).toBool())
            continue;
        setProperty(qPrintable(u"fetching-"_s + id), true);
        m_session->download(ClientEndpoints::document(url, Json::string(item, "filename"_L1)))
            .then(
                this, [this, id](const QByteArray &file) { fileArrived(id, file); },
                [this, item](const ApiError &error) {
                    m_status->setText(tr("%1 could not be downloaded: %2")
                                          .arg(Json::string(item, "filename"_L1), error.message()));
                });
    }
    // The same output shown again: its files are here already, and nothing more will arrive.
    bool allHere = m_model->rowCount() > 0;
    for (int row = 0; row < m_model->rowCount() && allHere; ++row)
        allHere = m_model->hasFile(m_model->fileKey(row));
    if (allHere)
        reportFiles();
}

void OutputFilesView::fileArrived(const QString &id, const QByteArray &file)
{
    m_model->cacheFile(id, file);
    reportFiles();
}

void OutputFilesView::reportFiles()
{
    int ready = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ready += m_model->hasFile(m_model->fileKey(r));
    m_status->setText(tr("%1 of %n document(s) ready — open, save or drag them out.", nullptr,
                         m_model->rowCount())
                          .arg(ready));
    m_saveAll->setEnabled(ready > 0);
    updateButtons();
    if (ready == m_model->rowCount())
        emit filesReady(ready);
}

QList<int> OutputFilesView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OutputFilesView::updateButtons()
{
    const QList<int> rows = selectedRows();
    bool allHere = !rows.isEmpty();
    for (int row : rows)
        allHere = allHere && m_model->hasFile(m_model->fileKey(row));
    const QString none = tr("Nothing is selected: select a document first.");
    const QString notHere = rows.size() == 1 ? tr("The selected document is not downloaded yet.")
                                             : tr("Not every selected document is downloaded yet.");
    m_open->setEnabled(allHere);
    m_open->setToolTip(rows.isEmpty() ? none
                       : !allHere     ? notHere
                                      : tr("Opens each selected document in its application."));
    m_save->setEnabled(allHere && rows.size() == 1);
    m_save->setToolTip(rows.isEmpty()    ? none
                       : rows.size() > 1 ? tr("Save… saves one document: select only it (Save "
                                              "all… saves every one).")
                       : !allHere        ? notHere
                                         : tr("Saves the selected document under a name you "
                                                     "choose."));
}

void OutputFilesView::saveSelectedTo(const QString &path)
{
    const QList<int> rows = selectedRows();
    const QString id = rows.size() == 1 ? m_model->fileKey(rows.first()) : QString();
    QString error;
    if (id.isEmpty() || !m_model->hasFile(id) ||
        !DownloadJob::save(path, m_model->file(id), &error)) {
        m_status->setText(
            tr("Not saved: %1").arg(error.isEmpty() ? tr("the file is not here yet") : error));
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
        const QString id = m_model->fileKey(row);
        QString error;
        if (!m_model->hasFile(id))
            problems << tr("%1: not downloaded").arg(m_model->fileNameOf(item));
        else if (!DownloadJob::save(QDir(directory).filePath(m_model->fileNameOf(item)),
                                    m_model->file(id), &error))
            problems << u"%1: %2"_s.arg(m_model->fileNameOf(item), error);
        else
            ++count;
    }
    m_status->setText(problems.isEmpty()
                          ? tr("Saved %n document(s) to %1.", nullptr, count).arg(directory)
                          : tr("Saved %n document(s); not saved: %1", nullptr, count)
                                .arg(problems.join(u"; "_s)));
    emit saved(count);
}

void OutputFilesView::openSelected()
{
    // Each selected document, as a file manager opens each file selected; many of them (each a
    // window of its own application) only once asked.
    QList<std::pair<QString, QString>> documents; // id, file name
    for (int row : selectedRows())
        documents.append({m_model->fileKey(row), m_model->fileNameOf(m_model->itemAt(row))});
    if (documents.size() <= kOpenWithoutAsking) {
        openDocuments(documents);
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Open documents"),
                                tr("Open %n document(s)?", nullptr, int(documents.size())),
                                QMessageBox::Open | QMessageBox::Cancel, this);
    ask->setObjectName(u"confirmOpen"_s);
    ask->setInformativeText(tr("Each opens in the application for its type."));
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->button(QMessageBox::Open)->setText(tr("&Open"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::accepted, this, [this, documents] { openDocuments(documents); });
    ask->open();
}

void OutputFilesView::openDocuments(const QList<std::pair<QString, QString>> &documents)
{
    QStringList problems;
    for (const auto &[id, name] : documents) {
        if (!m_model->hasFile(id)) {
            problems << tr("%1: not downloaded").arg(name);
            continue;
        }
        if (!m_openDir)
            m_openDir = new QTemporaryDir;
        const QString path = m_openDir->filePath(name);
        QString error;
        if (!DownloadJob::save(path, m_model->file(id), &error))
            problems << u"%1: %2"_s.arg(name, error);
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            problems << tr("%1: no application opens it").arg(name);
    }
    if (!problems.isEmpty())
        m_status->setText(tr("Not opened: %1").arg(problems.join(u"; "_s)));
}

} // namespace infiniti
