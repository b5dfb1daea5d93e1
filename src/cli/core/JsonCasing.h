#pragma once

#include <QJsonValue>
#include <QString>

namespace infiniti::ctl {

// infiniti-ctl writes JSON in one casing whatever the server sent (contract 9.1: a server may
// answer in PascalCase, as the vendor's documentation shows, or in camelCase): every key in
// camelCase, nested too, so that scripts read `id`, `username`, `groups` from any server.
// A key's leading capitals are lowered as .NET's camelCase policy does ("UserGuid" → "userGuid",
// "ID" → "id", "URLPath" → "urlPath"). The contents of a `customFields` object are the names of
// the server's custom fields, not keys of the API, and stay as they are; so do keys starting
// with '@' (`@nextLink`).
QString camelCaseKey(const QString &key);
QJsonValue camelCased(const QJsonValue &value);

} // namespace infiniti::ctl
