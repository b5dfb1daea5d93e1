#include "formats/Zip.h"
#include "formats/ZipFormat.h"

#include <QIODevice>
#include <QSet>

#include <zlib.h>

#include <algorithm>

namespace infiniti::Zip {

using namespace format;

namespace {

// Code page 437, the ZIP default for names without the UTF-8 flag: bytes 0x80–0xFF.
const char16_t kCp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

QString decodeName(const QByteArray &raw, bool utf8)
{
    if (utf8)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    for (const char c : raw) {
        const auto b = quint8(c);
        out += b < 0x80 ? QChar(char16_t(b)) : QChar(kCp437High[b - 0x80]);
    }
    return out;
}

QString normalised(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

// A name that would leave the folder it is unpacked into, whoever unpacks it.
bool escapes(const QString &name)
{
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return true; // C:...
    const auto parts = QStringView(name).split(QLatin1Char('/'));
    return std::any_of(parts.begin(), parts.end(),
                       [](QStringView p) { return p == QLatin1String(".."); });
}

// Reads the ZIP64 extended-information extra field: only the values whose fixed fields say
// 0xFFFFFFFF are there, in this order.
bool readZip64Extra(const QByteArray &extra, qint64 *size, qint64 *compressedSize, qint64 *offset)
{
    qint64 at = 0;
    while (at + 4 <= extra.size()) {
        const quint16 id = u16(extra.constData() + at);
        const quint16 length = u16(extra.constData() + at + 2);
        if (at + 4 + length > extra.size())
            return false;
        if (id == 0x0001) {
            const char *p = extra.constData() + at + 4;
            qint64 left = length;
            for (qint64 *field : {size, compressedSize, offset}) {
                if (!field || *field != kMax32)
                    continue;
                if (left < 8)
                    return false;
                *field = qint64(u64(p));
                p += 8;
                left -= 8;
            }
            return true;
        }
        at += 4 + length;
    }
    return true;
}

} // namespace

// Random access to the archive's bytes, whether in memory or on a device.
class Reader::Source
{
public:
    virtual ~Source() = default;
    virtual qint64 size() const = 0;
    // Reads up to `n` bytes at `at`; how many it read.
    virtual qint64 read(qint64 at, char *into, qint64 n) const = 0;
    QByteArray bytes(qint64 at, qint64 n) const
    {
        if (at < 0 || n < 0 || at > size())
            return {};
        QByteArray out(qsizetype(std::min(n, size() - at)), Qt::Uninitialized);
        out.resize(qsizetype(std::max<qint64>(0, read(at, out.data(), out.size()))));
        return out;
    }
};

namespace {

class BytesSource : public Reader::Source
{
public:
    explicit BytesSource(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    qint64 size() const override { return m_bytes.size(); }
    qint64 read(qint64 at, char *into, qint64 n) const override
    {
        const qint64 count = std::clamp<qint64>(m_bytes.size() - at, 0, n);
        memcpy(into, m_bytes.constData() + at, size_t(count));
        return count;
    }

private:
    QByteArray m_bytes;
};

class DeviceSource : public Reader::Source
{
public:
    explicit DeviceSource(QIODevice *device)
        : m_device(device)
    {
    }
    qint64 size() const override
    {
        return m_device && !m_device->isSequential() ? m_device->size() : 0;
    }
    qint64 read(qint64 at, char *into, qint64 n) const override
    {
        if (!m_device || !m_device->seek(at))
            return 0;
        qint64 done = 0;
        while (done < n) {
            const qint64 got = m_device->read(into + done, n - done);
            if (got <= 0)
                break;
            done += got;
        }
        return done;
    }

private:
    QIODevice *m_device;
};

} // namespace

Reader::Reader(const QByteArray &archive, const Limits &limits)
    : m_source(std::make_unique<BytesSource>(archive))
    , m_limits(limits)
{
    readDirectory();
}

Reader::Reader(QIODevice *device, const Limits &limits)
    : m_source(std::make_unique<DeviceSource>(device))
    , m_limits(limits)
{
    if (!device || !device->isOpen() || device->isSequential())
        fail(ZipText::tr("it cannot be read from the start again (not a file)"));
    else
        readDirectory();
}

Reader::~Reader() = default;

qint64 Reader::archiveSize() const
{
    return m_source->size();
}

bool Reader::fail(const QString &why)
{
    m_error = why;
    m_entries.clear();
    return false;
}

void Reader::readDirectory()
{
    const Source &src = *m_source;
    const qint64 n = src.size();
    if (n < 22) {
        fail(n >= 2 && src.bytes(0, 2) == "PK"
                 ? ZipText::tr("the ZIP file is damaged (it is cut short)")
                 : ZipText::tr("not a ZIP file (too short)"));
        return;
    }
    // The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment).
    const qint64 tailStart = std::max<qint64>(0, n - 22 - 65535);
    const QByteArray tail = src.bytes(tailStart, n - tailStart);
    qint64 end = -1;
    for (qint64 at = tail.size() - 22; at >= 0; --at) {
        if (u32(tail.constData() + at) == kEndSignature &&
            at + 22 + u16(tail.constData() + at + 20) <= tail.size()) {
            end = tailStart + at;
            break;
        }
    }
    if (end < 0) {
        fail(
            src.bytes(0, 2) == "PK"
                ? ZipText::tr("the ZIP file is damaged (no central directory: it may be cut short)")
                : ZipText::tr("not a ZIP file"));
        return;
    }
    const char *e = tail.constData() + (end - tailStart);
    quint64 count = u16(e + 10);
    quint64 dirSize = u32(e + 12);
    quint64 dirOffset = u32(e + 16);
    qint64 dirLimit = end; // the directory ends before the end records
    if (u16(e + 4) != 0 || u16(e + 6) != 0 || u16(e + 8) != u16(e + 10)) {
        fail(ZipText::tr("the ZIP file is split across several disks, which is not supported"));
        return;
    }
    // A ZIP64 end record, found through its locator just before the classic one.
    const QByteArray locator = end >= 20 ? src.bytes(end - 20, 20) : QByteArray();
    const bool hasLocator = locator.size() == 20 && u32(locator.constData()) == kLocator64Signature;
    if (hasLocator) {
        const auto end64 = qint64(u64(locator.constData() + 8));
        const QByteArray record =
            end64 >= 0 && end64 + 56 <= end - 20 ? src.bytes(end64, 56) : QByteArray();
        if (record.size() != 56 || u32(record.constData()) != kEnd64Signature) {
            fail(ZipText::tr("the ZIP file is damaged (its ZIP64 end record is missing)"));
            return;
        }
        if (u32(record.constData() + 16) != 0 || u32(record.constData() + 20) != 0) {
            fail(ZipText::tr("the ZIP file is split across several disks, which is not supported"));
            return;
        }
        count = u64(record.constData() + 32);
        dirSize = u64(record.constData() + 40);
        dirOffset = u64(record.constData() + 48);
        dirLimit = end64;
    } else if (count == kMax16 || dirSize == kMax32 || dirOffset == kMax32) {
        fail(ZipText::tr("the ZIP file is damaged (it needs a ZIP64 end record and has none)"));
        return;
    }
    if (dirOffset > quint64(dirLimit) || dirSize > quint64(dirLimit) - dirOffset) {
        fail(ZipText::tr("the ZIP file is damaged (its directory points outside the file)"));
        return;
    }
    // Each directory entry takes at least 46 bytes: a count the directory cannot hold is a lie.
    if (count > dirSize / 46) {
        fail(
            ZipText::tr("the ZIP file is damaged (its directory is shorter than its entry count)"));
        return;
    }
    const QByteArray dir = src.bytes(qint64(dirOffset), qint64(dirSize));
    if (dir.size() != qint64(dirSize)) {
        fail(ZipText::tr("the ZIP file is damaged (its directory cannot be read)"));
        return;
    }
    m_entries.reserve(qsizetype(count));
    QSet<QString> seen;
    QList<QByteArray> rawNames;
    qint64 at = 0;
    for (quint64 i = 0; i < count; ++i) {
        const char *c = dir.constData() + at;
        if (at + 46 > dir.size() || u32(c) != kCentralSignature) {
            fail(ZipText::tr("the ZIP file is damaged (entry %1 of its directory)").arg(i + 1));
            return;
        }
        Entry entry;
        entry.flags = u16(c + 8);
        entry.method = u16(c + 10);
        entry.crc = u32(c + 16);
        entry.compressedSize = u32(c + 20);
        entry.size = u32(c + 24);
        const quint16 nameLength = u16(c + 28), extraLength = u16(c + 30),
                      commentLength = u16(c + 32);
        entry.localHeaderOffset = u32(c + 42);
        if (at + 46 + nameLength + extraLength + commentLength > dir.size()) {
            fail(ZipText::tr("the ZIP file is damaged (a name runs past its directory)"));
            return;
        }
        const QByteArray rawName = dir.mid(at + 46, nameLength);
        entry.name = normalised(decodeName(rawName, entry.flags & 0x0800));
        entry.zip64 = entry.compressedSize == kMax32 || entry.size == kMax32 ||
                      entry.localHeaderOffset == kMax32;
        if (entry.zip64 && !readZip64Extra(dir.mid(at + 46 + nameLength, extraLength), &entry.size,
                                           &entry.compressedSize, &entry.localHeaderOffset)) {
            fail(ZipText::tr("the ZIP file is damaged (the ZIP64 sizes of “%1”)").arg(entry.name));
            return;
        }
        if (u16(c + 34) != 0) {
            fail(ZipText::tr("the ZIP file is split across several disks, which is not supported"));
            return;
        }
        if (entry.flags & 0x0001) {
            fail(ZipText::tr("“%1” is encrypted").arg(entry.name));
            return;
        }
        if (entry.name.isEmpty() || escapes(entry.name)) {
            fail(ZipText::tr("it holds an entry named “%1”, which points outside the package")
                     .arg(decodeName(rawName, entry.flags & 0x0800)));
            return;
        }
        if (seen.contains(entry.name.toLower())) {
            fail(ZipText::tr("the ZIP file is damaged (it holds “%1” twice)").arg(entry.name));
            return;
        }
        seen.insert(entry.name.toLower());
        if (entry.size < 0 || entry.compressedSize < 0 || entry.localHeaderOffset < 0 ||
            (entry.method == 0 && entry.size != entry.compressedSize)) {
            fail(ZipText::tr("the ZIP file is damaged (the sizes of “%1” disagree)")
                     .arg(entry.name));
            return;
        }
        if (entry.method == 8 && entry.size > m_limits.ratioCheckedFrom &&
            (entry.size / std::max<qint64>(1, entry.compressedSize) >
             std::min(m_limits.maxRatio, kDeflateMaxRatio))) {
            fail(ZipText::tr(
                     "“%1” claims to expand %2 times (%3 bytes from %4): refused as a zip bomb")
                     .arg(entry.name)
                     .arg(entry.size / std::max<qint64>(1, entry.compressedSize))
                     .arg(entry.size)
                     .arg(entry.compressedSize));
            return;
        }
        m_entries << entry;
        rawNames << rawName;
        at += 46 + nameLength + extraLength + commentLength;
    }
    // Two directory entries naming one local entry: the kernel of overlapping zip bombs.
    QList<qint64> offsets;
    offsets.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries))
        offsets << entry.localHeaderOffset;
    std::sort(offsets.begin(), offsets.end());
    if (std::adjacent_find(offsets.begin(), offsets.end()) != offsets.end()) {
        fail(ZipText::tr(
            "entries of the ZIP file overlap: refused as a zip bomb or a damaged file"));
        return;
    }
    for (Entry &entry : m_entries) {
        const QByteArray rawName = rawNames.at(&entry - m_entries.data());
        // The local header must exist and agree: its name, and its sizes unless they follow
        // the data (flag bit 3); where the data starts depends on its own name and extra lengths.
        const QByteArray local = entry.localHeaderOffset + 30 <= qint64(dirOffset)
                                     ? src.bytes(entry.localHeaderOffset, 30)
                                     : QByteArray();
        if (local.size() != 30 || u32(local.constData()) != kLocalSignature) {
            fail(ZipText::tr("the ZIP file is damaged (“%1” has no local header)").arg(entry.name));
            return;
        }
        const quint16 localNameLength = u16(local.constData() + 26),
                      localExtraLength = u16(local.constData() + 28);
        entry.dataOffset = entry.localHeaderOffset + 30 + localNameLength + localExtraLength;
        if (src.bytes(entry.localHeaderOffset + 30, localNameLength) != rawName) {
            fail(ZipText::tr("the ZIP file is damaged (the local name of “%1” differs)")
                     .arg(entry.name));
            return;
        }
        if (!(entry.flags & 0x0008)) {
            qint64 localCompressed = u32(local.constData() + 18),
                   localSize = u32(local.constData() + 22);
            if (localCompressed == kMax32 || localSize == kMax32)
                readZip64Extra(
                    src.bytes(entry.localHeaderOffset + 30 + localNameLength, localExtraLength),
                    &localSize, &localCompressed, nullptr);
            if (localCompressed != entry.compressedSize || localSize != entry.size ||
                u32(local.constData() + 14) != entry.crc) {
                fail(ZipText::tr("the ZIP file is damaged (the sizes of “%1” disagree)")
                         .arg(entry.name));
                return;
            }
        }
        if (entry.dataOffset > qint64(dirOffset) ||
            entry.compressedSize > qint64(dirOffset) - entry.dataOffset) {
            fail(ZipText::tr("“%1” is cut short").arg(entry.name));
            return;
        }
        // A data descriptor repeats the CRC and sizes, 32-bit or (ZIP64) 64-bit, signature
        // optional.
        if (entry.flags & 0x0008) {
            const qint64 after = entry.dataOffset + entry.compressedSize;
            QByteArray d = src.bytes(after, std::min<qint64>(24, qint64(dirOffset) - after));
            if (d.size() >= 4 && u32(d.constData()) == kDescriptorSignature)
                d.remove(0, 4);
            const bool wide = d.size() >= 20 && u32(d.constData()) == entry.crc &&
                              qint64(u64(d.constData() + 4)) == entry.compressedSize &&
                              qint64(u64(d.constData() + 12)) == entry.size;
            const bool narrow = d.size() >= 12 && u32(d.constData()) == entry.crc &&
                                u32(d.constData() + 4) == quint32(entry.compressedSize) &&
                                u32(d.constData() + 8) == quint32(entry.size) &&
                                entry.size < kMax32 && entry.compressedSize < kMax32;
            if (!wide && !narrow) {
                fail(d.size() >= 4 && u32(d.constData()) != entry.crc
                         ? ZipText::tr("“%1” is damaged (its checksums disagree)").arg(entry.name)
                         : ZipText::tr("the ZIP file is damaged (the sizes of “%1” disagree)")
                               .arg(entry.name));
                return;
            }
        }
    }
    // No two entries may share bytes: overlapping entries are how the worst zip bombs multiply.
    QList<const Entry *> byOffset;
    for (const Entry &entry : std::as_const(m_entries))
        byOffset << &entry;
    std::sort(byOffset.begin(), byOffset.end(), [](const Entry *a, const Entry *b) {
        return a->localHeaderOffset < b->localHeaderOffset;
    });
    for (qsizetype i = 1; i < byOffset.size(); ++i) {
        const Entry *previous = byOffset.at(i - 1);
        if (previous->dataOffset + previous->compressedSize > byOffset.at(i)->localHeaderOffset) {
            fail(ZipText::tr("“%1” and “%2” overlap: refused as a zip bomb or a damaged file")
                     .arg(previous->name, byOffset.at(i)->name));
            return;
        }
    }
}

const Entry *Reader::find(const QString &name) const
{
    const QString wanted = normalised(name);
    for (const Entry &e : m_entries) {
        if (e.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

std::optional<QByteArray> Reader::read(const QString &name, QString *error) const
{
    const Entry *e = find(name);
    if (!e) {
        *error = ZipText::tr("there is no “%1” in it").arg(name);
        return std::nullopt;
    }
    return read(*e, error);
}

std::optional<QByteArray> Reader::read(const Entry &e, QString *error) const
{
    if (e.size > m_limits.maxReadSize || e.size > (qint64(1) << 31) - 64) {
        *error =
            ZipText::tr("“%1” is too large to read at once (%2 bytes)").arg(e.name).arg(e.size);
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(qsizetype(e.size));
    if (!stream(
            e,
            [&out](const char *data, qint64 size) {
                out.append(data, qsizetype(size));
                return true;
            },
            error))
        return std::nullopt;
    return out;
}

bool Reader::stream(const Entry &e, const std::function<bool(const char *, qint64)> &sink,
                    QString *error) const
{
    if (!isValid()) {
        *error = m_error;
        return false;
    }
    if (e.method != 0 && e.method != 8) {
        *error = ZipText::tr("“%1” uses a compression method we cannot read (%2)")
                     .arg(e.name)
                     .arg(e.method);
        return false;
    }
    QByteArray in(qsizetype(kBlock), Qt::Uninitialized);
    QByteArray out(e.method == 8 ? qsizetype(kBlock) : 0, Qt::Uninitialized);
    qint64 at = e.dataOffset, left = e.compressedSize, produced = 0;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    auto deliver = [&](const char *data, qint64 size) {
        if (produced + size > e.size) {
            *error = ZipText::tr("“%1” is damaged (longer than its directory says)").arg(e.name);
            return false;
        }
        produced += size;
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size));
        if (sink && !sink(data, size)) {
            *error = ZipText::tr("reading “%1” was stopped").arg(e.name);
            return false;
        }
        return true;
    };
    auto fill = [&]() -> qint64 {
        const qint64 want = std::min(left, kBlock);
        const qint64 got = m_source->read(at, in.data(), want);
        if (got != want) {
            *error = ZipText::tr("“%1” is cut short").arg(e.name);
            return -1;
        }
        at += got;
        left -= got;
        return got;
    };
    if (e.method == 0 ||
        (e.size == 0 && e.compressedSize == 0)) { // some writers deflate nothing into nothing
        while (left > 0) {
            const qint64 got = fill();
            if (got < 0 || !deliver(in.constData(), got))
                return false;
        }
    } else {
        z_stream z = {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            *error = ZipText::tr("out of memory");
            return false;
        }
        bool ok = true, ended = false;
        while (ok && !ended) {
            if (z.avail_in == 0 && left > 0) {
                const qint64 got = fill();
                if (got < 0) {
                    ok = false;
                    break;
                }
                z.next_in = reinterpret_cast<Bytef *>(in.data());
                z.avail_in = uInt(got);
            }
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            const qint64 made = out.size() - qint64(z.avail_out);
            if (rc == Z_STREAM_END)
                ended = true;
            else if (rc != Z_OK && !(rc == Z_BUF_ERROR && (z.avail_in > 0 || left > 0))) {
                *error = ZipText::tr("“%1” is damaged (it does not decompress)").arg(e.name);
                ok = false;
            }
            if (ok && made > 0)
                ok = deliver(out.constData(), made);
        }
        inflateEnd(&z);
        if (!ok)
            return false;
    }
    if (produced != e.size) {
        *error = ZipText::tr("“%1” is damaged (its sizes disagree)").arg(e.name);
        return false;
    }
    if (quint32(crc) != e.crc) {
        *error = ZipText::tr("“%1” is damaged (checksum)").arg(e.name);
        return false;
    }
    return true;
}

} // namespace infiniti::Zip
