#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

// Reading a list answer without building it: the answer's bytes are checked to be JSON (what
// QJsonDocument::fromJson accepts: UTF-8, RFC 8259, nesting up to 1,024 levels, a top-level
// object or array) and the items are found as Json::readList() finds them — but each item is
// only a place in the bytes. infiniti-ctl prints an item by copying its bytes and reads only
// the few fields its table shows, so a 300,000-user list is never turned into QJsonObjects.
// Everything here is pure and reads bytes already checked by readList().
namespace infiniti::JsonScan {

enum class Type : quint8 { Missing, Null, Bool, Number, String, Array, Object };

// A value inside the document: its type and its bytes [begin, end).
struct Value
{
    Type type = Type::Missing;
    // For objects and arrays: no whitespace between its tokens and no raw control character in
    // its strings, so its bytes are already the one-line compact form. For the keys members()
    // gives: the key is plain ASCII without escapes.
    bool compact = true;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isMissing() const { return type == Type::Missing; }
    QByteArrayView bytes(QByteArrayView json) const { return json.sliced(begin, end - begin); }
};

struct ListPage
{
    QList<Value> items; // every one an object
    Value itemsArray;   // the array the items are in
    Value nextLink;     // the envelope's @nextLink (any casing); Missing when there is none
};

// True when `json` is a list answer of objects, as Json::readList() decides it (`expectedName`
// in any casing, else the first array-valued property, else a bare array); false with
// `problem` in Json::readList()'s words otherwise (and "it is not JSON" for broken JSON).
bool readList(QByteArrayView json, QLatin1StringView expectedName, ListPage *page,
              QString *problem);

// The members of an object value, in the order they came.
struct Member
{
    Value key; // a String
    Value value;
};
using Members = QVarLengthArray<Member, 32>;
Members members(QByteArrayView json, const Value &object);
// The member `key` as Json::value() finds it: the exact key, else one in another casing.
Value find(QByteArrayView json, const Members &members, QLatin1StringView key);
// A nested value by a dotted path ("metadata.description"), as Json::atPath() reads it.
Value atPath(QByteArrayView json, const Value &object, const QString &dottedKey);
// The elements of an array value.
QList<Value> elements(QByteArrayView json, const Value &array);
// A string value decoded (escapes resolved); empty for other types.
QString string(QByteArrayView json, const Value &value);
// The value as Qt reads it (numbers, and anything not worth reading by hand).
QJsonValue toJsonValue(QByteArrayView json, const Value &value);

} // namespace infiniti::JsonScan
