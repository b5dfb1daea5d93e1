#include "models/ProjectsModel.h"

#include "api/DownloadJob.h"
#include "formats/Json.h"

namespace infiniti {

ProjectsModel::ProjectsModel(QObject *parent)
    : FileListModel("projects", QLatin1StringView("projects"),
                    {{tr("Name"), QStringLiteral("name")},
                     {tr("Version"), QStringLiteral("version")},
                     {tr("Modified"), QStringLiteral("modifiedUtc"), false, false, Format::DateTime},
                     {tr("Modified by"), QStringLiteral("modifiedBy")},
                     {tr("Folder"), QStringLiteral("folderName")},
                     {tr("Type"), QStringLiteral("type")},
                     {tr("Comment"), QStringLiteral("comment")}},
                    parent)
{
}

QString ProjectsModel::packageName(const QJsonObject &item)
{
    const QString name = Json::string(item, QLatin1StringView("name"), tr("Project"));
    const QString version = Json::id(Json::value(item, QLatin1StringView("version")));
    return DownloadJob::safeFileName(version.isEmpty() ? name + QStringLiteral(".ixpkg")
                                                       : QStringLiteral("%1 v%2.ixpkg").arg(name, version),
                                     QStringLiteral("project.ixpkg"));
}

void ProjectsModel::setFolder(const QString &folderId)
{
    m_folderId = folderId;
    if (folderId.isEmpty())
        setQuery({});
    else
        setQuery({{QStringLiteral("folderId"), folderId}});
}

} // namespace infiniti
