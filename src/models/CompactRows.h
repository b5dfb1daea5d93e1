#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

namespace infiniti {

// The few fields a list row shows, kept as one UTF-8 string per row instead of a QJsonObject
// (a user's object is ~650 bytes as JSON and more as a QJsonObject; the row it shows ~100).
// A row is the fields' values joined by U+001F; a list's values by U+001E; a flag is "1" or
// empty. decode() gives back an object with exactly the declared keys, which is what a row
// offers (property sheets read the whole item fresh from the server).
struct CompactField
{
    enum class Kind { Id, Text, Flag, List };
    QLatin1StringView key;
    Kind kind = Kind::Text;
};

class CompactRows
{
public:
    CompactRows() = default;
    explicit CompactRows(QList<CompactField> fields);

    bool isEmpty() const { return m_fields.isEmpty(); }
    // Never empty for an item (an empty QByteArray is a row not read yet).
    QByteArray encode(const QJsonObject &item) const;
    QJsonObject decode(const QByteArray &row) const;
    // The id (the first field of kind Id), without decoding the rest.
    QString id(const QByteArray &row) const;

private:
    QList<CompactField> m_fields;
    int m_idField = -1;
};

} // namespace infiniti
