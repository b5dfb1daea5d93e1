#include "ui/design/ProjectsPane.h"

#include "api/Call.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "formats/Json.h"
#include "formats/ProjectPackage.h"
#include "models/FolderTreeModel.h"
#include "models/ProjectsModel.h"
#include "ui/common/FileFetches.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/Transfers.h"
#include "ui/design/FolderTreePanel.h"
#include "ui/design/ProjectImportDialog.h"
#include "ui/design/SyncExportDialog.h"
#include "ui/design/SyncImportDialog.h"
#include "ui/lists/JsonFormDialog.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
using Kind = JsonFormDialog::Field::Kind;

} // namespace

ProjectsPane::ProjectsPane(QWidget *parent)
    : ListPane(new ProjectsModel,
               {u"projects"_s, tr("Filter projects (Ctrl+F)"),
                tr("No projects here. Drop .ixpkg packages to import them.")},
               parent)
    , m_projects(static_cast<ProjectsModel *>(listModel()))
    , m_folders(new FolderTreePanel(FoldersEndpoints::contentFolders(), tr("All projects"),
                                    tr("content folder"), this))
{
    setInitialColumnWidths({240, 60, 140, 120, 130, 80});
    setColumnRoles(0, {6, 3}); // beside the folder tree: Comment and Modified by give way
    // A row's package (its latest version), under the server's file name.
    m_fetches = new FileFetches(
        m_projects, [](const QString &id) { return ProjectsEndpoints::exportLatest(id, id); },
        [](const DownloadJob &job, QString *) {
            return std::optional<FileFetches::File>({job.body(), job.suggestedFileName()});
        },
        this);
    addDetail(m_folders, Qt::Horizontal, 4, 1);
    moveDetailFirst();
    // Import… and Export… are the toolbar's (and the Action menu's, the context menu's): no
    // second button for them here. Sync packages have no toolbar entry: their button stays.
    auto *syncButton = new QPushButton(tr("S&ync…"), this);
    syncButton->setObjectName(u"syncProjects"_s);
    syncButton->setToolTip(tr("Sync packages: projects with the library items, data sources, "
                              "folders and security they use"));
    auto *syncMenu = new QMenu(syncButton);
    syncMenu->addAction(tr("&Export a sync package…"), this, &ProjectsPane::askSyncExport);
    syncMenu->addAction(tr("&Import a sync package…"), this, &ProjectsPane::askSyncImport);
    syncButton->setMenu(syncMenu);
    addFilterWidget(syncButton);
    connect(m_folders, &FolderTreePanel::currentFolderChanged, m_projects,
            &ProjectsModel::setFolder);
    // Which folder a project is in is ours to know (contract 9.2): a server whose projects do
    // not say cannot be browsed by folder, and the list says so rather than look empty or sorted.
    connect(m_projects, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_folders->currentFolderId().isEmpty() || m_projects->rowCount() == 0)
            return;
        for (int r = 0; r < m_projects->rowCount(); ++r) {
            if (JsonListModel::hasFolderInfo(m_projects->itemAt(r)))
                return;
        }
        showNotice(tr("This server does not say which folder a project is in, so every project "
                      "is shown."));
    });
    FolderTreePanel::Contents contents; // counted before a folder is deleted
    contents.list = [](const QString &folderId) {
        return ProjectsEndpoints::list(folderId);
    };
    contents.envelope = "projects"_L1;
    contents.count = [this](int n) {
        return countText(n);
    };
    m_folders->setContents(std::move(contents));
    connect(m_folders, &FolderTreePanel::folderDeleted, this, &ProjectsPane::folderDeleted);
    connect(m_folders, &FolderTreePanel::filesDropped, this,
            [this](const QStringList &paths, const QString &folderId) {
                importFiles(paths, folderId);
            });

    view()->setDragEnabled(true);
    view()->setDragDropMode(QAbstractItemView::DragOnly);
    view()->viewport()->setAcceptDrops(true);
    view()->viewport()->installEventFilter(this);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectsPane::prefetchSelection);

    addItemAction(u"historyAction"_s, tr("&History…"),
                  [this](const QJsonObject &project) { showHistory(project); });
    QAction *exporting = addPaneAction(
        u"exportProjectsAction"_s, tr("E&xport…"), [this] { askExport(); }, {}, {}, true);
    exporting->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    // Their tooltips say the other ways: rows dragged out, packages dropped in.
    exporting->setToolTip(tr("Export the selected projects as packages; or drag them out of the "
                             "list into a folder"));
    QAction *importing = addPaneAction(
        u"importProjectsAction"_s, tr("&Import…"), [this] { askImport(); }, [] { return true; },
        QKeySequence(Qt::CTRL | Qt::Key_I), true);
    importing->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    importing->setToolTip(tr("Import project or sync packages; or drop .ixpkg files on the list "
                             "or on a folder"));
    addPaneSeparator();
    addPaneAction(u"syncExportAction"_s, tr("Export a s&ync package…"),
                  [this] { askSyncExport(); });
    addPaneAction(
        u"syncImportAction"_s, tr("Import a sync pac&kage…"), [this] { askSyncImport(); },
        [] { return true; });
}

void ProjectsPane::askSyncImport()
{
    Transfers::askOpenPaths(
        this, tr("Import a sync package"), tr("Sync packages (*.iqpkg *.json);;All files (*)"),
        false,
        [this](const QStringList &paths) { importFiles(paths, m_folders->currentFolderId()); });
}

void ProjectsPane::folderDeleted(const QString &id, const QString &name,
                                 std::optional<int> projectsBefore)
{
    // The vendor does not say what becomes of a deleted folder's projects: read what the server
    // did, and mark those it kept so that none seems to sit in a folder the tree lacks.
    m_projects->markFolderDeleted(id, name);
    m_folders->countContents(
        id, name, [this, name, projectsBefore](std::optional<int> kept, const QString &) {
            if (kept && *kept > 0)
                showNotice(tr("“%1” was deleted; the server keeps its %n project(s), marked "
                              "“%1 (deleted)”.",
                              nullptr, *kept)
                               .arg(name));
            else if (kept && projectsBefore && *projectsBefore > 0)
                showNotice(tr("“%1” was deleted; none of its %n project(s) is left on the "
                              "server.",
                              nullptr, *projectsBefore)
                               .arg(name));
            listModel()->reload();
        });
}

void ProjectsPane::setSession(Session *session)
{
    ListPane::setSession(session);
    m_folders->setSession(session);
}

void ProjectsPane::refresh()
{
    ListPane::refresh();
    m_folders->reload();
}

QString ProjectsPane::countText(int n) const
{
    return tr("%Ln project(s)", nullptr, n);
}

QString ProjectsPane::itemLabel(const QJsonObject &item) const
{
    return Json::string(item, "name"_L1);
}

std::optional<ApiRequest> ProjectsPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return ProjectsEndpoints::remove(Json::idOf(item), itemLabel(item));
}

void ProjectsPane::openItem(const QJsonObject &item)
{
    openProperties(item, false);
}

void ProjectsPane::renameItem(const QJsonObject &item)
{
    openProperties(item, true);
}

void ProjectsPane::openProperties(const QJsonObject &item, bool rename)
{
    const QList<JsonFormDialog::Field> fields = {
        {u"name"_s, tr("&Name:"), Kind::Line, {}, true},
        {u"version"_s, tr("Version:"), Kind::ReadOnly},
        {u"type"_s, tr("Type:"), Kind::ReadOnlyEnum}, // in words, as the list shows it
        {u"folderName"_s, tr("Folder:"), Kind::ReadOnly},
        {u"modifiedUtc"_s, tr("Modified:"), Kind::ReadOnly},
        {u"modifiedBy"_s, tr("Modified by:"), Kind::ReadOnly},
        {u"comment"_s, tr("Comment:"), Kind::ReadOnly},
        {u"publishedNames"_s, tr("Published in:"), Kind::ReadOnly},
        {u"id"_s, tr("Id:"), Kind::ReadOnly}};
    QJsonObject shown = item;
    shown.insert("publishedNames"_L1, tr("(loading…)"));
    auto *dialog =
        new JsonFormDialog(tr("Properties of %1").arg(itemLabel(item)), shown, fields, false, this);
    dialog->setObjectName(u"projectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = Json::idOf(item);
    // The detail says where the project is published.
    const auto publishedIn = [dialog](const QString &text) {
        if (auto *label = dialog->findChild<QLabel *>(u"publishedNames"_s))
            label->setText(text);
    };
    session()
        ->call(ProjectsEndpoints::get(id))
        .then(
            dialog,
            [publishedIn](const QJsonObject &project) {
                const auto where = publishedFolders(project);
                publishedIn(!where             ? tr("(this server does not say)")
                            : where->isEmpty() ? tr("not published")
                                               : where->join(u", "_s));
            },
            [publishedIn](const ApiError &error) { publishedIn(error.message()); });
    // A rename is the documented PATCH {name} (contract 4.1): nothing else of a project is sent.
    saveOnRequest(dialog, [dialog, id] {
        return ProjectsEndpoints::rename(id, Json::string(dialog->object(), "name"_L1).trimmed());
    });
    dialog->show();
    if (rename)
        dialog->focusName();
}

void ProjectsPane::deleteSelected()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.size() != 1) {
        ListPane::deleteSelected();
        return;
    }
    // One project: say where it is published before it goes (its publications go with it).
    const QJsonObject item = items.first();
    // Where it is published is asked first; a server that does not say (or fails to) still gets
    // the plain question.
    session()
        ->call(ProjectsEndpoints::get(Json::idOf(item)))
        .finally(this, [this, item](EntityJob &detail) {
            if (detail.error().kind() == ApiError::Kind::Cancelled)
                return;
            const auto where =
                detail.succeeded() ? publishedFolders(detail.object()) : std::nullopt;
            const QString question =
                !where ? tr("Delete the project “%1”? Its versions go with it, and any forms "
                            "published from it stop working.")
                             .arg(itemLabel(item))
                : where->isEmpty()
                    ? tr("Delete the project “%1”? Its versions go with it.").arg(itemLabel(item))
                    : tr("Delete the project “%1”? It is published in %2; those forms stop "
                         "working. Its versions go with it.")
                          .arg(itemLabel(item), where->join(u", "_s));
            confirmThen(question, tr("Delete"), [this, item] {
                runBulk(tr("Deleting…"), tr("deleted"),
                        {{Json::idOf(item), itemLabel(item), *deleteRequest(item, nullptr)}},
                        BulkRows::Removed);
            });
        });
}

std::optional<QStringList> ProjectsPane::publishedFolders(const QJsonObject &project)
{
    // `publishedIn` is our emulator's (contract 9.2): without it, where is unknown — not "nowhere".
    const QJsonValue in = Json::value(project, "publishedIn"_L1);
    if (!in.isArray())
        return std::nullopt;
    QStringList where;
    for (const auto &p : in.toArray())
        where << Json::string(p.toObject(), "folderName"_L1);
    return where;
}

void ProjectsPane::showHistory(const QJsonObject &project)
{
    if (project.isEmpty())
        return;
    const QString id = Json::idOf(project);
    const QString name = itemLabel(project);
    auto *dialog = new HistoryDialog(
        session(),
        {tr("History of “%1”").arg(name), ProjectsEndpoints::history(id),
         [id](const QString &version) { return ProjectsEndpoints::exportVersion(id, version); },
         [name](const QString &version) {
             return DownloadJob::safeFileName(u"%1 v%2.ixpkg"_s.arg(name, version),
                                              u"project.ixpkg"_s);
         }},
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Restore: that version's package imported over the project, as a new version.
    auto *restore = new QPushButton(tr("&Restore as new version…"), dialog);
    restore->setObjectName(u"restoreVersion"_s);
    // The current version is the project as it is: nothing to restore.
    dialog->addButton(restore, [dialog](const QString &version) {
        return version == dialog->currentVersion()
                   ? tr("Version %1 is the current version: there is nothing to restore.")
                         .arg(version)
                   : QString();
    });
    connect(restore, &QPushButton::clicked, dialog, [this, dialog, id, name] {
        const QString version = dialog->selectedVersion();
        if (version.isEmpty())
            return;
        auto *ask = new JsonFormDialog(tr("Restore version %1 of “%2”").arg(version, name),
                                       {{"comment"_L1, tr("Restored version %1").arg(version)}},
                                       {{u"comment"_s, tr("&Comment:"), Kind::Line, {}, true}},
                                       true, dialog);
        ask->setObjectName(u"restoreDialog"_s);
        ask->setSaveText(tr("&Restore"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &EntityDialog::saveRequested, dialog, [this, ask, dialog, id, version] {
            ask->setBusy(true);
            session()
                ->download(ProjectsEndpoints::exportVersion(id, version))
                .then(
                    ask,
                    [this, ask, dialog](const QByteArray &package) {
                        restorePackage(package, ask, dialog);
                    },
                    [ask](const ApiError &error) { ask->showError(error); });
        });
        ask->show();
    });
    dialog->show();
}

void ProjectsPane::restorePackage(const QByteArray &package, JsonFormDialog *ask,
                                  HistoryDialog *history)
{
    // That version's package, imported over the project: the server makes it a new version.
    ProjectsEndpoints::ImportOptions options;
    QStringList ids; // the project this version is of
    for (const auto &project : ProjectPackage::inspect(package).projects)
        ids << project.id;
    options.overwrite(ids);
    options.comment = Json::string(ask->object(), "comment"_L1);
    session()
        ->perform(ProjectsEndpoints::importPackageBytes(package, options))
        .then(
            ask,
            [this, ask, history](ApiJob &upload) {
                showImported(upload.json());
                ask->accept();
                history->reload();
            },
            [ask](const ApiError &error) { ask->showError(error); });
}

void ProjectsPane::showImported(const QJsonDocument &answer)
{
    QJsonArray projects;
    QString problem;
    Json::readList(answer, "projects"_L1, &projects, &problem);
    showImported(projects);
}

void ProjectsPane::showImported(const QJsonArray &projects)
{
    if (projects.isEmpty()) {
        refresh(); // the server did not say what it imported (201 without a body): read the list
                   // again
        return;
    }
    auto imported = std::make_shared<QList<QJsonObject>>();
    for (const auto &p : projects)
        fetchUpdated(Json::idOf(p.toObject()), imported);
}

void ProjectsPane::fetchUpdated(const QString &id, std::shared_ptr<QList<QJsonObject>> imported)
{
    session()
        ->call(ProjectsEndpoints::get(id))
        .then(
            this,
            [this, imported](QJsonObject project) {
                project.remove("publishedIn"_L1);
                listModel()->addItem(project); // updates the row, or shows a new project
                // What this import brought, selected and in sight (in the list's order).
                if (imported) {
                    imported->append(project);
                    selectItems(*imported);
                }
            },
            [this](const ApiError &error) {
                showNotice(tr("The list may be out of date: %1").arg(error.message()));
            });
}

void ProjectsPane::askImport()
{
    Transfers::askOpenPaths(
        this, tr("Import projects"),
        tr("Project and sync packages (*.ixpkg *.iqpkg);;All files (*)"), true,
        [this](const QStringList &paths) { importFiles(paths, m_folders->currentFolderId()); });
}

void ProjectsPane::askSyncExport()
{
    if (!session())
        return;
    auto *dialog = new SyncExportDialog(session(), selectedItems(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncExportDialog::exported, this,
            [this](const QString &, const QString &summary) { showNotice(summary); });
    dialog->show();
}

void ProjectsPane::importFiles(const QStringList &paths, const QString &folderId)
{
    if (paths.isEmpty() || !session())
        return;
    // Sync packages (JSON) each get their own sheet; .ixpkg packages go through the preview.
    QStringList packages;
    for (const QString &path : paths) {
        if (!path.endsWith(".iqpkg"_L1, Qt::CaseInsensitive) &&
            !path.endsWith(".json"_L1, Qt::CaseInsensitive)) {
            packages << path;
            continue;
        }
        auto *sync = new SyncImportDialog(session(), path, this);
        sync->setAttribute(Qt::WA_DeleteOnClose);
        connect(sync, &SyncImportDialog::imported, this, [this] { refresh(); });
        sync->show();
    }
    if (packages.isEmpty())
        return;
    auto *dialog = new ProjectImportDialog(session(), packages, m_folders->model()->loadedFolders(),
                                           folderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectImportDialog::imported, this,
            qOverload<const QJsonArray &>(&ProjectsPane::showImported));
    dialog->show();
}

void ProjectsPane::askExport()
{
    const QList<QJsonObject> items = selectedItems();
    if (items.isEmpty())
        return;
    if (items.size() == 1) {
        Transfers::askSavePath(
            this, tr("Export “%1”").arg(itemLabel(items.first())),
            ProjectsModel::packageName(items.first()),
            [this, item = items.first()](const QString &path) { exportProjectTo(item, path); });
        return;
    }
    Transfers::askFolder(this, tr("Export %n project(s) to a folder", nullptr, int(items.size())),
                         [this](const QString &folder) { exportSelectedTo(folder); });
}

void ProjectsPane::exportProjectTo(const QJsonObject &project, const QString &file)
{
    // Written to the file as it arrives, put in place once complete.
    const auto job =
        session()
            ->downloadTo(ProjectsEndpoints::exportLatest(Json::idOf(project), itemLabel(project)),
                         [file](const DownloadJob &) { return file; })
            .finally(this, [this, file](DownloadJob &job) {
                QString error;
                if (job.succeeded() && job.commit(&error)) {
                    showNotice(tr("Exported to %1.").arg(file));
                    emit exportsFinished(1, 0);
                    return;
                }
                if (job.error().kind() != ApiError::Kind::Cancelled)
                    Transfers::tell(this, tr("Export"),
                                    job.succeeded() ? tr("Could not write %1: %2").arg(file, error)
                                                    : job.error().message());
                emit exportsFinished(0, 1);
            });
    Transfers::track(job, this, tr("Exporting “%1”…").arg(itemLabel(project)));
}

void ProjectsPane::exportSelectedTo(const QString &directory)
{
    exportNext({selectedItems(), directory, 0, 0, {}});
}

void ProjectsPane::exportNext(ExportRun run)
{
    if (run.next >= run.items.size()) {
        if (!run.failures.isEmpty())
            Transfers::tell(
                this, tr("Export"),
                tr("%1 exported; %n failed.", nullptr, int(run.failures.size())).arg(run.saved),
                true, run.failures.join(QLatin1Char('\n')));
        else
            showNotice(tr("Exported %n project(s) to %1.", nullptr, run.saved).arg(run.directory));
        emit exportsFinished(run.saved, int(run.failures.size()));
        return;
    }
    const QJsonObject item = run.items.at(run.next);
    const auto pathFor = [directory = run.directory, item](const DownloadJob &answer) {
        return QDir(directory).filePath(DownloadJob::safeFileName(
            answer.suggestedFileName(), ProjectsModel::packageName(item), u".ixpkg"_s));
    };
    const auto job =
        session()
            ->downloadTo(ProjectsEndpoints::exportLatest(Json::idOf(item), itemLabel(item)),
                         pathFor)
            .finally(this, [this, run, item](DownloadJob &job) mutable {
                if (job.error().kind() == ApiError::Kind::Cancelled) {
                    run.failures.append(
                        tr("%1: cancelled (and those after it)").arg(itemLabel(item)));
                    emit exportsFinished(run.saved, int(run.failures.size()));
                    return; // a cancel stops the run; nothing partial was written
                }
                QString error;
                if (!job.succeeded())
                    run.failures.append(u"%1: %2"_s.arg(itemLabel(item), job.error().message()));
                else if (!job.commit(&error))
                    run.failures.append(u"%1: %2"_s.arg(itemLabel(item), error));
                else
                    ++run.saved;
                ++run.next;
                exportNext(run);
            });
    Transfers::track(job, this,
                     tr("Exporting “%1” (%2 of %3)…")
                         .arg(itemLabel(item))
                         .arg(run.next + 1)
                         .arg(run.items.size()));
}

void ProjectsPane::fetchPackage(const QString &id)
{
    m_fetches->fetch(session(), id);
}

void ProjectsPane::prefetchSelection()
{
    // Rows drag out as .ixpkg files: fetch the selection's packages so a drag can start.
    const QList<QJsonObject> items = selectedItems();
    if (items.size() > 10)
        return;
    for (const auto &item : items)
        fetchPackage(Json::idOf(item));
}

bool ProjectsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != view()->viewport())
        return ListPane::eventFilter(watched, event);
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove &&
        event->type() != QEvent::Drop)
        return false;
    auto *e = static_cast<QDropEvent *>(event);
    const QStringList paths = Transfers::localFiles(e->mimeData());
    if (e->source() == view() || paths.isEmpty())
        return false;
    e->setDropAction(Qt::CopyAction);
    e->accept();
    if (event->type() == QEvent::Drop)
        importFiles(paths, m_folders->currentFolderId());
    return true;
}

} // namespace infiniti
