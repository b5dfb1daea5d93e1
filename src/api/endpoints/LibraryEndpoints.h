#pragma once

#include "api/ApiRequest.h"
#include "api/endpoints/Collection.h"

#include <QJsonObject>

#include <optional>

namespace infiniti::LibraryEndpoints {

// Content library (contract 4.5, 9.2). Items are JSON; their file travels as Base64 in
// `binary` with its `extension`.
inline constexpr auto kCollection = "contentlibrary";

Collection collection();
ApiRequest get(const QString &id, bool includeBinary);
ApiRequest remove(const QString &id, const QString &name);
// POST contentlibrary: the metadata given plus the file's bytes.
ApiRequest create(QJsonObject metadata, const QByteArray &bytes, const QString &extension);
// PATCH contentlibrary/{id} with the item as given — read it fresh with its `binary` (get(id,
// true)) so that a server that replaces the item keeps the file (contract 9.1 "Updates"); the
// server's own fields (size, version, id) are left out.
ApiRequest update(const QString &id, QJsonObject item);
ApiRequest replaceFile(const QString &id, QJsonObject item, const QByteArray &bytes,
                       const QString &extension);
// The same two with the file at `path`: its Base64 is made from the file while the request is
// sent (Base64FileBody), so a large file is never held in memory, and a file changed after this
// fails the upload. Its extension is the path's. nullopt, with `error`, when it cannot be opened.
std::optional<ApiRequest> createFromFile(QJsonObject metadata, const QString &path, QString *error);
std::optional<ApiRequest> replaceFileFromFile(const QString &id, QJsonObject item,
                                              const QString &path, QString *error);
// A write whose answer need not carry the item's file: `includeBinary=false` added (the
// emulator presents a written item as a GET would, file and all — contract 9.2, our extension;
// a server that does not know it ignores it, and the answer is read whatever it holds). For a
// writer that does not use the file: infiniti-ctl prints the item without it.
ApiRequest answeredWithoutFile(ApiRequest write);
ApiRequest history(const QString &id);
// The version's file as it is (ApiRequest::fileAnswer: not a page instead of it); `extension`
// (".png") is the item's, when known.
ApiRequest exportVersion(const QString &id, const QString &version, const QString &extension = {});

// "Image", "Text" or "Document" from a file name's extension, as the server would guess.
QString typeForFile(const QString &fileName);
// ".png" from "logo.png" (lower case, with the dot); empty when there is none.
QString extensionOf(const QString &fileName);

} // namespace infiniti::LibraryEndpoints
