#pragma once

#include "models/JsonListModel.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace infiniti {

// A JSON list whose rows stand for files (library items, project packages): file bytes the
// pane fetched sit in a bounded cache, and rows whose bytes are cached can be dragged out as
// real files (text/uri-list to a private temporary folder, named by fileNameOf()).
class FileListModel : public JsonListModel
{
    Q_OBJECT
public:
    using JsonListModel::JsonListModel;

    // `fileName` overrides fileNameOf() (e.g. the server's Content-Disposition name).
    void cacheFile(const QString &id, const QByteArray &bytes, const QString &fileName = {});
    // Drops the cached bytes of `id` (its file changed on the server).
    void forgetFile(const QString &id);
    bool hasFile(const QString &id) const { return m_files.contains(id); }
    // What a row's file is cached under: its id (itemId(), which a subclass may widen).
    QString fileKey(int row) const { return itemId(itemAt(row)); }
    QByteArray file(const QString &id) const { return m_files.value(id).bytes; }
    QString cachedFileName(const QString &id) const;
    // The file name a row is saved under.
    virtual QString fileNameOf(const QJsonObject &item) const = 0;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    struct Cached
    {
        QByteArray bytes;
        QString fileName;
    };
    QHash<QString, Cached> m_files;
    QList<QString> m_order; // oldest first, for eviction
    qint64 m_cachedBytes = 0;
    mutable std::unique_ptr<QTemporaryDir> m_dragDir;
};

} // namespace infiniti
