#include "models/ProjectsModel.h"

#include "api/DownloadJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kFolderColumn = 4;
} // namespace

ProjectsModel::ProjectsModel(QObject *parent)
    : FileListModel(ProjectsEndpoints::collection(),
                    {{tr("Name"), u"name"_s},
                     {tr("Version"), u"version"_s},
                     {tr("Modified"), u"modifiedUtc"_s, false, false, Format::DateTime},
                     {tr("Modified by"), u"modifiedBy"_s},
                     {tr("Folder"), u"folderName"_s},
                     {tr("Type"), u"type"_s, false, false, Format::Enum}, // in words, sent as is
                     {tr("Comment"), u"comment"_s}},
                    parent)
{
}

void ProjectsModel::markFolderDeleted(const QString &folderId, const QString &folderName)
{
    m_deletedFolders.append({folderId, folderName});
    if (rowCount() > 0)
        emit dataChanged(index(0, kFolderColumn), index(rowCount() - 1, kFolderColumn));
}

QVariant ProjectsModel::cell(const QJsonObject &item, int column, int role) const
{
    const QVariant shown = FileListModel::cell(item, column, role);
    if (column != kFolderColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return shown;
    for (const auto &[id, name] : m_deletedFolders) {
        if (!isInFolder(item, id, name))
            continue;
        return role == Qt::DisplayRole
                   ? tr("%1 (deleted)").arg(Json::string(item, "folderName"_L1, name))
                   : tr("This folder was deleted; the server keeps the project without it. It "
                        "is listed under “All projects”.");
    }
    return shown;
}

QString ProjectsModel::packageName(const QJsonObject &item)
{
    const QString name = Json::string(item, "name"_L1, tr("Project"));
    const QString version = Json::id(Json::value(item, "version"_L1));
    return DownloadJob::safeFileName(version.isEmpty() ? name + u".ixpkg"_s
                                                       : u"%1 v%2.ixpkg"_s.arg(name, version),
                                     u"project.ixpkg"_s);
}

void ProjectsModel::setFolder(const QString &folderId, const QString &folderName)
{
    m_folderId = folderId;
    setQuery(folderId.isEmpty() ? QList<std::pair<QString, QString>>{}
                                : QList<std::pair<QString, QString>>{{u"folderId"_s, folderId}});
    if (folderId.isEmpty())
        setRowFilter({});
    else
        setRowFilter([folderId, folderName](const QJsonObject &item) {
            // A project that does not say its folder is not hidden on a guess (the pane says so).
            return !hasFolderInfo(item) || isInFolder(item, folderId, folderName);
        });
}

} // namespace infiniti
