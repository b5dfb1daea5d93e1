// The content library (contract 4.5 and 9.2): items with their binary, a version per new
// binary, history and version export.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimRoutes.h"

#include <QDateTime>
#include <QJsonArray>

namespace infiniti::sim {

namespace {

using Field = DocumentSpec::Field;
using Type = DocumentSpec::Type;
using L = QLatin1StringView;

const QString kItems = QStringLiteral("contentLibraryItems");
const QString kVersions = QStringLiteral("contentLibraryVersions");

QString typeForExtension(const QString &extension)
{
    static const QStringList images = {QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
                                       QStringLiteral(".gif"), QStringLiteral(".bmp"), QStringLiteral(".svg")};
    static const QStringList texts = {QStringLiteral(".txt"), QStringLiteral(".htm"), QStringLiteral(".html"),
                                      QStringLiteral(".rtf"), QStringLiteral(".md")};
    const QString ext = extension.toLower();
    if (images.contains(ext))
        return QStringLiteral("Image");
    if (texts.contains(ext))
        return QStringLiteral("Text");
    return QStringLiteral("Document");
}

// The stored versions of one item, newest first.
std::vector<const QJsonObject *> versionsOf(const SimStore &store, const QString &itemId)
{
    std::vector<const QJsonObject *> out;
    for (const auto &v : store.documents(kVersions)) {
        if (v.value(L("itemId")).toString() == itemId)
            out.push_back(&v);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return a->value(L("version")).toString().toInt() > b->value(L("version")).toString().toInt();
    });
    return out;
}

} // namespace

void addLibraryVersion(SimStore &store, const QJsonObject &item, const QString &comment)
{
    QJsonObject v{{L("id"), QString(item.value(L("id")).toString() + QLatin1Char(':') + item.value(L("version")).toString())},
                  {L("itemId"), item.value(L("id"))},
                  {L("version"), item.value(L("version"))},
                  {L("modifiedUtc"), item.value(L("modifiedDateTime"))},
                  {L("modifiedBy"), item.value(L("modifiedBy"))},
                  {L("comment"), comment},
                  {L("size"), item.value(L("size"))},
                  {L("extension"), item.value(L("extension"))},
                  {L("binary"), item.value(L("binary"))}};
    auto &versions = store.documents(kVersions);
    const auto same = std::find_if(versions.begin(), versions.end(), [&](const QJsonObject &o) { return o.value(L("id")) == v.value(L("id")); });
    if (same != versions.end())
        *same = v; // the same version again (a sync import over itself): replaced, not listed twice
    else
        versions.push_back(v);
}

void registerLibraryRoutes(SimRouter &router, SimStore &store)
{
    const QString permission = QStringLiteral("Manage content library");
    DocumentSpec spec;
    spec.path = QStringLiteral("contentlibrary");
    spec.collection = kItems;
    spec.envelope = QStringLiteral("contentLibraryItems");
    spec.what = QStringLiteral("content library item");
    spec.permission = permission;
    spec.fields = {{QStringLiteral("name"), Type::String, true},
                   {QStringLiteral("description"), Type::String, false, QString()},
                   {QStringLiteral("category"), Type::String, false, QString()},
                   {QStringLiteral("type"), Type::String, false, QString()},
                   {QStringLiteral("folderName"), Type::String, false, QString()},
                   {QStringLiteral("modifiedDateTime"), Type::String, false, QString()},
                   {QStringLiteral("modifiedBy"), Type::String, false, QString()},
                   {QStringLiteral("scale"), Type::Int, false, 100},
                   {QStringLiteral("extension"), Type::String, false, QString()},
                   {QStringLiteral("binary"), Type::String, false, QString()}};
    spec.prepare = [](QJsonObject &item, const QJsonObject *existing, const QJsonObject &body, SimStore &,
                      const SimRequest &req, FieldErrors *errors) {
        bool sent = false;
        for (auto it = body.begin(); it != body.end(); ++it)
            sent = sent || it.key().compare(QLatin1String("binary"), Qt::CaseInsensitive) == 0;
        const QByteArray encoded = item.value(L("binary")).toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            (*errors)[QStringLiteral("binary")] << QStringLiteral("Must be the file's bytes in Base64.");
            return;
        }
        if (!existing && decoded.decoded.isEmpty()) {
            (*errors)[QStringLiteral("binary")] << QStringLiteral("Required: a new item needs its file.");
            return;
        }
        QString extension = item.value(L("extension")).toString().trimmed();
        if (!extension.isEmpty() && !extension.startsWith(QLatin1Char('.')))
            extension.prepend(QLatin1Char('.'));
        if (extension.isEmpty() || extension.size() > 16 || extension.contains(QLatin1Char('/'))) {
            (*errors)[QStringLiteral("extension")] << QStringLiteral("Required: the file's extension, e.g. \".png\".");
            return;
        }
        item.insert(L("extension"), extension);
        if (item.value(L("type")).toString().trimmed().isEmpty())
            item.insert(L("type"), typeForExtension(extension));
        // The server records who changed it and when, whatever the body said.
        item.insert(L("modifiedBy"), req.caller ? req.caller->username : QString());
        item.insert(L("modifiedDateTime"), nowUtc());
        const bool newBinary = !existing || (sent && item.value(L("binary")) != existing->value(L("binary")));
        if (newBinary) {
            item.insert(L("size"), double(decoded.decoded.size()));
            item.insert(L("version"), QString::number(existing ? existing->value(L("version")).toString().toInt() + 1 : 1));
        }
    };
    spec.afterSave = [](const QJsonObject &item, const QJsonObject *existing, SimStore &store) {
        if (!existing || existing->value(L("version")) != item.value(L("version")))
            addLibraryVersion(store, item, QString());
    };
    spec.present = [](const QJsonObject &item, const SimRequest &req, bool single, const SimStore &) {
        QJsonObject o = item;
        if (!single || req.queryValue(QStringLiteral("includeBinary")).compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            o.remove(L("binary"));
        return o;
    };
    spec.afterDelete = [](const QJsonObject &item, SimStore &store) {
        auto &versions = store.documents(kVersions);
        const QString id = item.value(L("id")).toString();
        versions.erase(std::remove_if(versions.begin(), versions.end(),
                                      [&](const QJsonObject &v) { return v.value(L("itemId")).toString() == id; }),
                       versions.end());
    };
    registerDocumentRoutes(router, store, spec);

    router.add("GET", QStringLiteral("admin:contentlibrary/{id}/history"), permission, [&store](SimRequest &req) {
        const QJsonObject *item = findDocument(store, kItems, req.params.at(0));
        if (!item)
            return SimResponse::error(404, QStringLiteral("No content library item %1.").arg(req.params.at(0)));
        QJsonArray list;
        for (const QJsonObject *v : versionsOf(store, item->value(L("id")).toString())) {
            QJsonObject entry = *v;
            entry.remove(L("binary"));
            entry.remove(L("itemId"));
            entry.remove(L("id"));
            list.append(entry);
        }
        return SimResponse::json(200, {{L("versions"), list}});
    });
    router.add("GET", QStringLiteral("admin:contentlibrary/{id}/history/{version}/export"), permission, [&store](SimRequest &req) {
        const QJsonObject *item = findDocument(store, kItems, req.params.at(0));
        if (!item)
            return SimResponse::error(404, QStringLiteral("No content library item %1.").arg(req.params.at(0)));
        for (const QJsonObject *v : versionsOf(store, item->value(L("id")).toString())) {
            if (v->value(L("version")).toString() == req.params.at(1)) {
                const QByteArray bytes = QByteArray::fromBase64(v->value(L("binary")).toString().toLatin1());
                return SimResponse::file(bytes, QStringLiteral("%1 v%2%3").arg(item->value(L("name")).toString(),
                                                                              req.params.at(1),
                                                                              v->value(L("extension")).toString()));
            }
        }
        return SimResponse::error(404, QStringLiteral("The item '%1' has no version %2.")
                                           .arg(item->value(L("name")).toString(), req.params.at(1)));
    });
}

} // namespace infiniti::sim
