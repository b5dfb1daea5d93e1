#pragma once

#include "compare/CompareParts.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace infiniti::compare {

struct ServerSnapshot;

// One field of an object, normalised for comparison.
struct FieldValue
{
    enum class Kind {
        Text,   // compared exactly
        Set,    // a list whose order means nothing (groups, roles, permissions…)
        Secret, // compared by SHA-256, never shown (connection strings, connector values)
        // Another object (a folder's parent, a publication's project): the same when the
        // objects are paired between the servers, whatever their ids; shown by name.
        Reference,
    };
    Kind kind = Kind::Text;
    Part referenced = Part::Users; // Reference: the part it points into
    QString text;      // Text: the value; Secret: hex SHA-256 of the value; Reference: the id
    QStringList items; // Set: the members, sorted case-insensitively
    QString shown;     // how a person sees it when not `text` itself (a file: "version 3, 12.4 KB")

    // Whether two values are the same; a reference by `pairs` (source id, lower case → target
    // id), else by name.
    bool sameAs(const FieldValue &other,
                const std::array<QHash<QString, QString>, kPartCount> *pairs = nullptr) const;
    // What a person may see: a secret is "•••".
    QString display() const;
};

struct Field
{
    QString key;  // lower-cased dotted path: how fields pair up whatever the server's casing
    QString name; // the same path in camelCase, for people ("options.allowSave")
    FieldValue value;
};

// An object of one part as the comparison sees it: its identity on its server, the keys it is
// matched by, and its fields — server-owned ones left out (ids, modification times, sizes,
// lockout state, child counts), references turned into names (a folder's parent into a path,
// a data object's data source into its name), sets sorted, secrets hashed. Empty values are
// left out, so a key that is missing and one that is empty are the same.
struct Record
{
    int index = -1;      // into ServerSnapshot::list(part)
    QString id;          // on its own server
    QString name;        // for people: "jane.citizen", "Forms / Claims", "Customer XML / Customer"
    QString matchKey;    // what pairs it by name: the lower-cased name or path
    QString version;     // projects and library items: the server's own version number
    QString modified;    // ISO-8601 when the server says
    QList<Field> fields; // sorted by key

    const Field *field(const QString &key) const;
};

// Builds the records of one part of a snapshot. The head (identity and match keys) is cheap;
// the fields are added on demand, so a comparison of two 10,000-user servers pairs every user
// first and then holds the fields of one pair at a time.
class RecordBuilder
{
public:
    RecordBuilder(Part part, const ServerSnapshot &snapshot);
    ~RecordBuilder();
    RecordBuilder(const RecordBuilder &) = delete;
    RecordBuilder &operator=(const RecordBuilder &) = delete;

    int size() const;
    Record head(int index) const; // no fields yet
    void addFields(Record &record) const;
    Record record(int index) const;

private:
    struct Lookups;
    Part m_part;
    const ServerSnapshot &m_snapshot;
    std::unique_ptr<Lookups> m_lookups;
};

// Every record of one part of a snapshot, with its fields, in the snapshot's order.
QList<Record> buildRecords(Part part, const ServerSnapshot &snapshot);

// "FirstName" → "firstName", trimmed (the vendor's example has "defaultData "): how the comparison
// names keys whatever casing a server answered in, and how a promotion writes them.
QString camelCaseKey(const QString &key);
// The same at every level of a value.
QJsonValue camelCaseKeys(const QJsonValue &value);

// Keys whose values are secrets in any object (compared by hash, never shown): the last step of
// a dotted key, lower-cased. Connector settings add "value".
bool isSecretKey(Part part, const QString &lowerKey);

} // namespace infiniti::compare
