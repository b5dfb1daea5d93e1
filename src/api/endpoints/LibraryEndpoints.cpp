#include "api/endpoints/LibraryEndpoints.h"

#include "api/Base64FileBody.h"
#include "api/endpoints/CrudRequests.h"
#include "api/JsonEdits.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::LibraryEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct LibraryEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(LibraryEndpointsText)
};

void stripServerFields(QJsonObject &item, bool keepBinary = false)
{
    // Keys the server owns or that only a GET carries; the rest goes back as it came.
    for (const auto *key : {"binary", "size", "version", "id"}) {
        if (keepBinary && qstrcmp(key, "binary") == 0)
            continue;
        for (const QString &k : item.keys()) {
            if (k.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                item.remove(k);
        }
    }
}

void setFile(QJsonObject &item, const QByteArray &bytes, const QString &extension)
{
    JsonEdits::set(item, u"extension"_s, extension);
    JsonEdits::set(item, u"binary"_s, QString::fromLatin1(bytes.toBase64()));
}

// `r` sending `item` (server fields stripped) with the file at `path` as its "binary", last:
// the item's JSON up to there, then the Base64 made from the file as it is read.
std::optional<ApiRequest> withFileFrom(ApiRequest r, QJsonObject item, const QString &path,
                                       QString *error)
{
    JsonEdits::set(item, u"extension"_s, extensionOf(path));
    QByteArray head = QJsonDocument(item).toJson(QJsonDocument::Compact);
    head.chop(1); // its closing brace: the file comes before it
    if (head.size() > 1)
        head += ',';
    head += "\"binary\":\"";
    auto body = Base64FileBody::make(std::move(head), path, "\"}", error);
    if (!body)
        return std::nullopt;
    r.body.clear();
    r.upload = std::move(body);
    return r;
}
} // namespace

Collection collection()
{
    return {kCollection, "contentLibraryItems"_L1, ApiModule::Admin,
            LibraryEndpointsText::tr("the content library")};
}

ApiRequest get(const QString &id, bool includeBinary)
{
    ApiRequest r = CrudRequests::get(kCollection, id,
                                     LibraryEndpointsText::tr("load library item %1").arg(id));
    if (!includeBinary)
        r.query = {{u"includeBinary"_s, u"false"_s}};
    r.forLargeTransfer(std::chrono::seconds(60));
    return r;
}

ApiRequest remove(const QString &id, const QString &name)
{
    return CrudRequests::remove(kCollection, id, LibraryEndpointsText::tr("delete “%1”").arg(name));
}

ApiRequest create(QJsonObject metadata, const QByteArray &bytes, const QString &extension)
{
    stripServerFields(metadata);
    setFile(metadata, bytes, extension);
    ApiRequest r = CrudRequests::create(kCollection, metadata,
                                        LibraryEndpointsText::tr("add “%1” to the library")
                                            .arg(metadata.value("name"_L1).toString()));
    r.forLargeTransfer(std::chrono::seconds(60));
    return r;
}

std::optional<ApiRequest> createFromFile(QJsonObject metadata, const QString &path, QString *error)
{
    stripServerFields(metadata);
    ApiRequest r = CrudRequests::create(kCollection, {},
                                        LibraryEndpointsText::tr("add “%1” to the library")
                                            .arg(metadata.value("name"_L1).toString()));
    r.forLargeTransfer(std::chrono::seconds(60));
    return withFileFrom(std::move(r), std::move(metadata), path, error);
}

std::optional<ApiRequest> replaceFileFromFile(const QString &id, QJsonObject item,
                                              const QString &path, QString *error)
{
    stripServerFields(item);
    ApiRequest r = CrudRequests::update(
        kCollection, id, {},
        LibraryEndpointsText::tr("replace the file of “%1”").arg(Json::string(item, "name"_L1)));
    r.forLargeTransfer(std::chrono::seconds(60));
    return withFileFrom(std::move(r), std::move(item), path, error);
}

ApiRequest update(const QString &id, QJsonObject item)
{
    stripServerFields(item, true);
    ApiRequest r = CrudRequests::update(
        kCollection, id, item,
        LibraryEndpointsText::tr("save library item “%1”").arg(Json::string(item, "name"_L1)));
    r.forLargeTransfer(std::chrono::seconds(60));
    return r;
}

ApiRequest replaceFile(const QString &id, QJsonObject item, const QByteArray &bytes,
                       const QString &extension)
{
    stripServerFields(item);
    setFile(item, bytes, extension);
    ApiRequest r = CrudRequests::update(
        kCollection, id, item,
        LibraryEndpointsText::tr("replace the file of “%1”").arg(Json::string(item, "name"_L1)));
    r.forLargeTransfer(std::chrono::seconds(60));
    return r;
}

ApiRequest answeredWithoutFile(ApiRequest write)
{
    write.query.append({u"includeBinary"_s, u"false"_s});
    return write;
}

ApiRequest history(const QString &id)
{
    return CrudRequests::history(
        kCollection, id, LibraryEndpointsText::tr("read the history of library item %1").arg(id));
}

ApiRequest exportVersion(const QString &id, const QString &version, const QString &extension)
{
    ApiRequest r = CrudRequests::versionExport(
        kCollection, id, version,
        LibraryEndpointsText::tr("download version %1 of library item %2").arg(version, id));
    r.fileAnswer = true;
    r.fileExtension = extension;
    return r;
}

QString extensionOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
}

QString typeForFile(const QString &fileName)
{
    static const QStringList images = {u".png"_s, u".jpg"_s, u".jpeg"_s,
                                       u".gif"_s, u".bmp"_s, u".svg"_s};
    static const QStringList texts = {u".txt"_s, u".htm"_s, u".html"_s, u".rtf"_s, u".md"_s};
    const QString ext = extensionOf(fileName);
    if (images.contains(ext))
        return u"Image"_s;
    if (texts.contains(ext))
        return u"Text"_s;
    return u"Document"_s;
}

} // namespace infiniti::LibraryEndpoints
