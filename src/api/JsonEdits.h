#pragma once

#include <QJsonObject>

namespace infiniti::JsonEdits {

// The user's edits laid onto the server's fresh copy of an entity (contract 9.1 "Updates": read
// it fresh, change only what the user changed, send the whole object). Every key whose value
// differs between `before` (what the sheet showed) and `after` (what it holds now) takes
// `after`'s value in `fresh` — or leaves `fresh` when `after` dropped it; nested objects are
// merged key by key, arrays and other values replaced whole. Keys match in any casing and keep
// the fresh copy's spelling, so a PascalCase server gets no second, camelCase key.
QJsonObject apply(const QJsonObject &fresh, const QJsonObject &before, const QJsonObject &after);

// `object` with `key` set, replacing a key of any casing (keeping its spelling) or adding `key`.
void set(QJsonObject &object, const QString &key, const QJsonValue &value);
// `object` without `key` in any casing.
void remove(QJsonObject &object, const QString &key);
// `written` plus every key of `raw` it lacks (in any casing): what a typed update body (the
// documented fields) adds back of the server's object, so a server that replaces the entity
// loses none of the fields this console does not know.
QJsonObject withOthersFrom(QJsonObject written, const QJsonObject &raw,
                           const QStringList &never = {});

} // namespace infiniti::JsonEdits
