// The content library (contract 4.5 and 9.2): items with their binary, a version per new
// binary, history and version export.
#include "sim/SimJson.h"
#include "sim/SimRoutes.h"
#include "sim/SimSpecs.h"

#include "formats/Json.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

using Field = DocumentSpec::Field;
using Type = DocumentSpec::Type;
const QString kItems = u"contentLibraryItems"_s;
const QString kVersions = u"contentLibraryVersions"_s;
const QString kManageLibrary = u"Manage content library"_s;

QString typeForExtension(const QString &extension)
{
    static const QStringList images = {u".png"_s, u".jpg"_s, u".jpeg"_s,
                                       u".gif"_s, u".bmp"_s, u".svg"_s};
    static const QStringList texts = {u".txt"_s, u".htm"_s, u".html"_s, u".rtf"_s, u".md"_s};
    const QString ext = extension.toLower();
    if (images.contains(ext))
        return u"Image"_s;
    if (texts.contains(ext))
        return u"Text"_s;
    return u"Document"_s;
}

// The stored versions of one item, newest first.
std::vector<const QJsonObject *> versionsOf(const SimStore &store, const QString &itemId)
{
    std::vector<const QJsonObject *> out;
    for (const auto &v : store.documents(kVersions)) {
        if (v.value("itemId"_L1).toString() == itemId)
            out.push_back(&v);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return a->value("version"_L1).toString().toInt() >
               b->value("version"_L1).toString().toInt();
    });
    return out;
}

} // namespace

void addLibraryVersion(SimStore &store, const QJsonObject &item, const QString &comment)
{
    QJsonObject v{{"id"_L1, QString(item.value("id"_L1).toString() + QLatin1Char(':') +
                                    item.value("version"_L1).toString())},
                  {"itemId"_L1, item.value("id"_L1)},
                  {"version"_L1, item.value("version"_L1)},
                  {"modifiedUtc"_L1, item.value("modifiedDateTime"_L1)},
                  {"modifiedBy"_L1, item.value("modifiedBy"_L1)},
                  {"comment"_L1, comment},
                  {"size"_L1, item.value("size"_L1)},
                  {"extension"_L1, item.value("extension"_L1)},
                  {"binary"_L1, item.value("binary"_L1)}};
    auto &versions = store.documents(kVersions);
    const auto same = std::find_if(versions.begin(), versions.end(), [&](const QJsonObject &o) {
        return o.value("id"_L1) == v.value("id"_L1);
    });
    if (same != versions.end())
        *same = v; // the same version again (a sync import over itself): replaced, not listed twice
    else
        versions.push_back(v);
}

// The file a body sends, read: what depends on the body alone, so that a large one is read off
// the server's thread (SimRouter::prepareWith). Decoding a 200 MB file's Base64 there, from the
// parsed body, held that thread 4 s.
struct SentFile
{
    bool given = false; // the body has a `binary` string, which is then the item's file
    bool base64 = false;
    qint64 size = 0; // decoded
};

SentFile readSentFile(const QJsonObject &body)
{
    SentFile file;
    const QJsonValue binary = Json::value(body, "binary"_L1);
    if (!binary.isString())
        return file;
    file.given = true;
    const auto decoded = QByteArray::fromBase64Encoding(binary.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    file.base64 = bool(decoded);
    file.size = decoded.decoded.size();
    return file;
}

DocumentSpec libraryItemsSpec()
{
    DocumentSpec spec;
    spec.path = u"contentlibrary"_s;
    spec.collection = kItems;
    spec.envelope = u"contentLibraryItems"_s;
    spec.what = u"content library item"_s;
    spec.permission = kManageLibrary;
    spec.fields = {{u"name"_s, Type::String, true},
                   {u"description"_s, Type::String, false, QString(), Limits::kText},
                   {u"category"_s, Type::String, false, QString()},
                   {u"type"_s, Type::String, false, QString()},
                   {u"folderName"_s, Type::String, false, QString()},
                   {u"modifiedDateTime"_s, Type::String, false, QString()},
                   {u"modifiedBy"_s, Type::String, false, QString()},
                   {u"scale"_s, Type::Int, false, 100},
                   {u"extension"_s, Type::String, false, QString()},
                   // A PATCH without the file keeps it, in the strict profile too — unless
                   // --patch-drops-file: then it clears it (a new, empty version).
                   {u"binary"_s, Type::String, false, QString(), Limits::kUnlimited, true}};
    spec.prepare = [](QJsonObject &item, const QJsonObject *existing, const QJsonObject &body,
                      SimStore &, const SimRequest &req, FieldErrors *errors) {
        // The item's file is the body's when it sends one: read off the thread for a large body.
        const SentFile *read =
            req.prepared ? std::any_cast<SentFile>(&req.prepared->made) : nullptr;
        SentFile file;
        if (read && read->given && Json::value(body, "binary"_L1).isString()) {
            file = *read;
        } else {
            const auto decoded =
                QByteArray::fromBase64Encoding(item.value("binary"_L1).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            file = {true, bool(decoded), decoded.decoded.size()};
        }
        if (!file.base64) {
            (*errors)[u"binary"_s] << u"Must be the file's bytes in Base64."_s;
            return;
        }
        if (!existing && file.size == 0) {
            (*errors)[u"binary"_s] << u"Required: a new item needs its file."_s;
            return;
        }
        QString extension = item.value("extension"_L1).toString().trimmed();
        if (!extension.isEmpty() && !extension.startsWith(QLatin1Char('.')))
            extension.prepend(QLatin1Char('.'));
        if (extension.isEmpty() || extension.size() > 16 || extension.contains(QLatin1Char('/'))) {
            (*errors)[u"extension"_s] << u"Required: the file's extension, e.g. \".png\"."_s;
            return;
        }
        item.insert("extension"_L1, extension);
        if (item.value("type"_L1).toString().trimmed().isEmpty())
            item.insert("type"_L1, typeForExtension(extension));
        // The server records who changed it and when, whatever the body said.
        item.insert("modifiedBy"_L1, req.caller ? req.caller->username : QString());
        item.insert("modifiedDateTime"_L1, nowUtc());
        // A file sent that differs, or one cleared (--patch-drops-file): a new version. (A file
        // left out and kept is the same.)
        const bool newBinary = !existing || item.value("binary"_L1) != existing->value("binary"_L1);
        if (newBinary) {
            item.insert("size"_L1, double(file.size));
            item.insert("version"_L1,
                        QString::number(
                            existing ? existing->value("version"_L1).toString().toInt() + 1 : 1));
        }
    };
    spec.afterSave = [](const QJsonObject &item, const QJsonObject *existing, SimStore &store) {
        if (!existing || existing->value("version"_L1) != item.value("version"_L1))
            addLibraryVersion(store, item, QString());
    };
    spec.present = [](const QJsonObject &item, const SimRequest &req, bool single,
                      const SimStore &) {
        QJsonObject o = item;
        if (!single ||
            req.extensionQuery(u"includeBinary"_s).compare("false"_L1, Qt::CaseInsensitive) == 0)
            o.remove("binary"_L1);
        return o;
    };
    spec.afterDelete = [](const QJsonObject &item, SimStore &store) {
        auto &versions = store.documents(kVersions);
        const QString id = item.value("id"_L1).toString();
        versions.erase(std::remove_if(versions.begin(), versions.end(),
                                      [&](const QJsonObject &v) {
                                          return v.value("itemId"_L1).toString() == id;
                                      }),
                       versions.end());
    };
    return spec;
}

void registerLibraryRoutes(SimRouter &router, SimStore &store)
{
    const QString permission = kManageLibrary;
    registerDocumentRoutes(router, store, libraryItemsSpec());
    const auto readFile = [](const QJsonObject &body, const SimRequest &) {
        return std::any(readSentFile(body));
    };
    router.prepareWith("POST", u"admin:contentlibrary"_s, readFile);
    router.prepareWith("PATCH", u"admin:contentlibrary/{id}"_s, readFile);

    router.add("GET", u"admin:contentlibrary/{id}/history"_s, permission,
               [&store](SimRequest &req) {
                   const QJsonObject *item = findDocument(store, kItems, req.params.at(0));
                   if (!item)
                       return SimResponse::error(
                           404, u"No content library item %1."_s.arg(req.params.at(0)));
                   QJsonArray list;
                   for (const QJsonObject *v : versionsOf(store, item->value("id"_L1).toString())) {
                       QJsonObject entry = *v;
                       entry.remove("binary"_L1);
                       entry.remove("itemId"_L1);
                       entry.remove("id"_L1);
                       list.append(entry);
                   }
                   return SimResponse::json(200, {{"versions"_L1, list}});
               });
    router.add("GET", u"admin:contentlibrary/{id}/history/{version}/export"_s, permission,
               [&store](SimRequest &req) {
                   const QJsonObject *item = findDocument(store, kItems, req.params.at(0));
                   if (!item)
                       return SimResponse::error(
                           404, u"No content library item %1."_s.arg(req.params.at(0)));
                   for (const QJsonObject *v : versionsOf(store, item->value("id"_L1).toString())) {
                       if (v->value("version"_L1).toString() == req.params.at(1)) {
                           const QByteArray bytes =
                               QByteArray::fromBase64(v->value("binary"_L1).toString().toLatin1());
                           return SimResponse::file(
                               bytes, u"%1 v%2%3"_s.arg(item->value("name"_L1).toString(),
                                                        req.params.at(1),
                                                        v->value("extension"_L1).toString()));
                       }
                   }
                   return SimResponse::error(
                       404, u"The item '%1' has no version %2."_s.arg(
                                item->value("name"_L1).toString(), req.params.at(1)));
               });
}

} // namespace infiniti::sim
