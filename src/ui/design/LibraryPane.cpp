#include "ui/design/LibraryPane.h"

#include "api/Call.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"
#include "models/DisplayText.h"
#include "models/LibraryModel.h"
#include "ui/common/FileFetches.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/Transfers.h"
#include "ui/design/LibraryPreview.h"
#include "ui/design/LibraryUploadDialog.h"
#include "ui/lists/JsonFormDialog.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
using Kind = JsonFormDialog::Field::Kind;

} // namespace

LibraryPane::LibraryPane(QWidget *parent)
    : ListPane(new LibraryModel,
               {u"library"_s, tr("Filter by name, category, folder… (Ctrl+F)"),
                tr("The content library is empty. Drop files here to add them.")},
               parent)
    , m_library(static_cast<LibraryModel *>(listModel()))
    , m_preview(new LibraryPreview(this))
    , m_typeFilter(new QComboBox(this))
    , m_categoryFilter(new QComboBox(this))
    , m_fetches(new FileFetches(
          m_library, [](const QString &id) { return LibraryEndpoints::get(id, true); },
          [](const DownloadJob &job, QString *problem) -> std::optional<FileFetches::File> {
              // The item with its file as Base64.
              const auto decoded = QByteArray::fromBase64Encoding(
                  Json::string(job.json().object(), "binary"_L1).toLatin1());
              if (!decoded) {
                  *problem = tr("The server sent a file that is not valid Base64.");
                  return std::nullopt;
              }
              if (const QString wrong = DownloadJob::memberProblem(job.json().object(), "size"_L1,
                                                                   decoded.decoded.size());
                  !wrong.isEmpty()) {
                  *problem = tr("The server's answer could not be read: %1.").arg(wrong);
                  return std::nullopt;
              }
              return FileFetches::File{decoded.decoded, {}};
          },
          this))
{
    setInitialColumnWidths({220, 80, 110, 110, 140, 100, 80, 60});
    // Beside the preview: Description, Modified by, Version, Size and Folder give way first.
    setColumnRoles(0, {8, 5, 7, 6, 3});
    // On the selected item, as the preview's buttons (never the current row alone).
    addItemAction(u"saveAsAction"_s, tr("&Save as…"),
                  [this](const QJsonObject &item) { askSaveAs(item); });
    addItemAction(u"historyAction"_s, tr("&History…"),
                  [this](const QJsonObject &item) { showHistory(item); });
    addItemAction(u"replaceAction"_s, tr("Rep&lace file…"),
                  [this](const QJsonObject &item) { askReplace(item); });
    m_typeFilter->setObjectName(u"libraryTypeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Type"));
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->setObjectName(u"libraryCategoryFilter"_s);
    m_typeFilter->setToolTip(tr("Show one type only"));
    m_categoryFilter->setToolTip(tr("Show one category only"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFilterWidget(m_typeFilter);
    addFilterWidget(m_categoryFilter);
    updateFilterChoices();
    auto apply = [this] {
        const QString type = m_typeFilter->currentData().toString();
        const QString category = m_categoryFilter->currentData().toString();
        if (type.isEmpty() && category.isEmpty()) {
            setExtraFilter({});
            return;
        }
        setExtraFilter([type, category](const QJsonObject &item) {
            return (type.isEmpty() ||
                    Json::string(item, "type"_L1).compare(type, Qt::CaseInsensitive) == 0) &&
                   (category.isEmpty() ||
                    Json::string(item, "category"_L1).compare(category, Qt::CaseInsensitive) == 0);
        });
    };
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, apply);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, apply);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_library, signal, this, &LibraryPane::updateFilterChoices);
    connect(m_library, &QAbstractItemModel::modelReset, this, &LibraryPane::updateFilterChoices);
    connect(m_library, &QAbstractItemModel::dataChanged, this, &LibraryPane::updateFilterChoices);

    addDetail(m_preview, Qt::Horizontal, 2, 1); // the list is what is read; the preview a glance
    connect(m_preview, &LibraryPreview::saveAsRequested, this,
            [this] { askSaveAs(m_preview->item()); });
    connect(m_preview, &LibraryPreview::historyRequested, this,
            [this] { showHistory(m_preview->item()); });
    connect(m_preview, &LibraryPreview::replaceRequested, this,
            [this] { askReplace(m_preview->item()); });

    // Drag out (rows whose file is here) and drop files in.
    view()->setDragEnabled(true);
    view()->setDragDropMode(QAbstractItemView::DragOnly);
    view()->viewport()->setAcceptDrops(true);
    view()->viewport()->installEventFilter(this);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPane::prefetchSelection);
}

QString LibraryPane::countText(int n) const
{
    return tr("%Ln library item(s)", nullptr, n);
}

QString LibraryPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, "name"_L1);
}

std::optional<ApiRequest> LibraryPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return LibraryEndpoints::remove(Json::idOf(item), itemLabel(item));
}

void LibraryPane::updateFilterChoices()
{
    auto refill = [](QComboBox *box, const QString &all, const QStringList &values, bool words) {
        const QString current = box->currentData().toString();
        QStringList now;
        for (int i = 1; i < box->count(); ++i)
            now << box->itemData(i).toString();
        if (box->count() > 0 && now == values)
            return;
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(words ? DisplayText::enumText(v) : v, v); // "Bild", filtering by "Image"
        const int keep = box->findData(current);
        box->setCurrentIndex(keep < 0 ? 0 : keep);
    };
    refill(m_typeFilter, tr("All types"), m_library->distinctValues(u"type"_s), true);
    refill(m_categoryFilter, tr("All categories"), m_library->distinctValues(u"category"_s), false);
}

void LibraryPane::fetchBinary(const QString &id, std::function<void(const QByteArray &)> then)
{
    m_fetches->fetch(session(), id, std::move(then), [this, id](const QString &problem) {
        if (m_previewId == id)
            m_preview->showMessage(tr("The file could not be loaded: %1").arg(problem));
    });
}

void LibraryPane::selectedItemChanged(const QJsonObject &item)
{
    // The selected item alone, and as the server last said it is (a save of its properties
    // shows at once); none or several selected: nothing to preview, and its buttons wait.
    const QString id = Json::idOf(item);
    if (id == m_previewId && !item.isEmpty() && m_preview->item() == item)
        return;
    m_previewId = id;
    m_preview->setItem(item, selectedRowCount());
    if (id.isEmpty())
        return;
    fetchBinary(id, [this, id](const QByteArray &bytes) {
        if (m_previewId == id)
            m_preview->setBytes(bytes);
    });
}

void LibraryPane::prefetchSelection()
{
    // Rows are dragged as files; fetch the selection's files so a drag can start at once.
    int started = 0;
    for (const auto &item : selectedItems()) {
        const QString id = Json::idOf(item);
        if (!m_library->hasBinary(id) && !m_fetches->isFetching(id) && started++ < 10)
            fetchBinary(id);
    }
}

void LibraryPane::askSaveAs(const QJsonObject &item)
{
    if (item.isEmpty())
        return;
    Transfers::askSavePath(this, tr("Save “%1”").arg(Json::string(item, "name"_L1)),
                           LibraryModel::fileName(item),
                           [this, item](const QString &path) { saveItemTo(item, path); });
}

void LibraryPane::saveItemTo(const QJsonObject &item, const QString &path)
{
    const QString id = Json::idOf(item);
    if (id.isEmpty())
        return;
    if (!m_library->hasBinary(id) && !m_fetches->isFetching(id) && session()) {
        // Not here yet: straight to the file, its Base64 decoded as it arrives (never in memory).
        auto call = session()->downloadTo(LibraryEndpoints::get(id, true),
                                          [path](const DownloadJob &) { return path; });
        call.job()->decodeBase64Member("binary"_L1, "size"_L1);
        const auto job = std::move(call).finally(this, [this, path](DownloadJob &job) {
            QString error;
            if (job.succeeded() && job.commit(&error))
                showNotice(tr("Saved %1.").arg(path));
            else if (job.error().kind() != ApiError::Kind::Cancelled)
                Transfers::tell(this, title(),
                                job.succeeded() ? tr("Could not write %1: %2").arg(path, error)
                                                : job.error().message());
        });
        Transfers::track(job, this, tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
        return;
    }
    fetchBinary(id, [this, path](const QByteArray &bytes) {
        QString error;
        if (!DownloadJob::save(path, bytes, &error))
            Transfers::tell(this, title(), tr("Could not write %1: %2").arg(path, error));
        else
            showNotice(tr("Saved %1.").arg(path));
    });
}

void LibraryPane::openItem(const QJsonObject &item)
{
    const QList<JsonFormDialog::Field> fields = {
        {u"name"_s, tr("&Name:"), Kind::Line, {}, true},
        {u"description"_s, tr("&Description:"), Kind::Line},
        {u"category"_s, tr("&Category:"), Kind::Choice, m_library->distinctValues(u"category"_s)},
        {u"type"_s, tr("&Type:"), Kind::Enum, {u"Image"_s, u"Text"_s, u"Document"_s}},
        {u"folderName"_s, tr("&Folder:"), Kind::Choice, m_library->distinctValues(u"folderName"_s)},
        {u"extension"_s, tr("File type:"), Kind::ReadOnly},
        {u"version"_s, tr("Version:"), Kind::ReadOnly},
        {u"modifiedBy"_s, tr("Modified by:"), Kind::ReadOnly},
        {u"modifiedDateTime"_s, tr("Modified:"), Kind::ReadOnly}};
    auto *dialog =
        new JsonFormDialog(tr("Properties of %1").arg(itemLabel(item)), item, fields, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = Json::idOf(item);
    // Read again with its file, the sheet's changes laid on it, sent whole: a server that
    // replaces the item keeps its file (contract 9.1 "Updates"). Read without one (the server
    // did not send it), nothing is sent: that update could clear the file.
    saveFreshOnRequest(
        dialog, LibraryEndpoints::get(id, true),
        [dialog, id](const QJsonObject &fresh, ApiError *refusal) -> std::optional<ApiRequest> {
            if (!Json::value(fresh, "binary"_L1).isString()) {
                *refusal = ApiError(ApiError::Kind::BadResponse,
                                    tr("save “%1”").arg(Json::string(fresh, "name"_L1)));
                refusal->setReason(tr("The server sent the item without its file, and saving it "
                                      "without the file could remove it. Nothing was saved."));
                return std::nullopt;
            }
            return LibraryEndpoints::update(
                id, JsonEdits::apply(fresh, dialog->shown(), dialog->object()));
        });
    dialog->show();
}

void LibraryPane::createItem()
{
    Transfers::askOpenPaths(this, tr("Add files to the content library"), tr("All files (*)"), true,
                            [this](const QStringList &paths) { addFiles(paths); });
}

void LibraryPane::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // The categories and folders in use are offered; a category the list is filtered to is the
    // new items' category to begin with.
    LibraryUploadDialog::Choices choices{m_library->distinctValues(u"type"_s),
                                         m_library->distinctValues(u"category"_s),
                                         m_library->distinctValues(u"folderName"_s),
                                         {}};
    if (const QString category = m_categoryFilter->currentData().toString(); !category.isEmpty())
        choices.defaults.insert("category"_L1, category);
    auto *dialog = new LibraryUploadDialog(paths, choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<BulkOperation::Item> work;
        QStringList unreadable;
        const auto uploads = dialog->uploads();
        for (const auto &u : uploads) {
            // Each file goes up from the disk as it is sent (never whole in memory, however
            // many are dropped at once).
            QString error;
            auto request = LibraryEndpoints::createFromFile(u.metadata, u.path, &error);
            if (!request) {
                unreadable << u"%1: %2"_s.arg(QFileInfo(u.path).fileName(), error);
                continue;
            }
            const QString name = u.metadata.value("name"_L1).toString();
            // The answer without the file: it is on disk here, and fetched when it is shown.
            work.append({name, name, LibraryEndpoints::answeredWithoutFile(std::move(*request))});
        }
        if (!unreadable.isEmpty())
            Transfers::tell(this, title(),
                            tr("%n file(s) could not be read and were not sent.", nullptr,
                               int(unreadable.size())),
                            true, unreadable.join(QLatin1Char('\n')));
        if (work.size() == 1) {
            // One file: progress in bytes, cancellable.
            const auto job =
                session()
                    ->call(work.first().request)
                    .finally(this, [this, name = work.first().label](EntityJob &job) {
                        if (job.succeeded() && !job.object().isEmpty()) {
                            listModel()->addItem(job.object());
                            selectItems({job.object()}); // in its place, selected and in sight
                            showCreated({job.object()});
                        } else if (job.succeeded()) {
                            listModel()->addItem({}); // added, not said what: read again
                            showNotice(tr("Added “%1”.").arg(name));
                        } else if (job.error().kind() != ApiError::Kind::Cancelled) {
                            Transfers::tell(this, title(), job.error().message(), true,
                                            job.error().details());
                        }
                        emit uploadsFinished();
                    });
            Transfers::track(job, this, tr("Uploading “%1”…").arg(work.first().label));
        } else if (!work.isEmpty()) {
            connect(this, &ListPane::bulkFinished, this, &LibraryPane::uploadsFinished,
                    Qt::SingleShotConnection);
            runBulk(tr("Uploading %n file(s)…", nullptr, int(work.size())), tr("added"), work,
                    BulkRows::Answered);
        }
    });
    dialog->open();
}

void LibraryPane::askReplace(const QJsonObject &item)
{
    if (item.isEmpty())
        return;
    Transfers::askOpenPaths(this, tr("Replace the file of “%1”").arg(itemLabel(item)),
                            tr("All files (*)"), false, [this, item](const QStringList &paths) {
                                if (!paths.isEmpty())
                                    replaceFile(item, paths.first());
                            });
}

void LibraryPane::replaceFile(const QJsonObject &item, const QString &path)
{
    const QFileInfo info(path);
    const QString extension = LibraryEndpoints::extensionOf(path);
    if (!info.isFile() || info.size() == 0 || extension.isEmpty()) {
        Transfers::tell(this, title(),
                        tr("%1 cannot replace “%2”: it is %3.")
                            .arg(info.fileName(), itemLabel(item),
                                 !info.isFile()     ? tr("not a file")
                                 : info.size() == 0 ? tr("empty")
                                                    : tr("without an extension")));
        return;
    }
    const QString question =
        tr("Replace the file of “%1” with %2 (%3)? The item gets a new version; earlier versions "
           "stay in its history.")
            .arg(itemLabel(item), info.fileName(), QLocale().formattedDataSize(info.size()));
    confirmThen(question, tr("Replace"), [this, item, path] {
        // The item read fresh (without its old file), the new file set, the whole item sent:
        // its Base64 made from the disk as it goes, and the answer asked without the file
        // (never the file in memory, however large).
        const QString id = Json::idOf(item);
        const auto job =
            session()
                ->update(
                    LibraryEndpoints::get(id, false),
                    [id, path](const QJsonObject &fresh,
                               ApiError *refusal) -> std::optional<ApiRequest> {
                        QString error;
                        auto request =
                            LibraryEndpoints::replaceFileFromFile(id, fresh, path, &error);
                        if (!request) {
                            *refusal = ApiError(
                                ApiError::Kind::LocalFile,
                                tr("replace the file of “%1”").arg(Json::string(fresh, "name"_L1)));
                            refusal->setReason(tr("%1 could not be read (%2).")
                                                   .arg(QDir::toNativeSeparators(path), error));
                            return std::nullopt;
                        }
                        return LibraryEndpoints::answeredWithoutFile(std::move(*request));
                    })
                .finally(this, [this, id](FreshUpdateJob &job) {
                    if (!job.succeeded()) {
                        if (job.error().kind() != ApiError::Kind::Cancelled)
                            Transfers::tell(this, title(), job.error().message(), true,
                                            job.error().details());
                        emit uploadsFinished();
                        return;
                    }
                    m_library->forgetFile(id); // the old file: the preview fetches the new one
                    if (m_previewId == id)
                        m_previewId.clear(); // shown again, with the new file
                    listModel()->updateItem(job.object());
                    if (m_previewId.isEmpty() && Json::idOf(selectedItem()) == id)
                        selectedItemChanged(selectedItem()); // the answer read as before
                    showNotice(tr("Replaced the file of “%1”.")
                                   .arg(Json::string(job.object(), "name"_L1)));
                    emit uploadsFinished();
                });
        Transfers::track(job, this, tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    });
}

void LibraryPane::showHistory(const QJsonObject &item)
{
    if (item.isEmpty())
        return;
    const QString id = Json::idOf(item);
    const QString name = Json::string(item, "name"_L1);
    const QString extension = Json::string(item, "extension"_L1);
    auto *dialog =
        new HistoryDialog(session(),
                          {tr("History of “%1”").arg(name), LibraryEndpoints::history(id),
                           [id, extension](const QString &version) {
                               return LibraryEndpoints::exportVersion(id, version, extension);
                           },
                           [name, extension](const QString &version) {
                               return DownloadJob::safeFileName(
                                   u"%1 v%2%3"_s.arg(name, version, extension), u"item"_s);
                           }},
                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != view()->viewport())
        return ListPane::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->source() == view() || Transfers::localFiles(e->mimeData()).isEmpty())
            return false;
        e->setDropAction(Qt::CopyAction);
        e->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList paths = Transfers::localFiles(e->mimeData());
        if (e->source() == view() || paths.isEmpty())
            return false;
        e->setDropAction(Qt::CopyAction);
        e->accept();
        const QModelIndex at = view()->indexAt(e->position().toPoint());
        if (at.isValid() && paths.size() == 1) {
            // One file onto an item: a new version of that item.
            replaceFile(proxy()->mapToSource(at).data(PagedListModel::JsonRole).toJsonObject(),
                        paths.first());
        } else {
            addFiles(paths);
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace infiniti
