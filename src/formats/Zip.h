#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace infiniti {

// ZIP (PKWARE APPNOTE 6.3) as real tools write it, for Infiniti packages and Office documents:
// stored and deflated entries; ZIP64 (extra fields in local and central headers, the ZIP64 end
// records); data descriptors with 32- or 64-bit sizes (flag bit 3, as .NET writes every entry);
// UTF-8 or CP437 names. The central directory is the source of truth; every local header, data
// descriptor and CRC must agree with it. Anything it cannot or will not read (encrypted, split,
// another method, a damaged directory, a name leaving the archive, entries overlapping, a ratio
// only a zip bomb has) is an error with a reason, never a crash and never a silent guess.
// Why our own code and not a library: docs/FORMATS.md.
namespace Zip {

struct Entry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint16 flags = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0; // where its compressed bytes start
    bool zip64 = false;    // its sizes or offset needed ZIP64 fields
};

// What the reader refuses before inflating anything.
struct Limits
{
    qint64 maxReadSize = qint64(1) << 30; // read() into memory; stream() has no such bound
    qint64 ratioCheckedFrom = 1 << 20;    // entries larger than this (uncompressed)…
    qint64 maxRatio = 200;                // …may not claim to expand more than this many times
};

class Reader
{
public:
    // Reads the central directory of `archive` (shares its bytes; a QByteArray::fromRawData over
    // a memory map costs no heap).
    explicit Reader(const QByteArray &archive, const Limits &limits = {});
    // Reads from a random-access device open for reading, which must outlive the reader. Only
    // the directory is kept in memory; entries are read in blocks when asked for.
    explicit Reader(QIODevice *device, const Limits &limits = {});
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 archiveSize() const;
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const; // case-insensitive, '/' or '\\'
    // The entry's bytes; nullopt with `error` set when it cannot be read.
    std::optional<QByteArray> read(const Entry &entry, QString *error) const;
    std::optional<QByteArray> read(const QString &name, QString *error) const;
    // Hands the entry's bytes to `sink` in blocks of at most 256 KiB (memory stays bounded
    // whatever the size), checking the size and the CRC at the end; `sink` returning false
    // stops it. An empty `sink` only checks the entry.
    bool stream(const Entry &entry, const std::function<bool(const char *, qint64)> &sink,
                QString *error) const;
    bool verify(const Entry &entry, QString *error) const { return stream(entry, {}, error); }

    class Source;

private:
    void readDirectory();
    bool fail(const QString &why);

    std::unique_ptr<Source> m_source;
    Limits m_limits;
    QList<Entry> m_entries;
    QString m_error;
};

// Writes a ZIP: in memory (finish() returns it) or streamed to a device, sequential ones
// included (a socket, a pipe, a counting device). ZIP64 fields and end records are written
// exactly when a size, an offset or the entry count needs them, so archives and entries over
// 4 GiB or 65,535 entries are right rather than silently wrapped.
class Writer
{
public:
    Writer();
    explicit Writer(QIODevice *out); // must stay open until finish()
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    bool add(const QString &name, const QByteArray &data, bool deflate = true);
    // Streams `source` (open for reading) into the archive in blocks, with a data descriptor
    // after the data; a seekable source read for a stored entry is read twice (CRC first).
    bool addStream(const QString &name, QIODevice *source, bool deflate = true);
    // In memory: the archive (the writer is spent). On a device: empty; see ok().
    QByteArray finish();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesWritten() const { return m_offset; }

private:
    struct Record
    {
        QByteArray name;
        quint16 method, flags, versionNeeded;
        quint32 crc;
        qint64 compressedSize, size, offset;
    };
    bool put(const char *data, qint64 size);
    bool put(const QByteArray &bytes) { return put(bytes.constData(), bytes.size()); }
    void central(const Record &r, QByteArray &out) const;

    QIODevice *m_device = nullptr;
    QByteArray m_memory;
    QList<Record> m_records;
    qint64 m_offset = 0;
    QString m_error;
};

// Raw DEFLATE (no zlib header), as ZIP stores it.
QByteArray deflateRaw(const QByteArray &data);
std::optional<QByteArray> inflateRaw(const char *data, qint64 size, qint64 expectedSize);
quint32 crc32(const QByteArray &data);

// Whether `size` bytes that begin with `head` (at least 4 of them, when there are) and end with
// `tail` (the last bytes, up to kEndsTail of them) can be one whole ZIP archive: a local header
// (or an empty archive's end record) first, and at the end an end-of-central-directory record
// whose directory lies just before it (or its ZIP64 locator). Cheap enough to check a download
// as it streams by; it catches an HTML or JSON page, an empty answer and an archive cut short,
// not a damaged entry inside. Empty when it can be; else why not, in words.
inline constexpr qsizetype kEndsTail = 22 + 0xffff;
QString checkEnds(QByteArrayView head, QByteArrayView tail, qint64 size);

} // namespace Zip

} // namespace infiniti
