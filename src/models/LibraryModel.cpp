#include "models/LibraryModel.h"

#include "api/DownloadJob.h"
#include "formats/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace infiniti {

LibraryModel::LibraryModel(QObject *parent)
    : FileListModel("contentlibrary", QLatin1StringView("contentLibraryItems"),
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
        const QString id = Json::idOf(o);
        if (decoded && !id.isEmpty() && !decoded.decoded.isEmpty())
            cacheBinary(id, decoded.decoded);
        o.remove(k);
    }
    return o;
}

QString LibraryModel::fileName(const QJsonObject &item)
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

} // namespace infiniti
