#include "api/endpoints/LibraryEndpoints.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace infiniti::LibraryEndpoints {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryEndpoints", text);
}

void stripServerFields(QJsonObject &item)
{
    // Keys the server owns or that only a GET carries; the rest goes back as it came.
    for (const auto *key : {"binary", "size", "version", "id"}) {
        for (const QString &k : item.keys()) {
            if (k.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                item.remove(k);
        }
    }
}

void setFile(QJsonObject &item, const QByteArray &bytes, const QString &extension)
{
    item.insert(QLatin1StringView("extension"), extension);
    item.insert(QLatin1StringView("binary"), QString::fromLatin1(bytes.toBase64()));
}
} // namespace

ApiRequest get(const QString &id, bool includeBinary)
{
    ApiRequest r = CrudRequests::get(kCollection, id, tr("load library item %1").arg(id));
    if (!includeBinary)
        r.query = {{QStringLiteral("includeBinary"), QStringLiteral("false")}};
    r.timeout = std::chrono::seconds(60);
    return r;
}

ApiRequest create(QJsonObject metadata, const QByteArray &bytes, const QString &extension)
{
    stripServerFields(metadata);
    setFile(metadata, bytes, extension);
    ApiRequest r = CrudRequests::create(kCollection, metadata,
                                        tr("add “%1” to the library").arg(metadata.value(QLatin1StringView("name")).toString()));
    r.timeout = std::chrono::seconds(60);
    return r;
}

ApiRequest update(const QString &id, QJsonObject item)
{
    stripServerFields(item);
    return CrudRequests::update(kCollection, id, item,
                                tr("save library item “%1”").arg(item.value(QLatin1StringView("name")).toString()));
}

ApiRequest replaceFile(const QString &id, QJsonObject item, const QByteArray &bytes, const QString &extension)
{
    stripServerFields(item);
    setFile(item, bytes, extension);
    ApiRequest r = CrudRequests::update(kCollection, id, item,
                                        tr("replace the file of “%1”").arg(item.value(QLatin1StringView("name")).toString()));
    r.timeout = std::chrono::seconds(60);
    return r;
}

ApiRequest history(const QString &id)
{
    return CrudRequests::history(kCollection, id, tr("read the history of library item %1").arg(id));
}

ApiRequest exportVersion(const QString &id, const QString &version)
{
    return CrudRequests::versionExport(kCollection, id, version, tr("download version %1 of library item %2").arg(version, id));
}

QString extensionOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
}

QString typeForFile(const QString &fileName)
{
    static const QStringList images = {QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
                                       QStringLiteral(".gif"), QStringLiteral(".bmp"), QStringLiteral(".svg")};
    static const QStringList texts = {QStringLiteral(".txt"), QStringLiteral(".htm"), QStringLiteral(".html"),
                                      QStringLiteral(".rtf"), QStringLiteral(".md")};
    const QString ext = extensionOf(fileName);
    if (images.contains(ext))
        return QStringLiteral("Image");
    if (texts.contains(ext))
        return QStringLiteral("Text");
    return QStringLiteral("Document");
}

} // namespace infiniti::LibraryEndpoints
