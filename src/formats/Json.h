#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace infiniti::Json {

// Tolerant reading (contract 9.1): keys match in any casing, missing keys give defaults.
QJsonValue value(const QJsonObject &object, QLatin1StringView key);
QString string(const QJsonObject &object, QLatin1StringView key, const QString &fallback = {});
bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback = false);
qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0);
QStringList stringList(const QJsonObject &object, QLatin1StringView key);
QJsonObject object(const QJsonObject &object, QLatin1StringView key);
// A nested value by a dotted path ("metadata.description"), each step matched in any casing.
QJsonValue atPath(const QJsonObject &object, const QString &dottedKey);
// Ids are opaque: strings stay as they are, numbers are written without loss, never parsed.
QString id(const QJsonValue &value);
// An object's own "id" (any casing), as id() writes it.
QString idOf(const QJsonObject &object);
// The first of `keys` (any casing) whose value is a non-blank string or a number, as id() reads
// it: for a member a server may name in more than one way. Empty when none is.
QString firstOf(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys);

// The items of a list answer: the array named `expectedName`, else the first array-valued
// property, else a bare top-level array. Lenient: anything else reads as no items — use
// readList() wherever a wrong answer must not pass for an empty or short list.
QJsonArray listItems(const QJsonDocument &document, QLatin1StringView expectedName);

// The items of a list answer, found as listItems() finds them, but only when the answer really
// is a list of objects (contract 9.1 "Envelopes"): a named property that is not an array
// (`{"users": null}`, `{"users": "abc"}`), an object without any array, or an item that is not an
// object is an unreadable answer. False with `problem` saying what was wrong.
bool readList(const QJsonDocument &document, QLatin1StringView expectedName, QJsonArray *items,
              QString *problem);

} // namespace infiniti::Json
