#include "models/FileListModel.h"

#include "api/DownloadJob.h"
#include "formats/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr qint64 kCacheLimit = 256 * 1024 * 1024; // bytes kept for previews and drags
}

void FileListModel::cacheFile(const QString &id, const QByteArray &bytes, const QString &fileName)
{
    if (m_files.contains(id)) {
        m_cachedBytes -= m_files.value(id).bytes.size();
        m_order.removeAll(id);
    }
    m_files.insert(id, {bytes, fileName});
    m_order.append(id);
    m_cachedBytes += bytes.size();
    while (m_cachedBytes > kCacheLimit && m_order.size() > 1) {
        const QString oldest = m_order.takeFirst();
        m_cachedBytes -= m_files.take(oldest).bytes.size();
    }
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1)); // it may be dragged now
}

void FileListModel::forgetFile(const QString &id)
{
    if (!m_files.contains(id))
        return;
    m_cachedBytes -= m_files.take(id).bytes.size();
    m_order.removeAll(id);
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1)); // no longer draggable
}

QString FileListModel::cachedFileName(const QString &id) const
{
    const QString given = m_files.value(id).fileName;
    if (!given.isEmpty())
        return given;
    const int row = rowOfId(id);
    return row >= 0 ? fileNameOf(itemAt(row)) : QString();
}

Qt::ItemFlags FileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = JsonListModel::flags(index);
    if (index.isValid() && hasFile(fileKey(index.row())))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList FileListModel::mimeTypes() const
{
    return {u"text/uri-list"_s};
}

QMimeData *FileListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    }
    if (rows.isEmpty())
        return nullptr;
    if (!m_dragDir || !m_dragDir->isValid())
        m_dragDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/infiniti-drag-XXXXXX"_s);
    QList<QUrl> urls;
    QStringList used;
    for (int row : rows) {
        const QString id = fileKey(row);
        if (!hasFile(id))
            return nullptr; // the pane fetches the selection's files before a drag can start
        const QString base = DownloadJob::safeFileName(cachedFileName(id), u"file"_s);
        QString name = base;
        for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n) {
            const QFileInfo info(base);
            name = u"%1 (%2)%3"_s.arg(info.completeBaseName())
                       .arg(n)
                       .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
        }
        used << name;
        const QString path = m_dragDir->filePath(name);
        QString error;
        if (!DownloadJob::save(path, file(id), &error))
            return nullptr;
        urls << QUrl::fromLocalFile(path);
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace infiniti
