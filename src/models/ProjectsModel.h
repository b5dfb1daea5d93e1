#pragma once

#include "models/FileListModel.h"

namespace infiniti {

// Projects (contract 4.1, 9.2): name, version, modified, by, folder, type. Rows whose package
// the pane fetched drag out as "<name> v<version>.ixpkg" files.
class ProjectsModel : public FileListModel
{
    Q_OBJECT
public:
    explicit ProjectsModel(QObject *parent = nullptr);
    QString fileNameOf(const QJsonObject &item) const override { return packageName(item); }
    static QString packageName(const QJsonObject &item);
    // Narrow to one content folder (empty: all). Our emulator filters on the server (folderId);
    // a server that ignores that sends every project, and the rows of other folders are left out
    // here (by folderId, or by folder name where the items carry no folderId).
    void setFolder(const QString &folderId, const QString &folderName = {});
    QString folder() const { return m_folderId; }
    // A folder deleted here: projects the server still files under it say so in the Folder
    // column ("Claims (deleted)"), so that none seems to be in a folder the tree lacks.
    void markFolderDeleted(const QString &folderId, const QString &folderName);

protected:
    QVariant cell(const QJsonObject &item, int column, int role) const override;

private:
    QString m_folderId;
    QList<std::pair<QString, QString>> m_deletedFolders; // (id, name)
};

} // namespace infiniti
