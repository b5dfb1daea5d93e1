#include "ui/design/PublishedPane.h"

#include "api/Call.h"
#include "api/dto/PublishedProjects.h"
#include "api/endpoints/FoldersEndpoints.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/endpoints/PublishedProjectsEndpoints.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"
#include "models/FolderTreeModel.h"
#include "models/JsonListModel.h"
#include "ui/design/FolderTreePanel.h"
#include "ui/design/PublishDialog.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace infiniti {

PublishedPane::PublishedPane(QWidget *parent)
    : ListPane(new JsonListModel(PublishedProjectsEndpoints::collection(),
                                 {{tr("Project"), u"projectName"_s},
                                  {tr("Folder"), u"folderName"_s},
                                  {tr("Version"), u"projectVersion"_s},
                                  {tr("Allow save"), u"options.allowSave"_s},
                                  {tr("Documents"), u"outputFormats.document"_s},
                                  {tr("Completion message"), u"messages.completionPageMessage"_s}}),
               {u"published"_s, tr("Filter published projects (Ctrl+F)"),
                tr("Nothing is published here yet.")},
               parent)
    , m_published(static_cast<JsonListModel *>(listModel()))
    , m_folders(new FolderTreePanel(FoldersEndpoints::publishFolders(), tr("All publish folders"),
                                    tr("publish folder"), this))
{
    setInitialColumnWidths({240, 140, 60, 80, 120});
    // The completion message takes the room left (and gives it up first); beside the folder
    // tree, Allow save and Documents give way.
    setColumnRoles(5, {3, 4});
    // The documented list holds publish folders with their publications; ours is flat.
    m_published->setRowReader(&PublishedProjects::rows);
    newAction()->setText(tr("Pu&blish…"));
    // Removing a publication unpublishes the project; the project itself stays.
    deleteAction()->setText(tr("&Unpublish…"));
    addDetail(m_folders, Qt::Horizontal, 4, 1);
    moveDetailFirst();
    connect(m_folders, &FolderTreePanel::currentFolderChanged, this,
            [this](const QString &id, const QString &name) {
                // folderId is our emulator's filter: a server may ignore it, so the rows are picked
                // again.
                m_published->setQuery(
                    id.isEmpty() ? QList<std::pair<QString, QString>>{}
                                 : QList<std::pair<QString, QString>>{{u"folderId"_s, id}});
                if (id.isEmpty())
                    m_published->setRowFilter({});
                else
                    m_published->setRowFilter([id, name](const QJsonObject &item) {
                        return JsonListModel::isInFolder(item, id, name);
                    });
            });
}

void PublishedPane::setSession(Session *session)
{
    ListPane::setSession(session);
    m_folders->setSession(session);
}

void PublishedPane::refresh()
{
    ListPane::refresh();
    m_folders->reload();
}

QString PublishedPane::countText(int n) const
{
    return tr("%Ln published project(s)", nullptr, n);
}

QString PublishedPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 in %2")
        .arg(Json::string(item, "projectName"_L1), Json::string(item, "folderName"_L1));
}

std::optional<ApiRequest> PublishedPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return PublishedProjectsEndpoints::unpublish(Json::idOf(item), itemLabel(item));
}

ListPane::DeleteWords PublishedPane::deleteWords() const
{
    return {tr("Unpublish %1? The project itself stays, and can be published again."),
            tr("&Unpublish"),
            tr("Unpublishing…"),
            tr("unpublished"),
            tr("Nothing was unpublished:"),
            tr("These cannot be unpublished and are left alone:"),
            tr("Unpublish %1"),
            false}; // the project stays: published again, it is back
}

void PublishedPane::openDialog(const QJsonObject &item)
{
    if (!session())
        return;
    QJsonObject shown = item;
    if (item.isEmpty()) {
        // Publish into the folder in view: the one chosen in the tree, else the selected
        // publication's, else the only one there is.
        QString folder = m_folders->currentFolderId();
        if (folder.isEmpty())
            folder = Json::id(Json::value(selectedItem(), "folderId"_L1));
        const auto folders = m_folders->model()->loadedFolders();
        if (folder.isEmpty() && folders.size() == 1)
            folder = folders.first().first;
        if (!folder.isEmpty())
            shown.insert("folderId"_L1, folder);
    }
    auto *dialog = new PublishDialog(shown, m_folders->model()->loadedFolders(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = Json::idOf(item);
    if (item.isEmpty()) {
        // Every project can be published: the chooser offers them all (every page).
        session()
            ->readAll(ProjectsEndpoints::list(), "projects"_L1)
            .then(
                dialog,
                [dialog](const QJsonArray &projects) {
                    QList<std::pair<QString, QString>> list;
                    for (const auto &v : projects)
                        list.append(
                            {Json::idOf(v.toObject()),
                             u"%1 (v%2)"_s.arg(Json::string(v.toObject(), "name"_L1),
                                               Json::id(Json::value(v.toObject(), "version"_L1)))});
                    dialog->setProjects(list);
                },
                [dialog](const ApiError &error) {
                    dialog->setNote(
                        tr("The projects could not be listed: %1").arg(error.message()));
                });
        saveOnRequest(dialog,
                      [dialog] { return PublishedProjectsEndpoints::publish(dialog->object()); });
    } else {
        saveFreshOnRequest(dialog, PublishedProjectsEndpoints::get(id),
                           [dialog, id](const QJsonObject &fresh) {
                               return PublishedProjectsEndpoints::update(
                                   id, JsonEdits::apply(fresh, dialog->shown(), dialog->object()));
                           });
    }
    dialog->show();
}

} // namespace infiniti
