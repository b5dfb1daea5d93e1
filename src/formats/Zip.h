#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace infiniti {

// Just enough ZIP (PKWARE APPNOTE) for Infiniti packages and Office documents: stored and
// deflated entries, UTF-8 or CP437 names. Reading checks sizes and CRCs; anything it cannot
// read (encrypted, ZIP64, another method, a damaged directory) is an error with a reason,
// never a crash.
namespace Zip {

struct Entry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 localHeaderOffset = 0;
};

class Reader
{
public:
    // Reads the central directory of `archive` (kept by reference: it must outlive the reader).
    explicit Reader(const QByteArray &archive);
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const; // case-insensitive, '/' or '\\'
    // The entry's bytes; nullopt with `error` set when it cannot be read.
    std::optional<QByteArray> read(const Entry &entry, QString *error) const;
    std::optional<QByteArray> read(const QString &name, QString *error) const;

private:
    const QByteArray &m_archive;
    QList<Entry> m_entries;
    QString m_error;
};

class Writer
{
public:
    void add(const QString &name, const QByteArray &data, bool deflate = true);
    QByteArray finish(); // the archive; the writer is spent

private:
    QByteArray m_out;
    QByteArray m_directory;
    int m_count = 0;
};

// Raw DEFLATE (no zlib header), as ZIP stores it.
QByteArray deflateRaw(const QByteArray &data);
std::optional<QByteArray> inflateRaw(const char *data, qint64 size, qint64 expectedSize);
quint32 crc32(const QByteArray &data);

} // namespace Zip

} // namespace infiniti
