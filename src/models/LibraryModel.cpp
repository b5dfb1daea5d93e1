#include "LibraryModel.h"

#include "DownloadJob.h"
#include "Json.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace infiniti {

namespace {
constexpr qint64 kCacheLimit = 128 * 1024 * 1024; // bytes kept for previews and drags
}

LibraryModel::LibraryModel(QObject *parent)
    : JsonListModel("contentlibrary", QLatin1StringView("contentLibraryItems"),
                    {{tr("Name"), QStringLiteral("name")},
                     {tr("Type"), QStringLiteral("type")},
                     {tr("Category"), QStringLiteral("category")},
                     {tr("Folder"), QStringLiteral("folderName")},
                     {tr("Modified"), QStringLiteral("modifiedDateTime"), false, false, Format::DateTime},
                     {tr("Modified by"), QStringLiteral("modifiedBy")},
                     {tr("Size"), QStringLiteral("size"), false, false, Format::Bytes},
                     {tr("Version"), QStringLiteral("version")},
                     {tr("Description"), QStringLiteral("description")}},
                    parent)
{
}

QJsonObject LibraryModel::normalise(const QJsonObject &item)
{
    QJsonObject o = item;
    for (const QString &k : o.keys()) {
        if (k.compare(QLatin1String("binary"), Qt::CaseInsensitive) != 0)
            continue;
        // An upload's answer carries the file: keep it for previews and drags, not in the row.
        const auto decoded = QByteArray::fromBase64Encoding(o.value(k).toString().toLatin1());
        const QString id = Json::id(Json::value(o, QLatin1StringView("id")));
        if (decoded && !id.isEmpty() && !decoded.decoded.isEmpty())
            cacheBinary(id, decoded.decoded);
        o.remove(k);
    }
    return o;
}

void LibraryModel::cacheBinary(const QString &id, const QByteArray &bytes)
{
    if (m_binaries.contains(id)) {
        m_cachedBytes -= m_binaries.value(id).size();
        m_order.removeAll(id);
    }
    m_binaries.insert(id, bytes);
    m_order.append(id);
    m_cachedBytes += bytes.size();
    while (m_cachedBytes > kCacheLimit && m_order.size() > 1) {
        const QString oldest = m_order.takeFirst();
        m_cachedBytes -= m_binaries.take(oldest).size();
    }
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1)); // it may be dragged now
}

QString LibraryModel::fileNameOf(const QJsonObject &item)
{
    const QString name = Json::string(item, QLatin1StringView("name"), tr("Library item"));
    const QString extension = Json::string(item, QLatin1StringView("extension"));
    const QString file = name.endsWith(extension, Qt::CaseInsensitive) ? name : name + extension;
    return DownloadJob::safeFileName(file, tr("Library item"));
}

QStringList LibraryModel::distinctValues(const QString &key) const
{
    QStringList values;
    for (int row = 0; row < rowCount(); ++row) {
        const QString v = valueAt(itemAt(row), key);
        if (!v.isEmpty() && !values.contains(v, Qt::CaseInsensitive))
            values << v;
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = JsonListModel::flags(index);
    if (index.isValid() && hasBinary(itemId(itemAt(index.row()))))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList LibraryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    }
    if (rows.isEmpty())
        return nullptr;
    auto *self = const_cast<LibraryModel *>(this);
    if (!m_dragDir || !m_dragDir->isValid())
        self->m_dragDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/infiniti-library-XXXXXX"));
    QList<QUrl> urls;
    QStringList used;
    for (int row : rows) {
        const QJsonObject item = itemAt(row);
        const QString id = itemId(item);
        if (!hasBinary(id))
            return nullptr; // the pane fetches the selection's files before a drag can start
        QString name = fileNameOf(item);
        for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n)
            name = QStringLiteral("%1 (%2)%3").arg(QFileInfo(fileNameOf(item)).completeBaseName()).arg(n).arg(
                Json::string(item, QLatin1StringView("extension")));
        used << name;
        const QString path = m_dragDir->filePath(name);
        QString error;
        if (!DownloadJob::save(path, binary(id), &error))
            return nullptr;
        urls << QUrl::fromLocalFile(path);
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace infiniti
