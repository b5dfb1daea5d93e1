#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <span>

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
    // For objects and arrays checked by readList(): every key in it, at any depth, begins with
    // a lower-case ASCII letter or another plain ASCII character that is no capital (so
    // camel-casing its keys changes nothing); false when one might not.
    bool lowerKeys = true;
    qsizetype begin = 0;
    qsizetype end = 0;
    // For the items of a page read with ListPage::Members: where their own members are in
    // ListPage::members (first, count).
    qint32 firstMember = 0;
    qint32 memberCount = 0;
    bool isMissing() const { return type == Type::Missing; }
    QByteArrayView bytes(QByteArrayView json) const { return json.sliced(begin, end - begin); }
};

// A member of an object value.
struct Member
{
    Value key; // a String
    Value value;
};
using Members = QVarLengthArray<Member, 32>;
using MemberSpan = std::span<const Member>;

struct ListPage
{
    QList<Value> items; // every one an object
    Value itemsArray;   // the array the items are in
    Value nextLink;     // the envelope's @nextLink (any casing); Missing when there is none
    // Read with ItemMembers::Recorded: each item's own members, in the order they came, noted
    // while the page was checked (no second walk through the item to read its fields); with
    // ItemMembers::OnlyId only those named "id" in any casing (written plainly, no escapes).
    QList<Member> members;
    bool membersRecorded = false;
    // An item's recorded members (only when membersRecorded; else members(json, item)).
    MemberSpan itemMembers(const Value &item) const
    {
        return MemberSpan(members.constData() + item.firstMember, size_t(item.memberCount));
    }
};

enum class ItemMembers : quint8 { NotRecorded, Recorded, OnlyId };

// True when `json` is a list answer of objects, as Json::readList() decides it (`expectedName`
// in any casing, else the first array-valued property, else a bare array); false with
// `problem` in Json::readList()'s words otherwise (and "it is not JSON" for broken JSON).
bool readList(QByteArrayView json, QLatin1StringView expectedName, ListPage *page, QString *problem,
              ItemMembers itemMembers = ItemMembers::NotRecorded);

// The members of an object value, in the order they came.
Members members(QByteArrayView json, const Value &object);
// The member `key` as Json::value() finds it: the exact key, else one in another casing.
Value find(QByteArrayView json, MemberSpan members, QLatin1StringView key);
// A nested value by a dotted path ("metadata.description"), as Json::atPath() reads it.
Value atPath(QByteArrayView json, const Value &object, const QString &dottedKey);
// The elements of an array value.
using Elements = QVarLengthArray<Value, 16>;
Elements elements(QByteArrayView json, const Value &array);
// A string value decoded (escapes resolved); empty for other types.
QString string(QByteArrayView json, const Value &value);
// The value as Qt reads it (numbers, and anything not worth reading by hand).
QJsonValue toJsonValue(QByteArrayView json, const Value &value);

} // namespace infiniti::JsonScan
