#include "models/LibraryModel.h"

#include "api/DownloadJob.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "formats/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace infiniti {

LibraryModel::LibraryModel(QObject *parent)
    : FileListModel(LibraryEndpoints::collection(),
                    {{tr("Name"), u"name"_s},
                     {tr("Type"), u"type"_s, false, false, Format::Enum},
                     {tr("Category"), u"category"_s},
                     {tr("Folder"), u"folderName"_s},
                     {tr("Modified"), u"modifiedDateTime"_s, false, false, Format::DateTime},
                     {tr("Modified by"), u"modifiedBy"_s},
                     {tr("Size"), u"size"_s, false, false, Format::Bytes},
                     {tr("Version"), u"version"_s},
                     {tr("Description"), u"description"_s}},
                    parent)
{
}

QJsonObject LibraryModel::normalise(const QJsonObject &item)
{
    QJsonObject o = item;
    for (const QString &k : o.keys()) {
        if (k.compare("binary"_L1, Qt::CaseInsensitive) != 0)
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
    const QString name = Json::string(item, "name"_L1, tr("Library item"));
    const QString extension = Json::string(item, "extension"_L1);
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
