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
    // Narrow to one content folder (empty: all). The emulator filters on the server; rows of
    // other folders a server still sends are left out by the pane's own filter.
    void setFolder(const QString &folderId);
    QString folder() const { return m_folderId; }

private:
    QString m_folderId;
};

} // namespace infiniti
