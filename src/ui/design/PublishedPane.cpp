#include "ui/design/PublishedPane.h"

#include "models/FolderTreeModel.h"
#include "ui/design/FolderTreePanel.h"
#include "formats/Json.h"
#include "models/JsonListModel.h"
#include "api/ListPageJob.h"
#include "ui/design/PublishDialog.h"
#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/ProjectsEndpoints.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace infiniti {

PublishedPane::PublishedPane(QWidget *parent)
    : ListPane(new JsonListModel("publishedprojects", "publishedProjects"_L1,
                                 {{tr("Project"), u"projectName"_s},
                                  {tr("Folder"), u"folderName"_s},
                                  {tr("Version"), u"projectVersion"_s},
                                  {tr("Allow save"), u"options.allowSave"_s},
                                  {tr("Documents"), u"outputFormats.document"_s},
                                  {tr("Completion message"), u"messages.completionPageMessage"_s}}),
               {u"published"_s, tr("Filter published projects (Ctrl+F)"), tr("Nothing is published here yet.")}, parent)
    , m_published(static_cast<JsonListModel *>(listModel()))
    , m_folders(new FolderTreePanel("publishfolders", "publishFolders"_L1, tr("All publish folders"), tr("publish folder"), this))
{
    setInitialColumnWidths({240, 140, 60, 80, 120});
    newAction()->setText(tr("&Publish…"));
    addDetail(m_folders, Qt::Horizontal, 4, 1);
    moveDetailFirst();
    connect(m_folders, &FolderTreePanel::currentFolderChanged, this, [this](const QString &id) {
        m_published->setQuery(id.isEmpty() ? QList<std::pair<QString, QString>>{}
                                           : QList<std::pair<QString, QString>>{{u"folderId"_s, id}});
        if (id.isEmpty())
            setExtraFilter({});
        else
            setExtraFilter([id](const QJsonObject &item) {
                return Json::id(Json::value(item, "folderId"_L1)).compare(id, Qt::CaseInsensitive) == 0;
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
    return tr("%n published project(s)", nullptr, n);
}

QString PublishedPane::itemLabel(const QJsonObject &item) const
{
    return tr("%1 in %2").arg(Json::string(item, "projectName"_L1), Json::string(item, "folderName"_L1));
}

std::optional<ApiRequest> PublishedPane::deleteRequest(const QJsonObject &item, QString *) const
{
    return CrudRequests::remove("publishedprojects", Json::idOf(item), tr("un-publish %1").arg(itemLabel(item)));
}

void PublishedPane::openDialog(const QJsonObject &item)
{
    if (!session())
        return;
    QJsonObject shown = item;
    if (item.isEmpty() && !m_folders->currentFolderId().isEmpty())
        shown.insert("folderId"_L1, m_folders->currentFolderId()); // publish into the selected folder
    auto *dialog = new PublishDialog(shown, m_folders->model()->loadedFolders(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (item.isEmpty()) {
        auto *projects = new ListPageJob(session(), CrudRequests::list("projects", 0, 1000, tr("list projects")), "projects"_L1, dialog);
        connect(projects, &ApiJob::finished, dialog, [projects, dialog] {
            QList<std::pair<QString, QString>> list;
            for (const auto &v : projects->items())
                list.append({Json::idOf(v.toObject()),
                             u"%1 (v%2)"_s.arg(Json::string(v.toObject(), "name"_L1),
                                                            Json::id(Json::value(v.toObject(), "version"_L1)))});
            dialog->setProjects(list);
        });
        projects->start();
    }
    const QString id = Json::idOf(item);
    saveOnRequest(dialog, [dialog, id] {
        return id.isEmpty() ? CrudRequests::create("publishedprojects", dialog->object(), tr("publish the project"))
                            : CrudRequests::update("publishedprojects", id, dialog->object(), tr("save the publication"));
    });
    dialog->show();
}

} // namespace infiniti
