#pragma once

#include "compare/CompareParts.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <array>

namespace infiniti::compare {

// A file's fingerprint: SHA-256 of its bytes and how many there were.
struct FileHash
{
    QByteArray sha256; // raw 32 bytes
    qint64 size = 0;
};

// Everything read from one server for a comparison, as the server sent it (any key casing).
// Secrets are in here (a data source's connection string) because a promotion may carry them;
// nothing built from a snapshot for people to see shows them (see Records.h).
struct ServerSnapshot
{
    QString label; // the connection's name, else its Manage URL
    QUrl server;
    std::array<bool, kPartCount> read{};              // which parts were read
    std::array<QList<QJsonObject>, kPartCount> items; // every object of each part read
    // Library item id → its file, for the version the list named.
    QHash<QString, FileHash> libraryFiles;
    // Project id → SHA-256 of its latest version's definition and documents (docs/COMPARE.md);
    // empty when the comparison was told not to read project contents.
    QHash<QString, QByteArray> projectContents;
    qint64 readMs = 0;
    int requests = 0;
    qint64 bytesRead = 0;

    bool has(Part part) const { return read[size_t(part)]; }
    const QList<QJsonObject> &list(Part part) const { return items[size_t(part)]; }
    QList<QJsonObject> &list(Part part) { return items[size_t(part)]; }
    // The object of `part` with this id (ids compare case-insensitively), or nullptr.
    const QJsonObject *find(Part part, const QString &id) const;
    qsizetype objectCount() const;
};

} // namespace infiniti::compare
