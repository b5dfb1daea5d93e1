#include "formats/Zip.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace infiniti::Zip {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Zip", text);
}

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}

// Code page 437, the ZIP default for names without the UTF-8 flag: bytes 0x80–0xFF.
const char16_t kCp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

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

} // namespace

quint32 crc32(const QByteArray &data)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    qint64 done = 0;
    while (done < data.size()) {
        const auto chunk = uInt(std::min<qint64>(data.size() - done, 1 << 30));
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data.constData() + done), chunk);
        done += chunk;
    }
    return quint32(crc);
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z = {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size()))) + 64);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> inflateRaw(const char *data, qint64 size, qint64 expectedSize)
{
    z_stream z = {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(qsizetype(expectedSize));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const bool ok = (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && expectedSize == 0)) && qint64(z.total_out) == expectedSize;
    inflateEnd(&z);
    if (!ok)
        return std::nullopt;
    return out;
}

Reader::Reader(const QByteArray &archive)
    : m_archive(archive)
{
    const qint64 n = archive.size();
    if (n < 22) {
        m_error = tr("not a ZIP file (too short)");
        return;
    }
    // The end-of-central-directory record is within the last 64 KiB + 22 bytes.
    qint64 eocd = -1;
    for (qint64 at = n - 22; at >= std::max<qint64>(0, n - 22 - 65535); --at) {
        if (u32(archive, at) == 0x06054b50u) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0) {
        m_error = archive.startsWith("PK") ? tr("the ZIP file is damaged (no central directory)") : tr("not a ZIP file");
        return;
    }
    const quint16 count = u16(archive, eocd + 10);
    const quint32 dirSize = u32(archive, eocd + 12);
    const quint32 dirOffset = u32(archive, eocd + 16);
    if (dirOffset == 0xffffffffu || count == 0xffff) {
        m_error = tr("ZIP64 archives are not supported");
        return;
    }
    if (qint64(dirOffset) + dirSize > eocd) {
        m_error = tr("the ZIP file is damaged (its directory points outside the file)");
        return;
    }
    qint64 at = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(archive, at) != 0x02014b50u) {
            m_error = tr("the ZIP file is damaged (entry %1 of its directory)").arg(i + 1);
            m_entries.clear();
            return;
        }
        const quint16 flags = u16(archive, at + 8);
        Entry e;
        e.method = u16(archive, at + 10);
        e.crc = u32(archive, at + 16);
        e.compressedSize = u32(archive, at + 20);
        e.size = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28);
        const quint16 extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        e.localHeaderOffset = u32(archive, at + 42);
        if (at + 46 + nameLength > eocd) {
            m_error = tr("the ZIP file is damaged (a name runs past its directory)");
            m_entries.clear();
            return;
        }
        e.name = normalised(decodeName(archive.mid(at + 46, nameLength), flags & 0x0800));
        if (flags & 0x0001) {
            m_error = tr("“%1” is encrypted").arg(e.name);
            m_entries.clear();
            return;
        }
        m_entries << e;
        at += 46 + nameLength + extraLength + commentLength;
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
        *error = tr("there is no “%1” in it").arg(name);
        return std::nullopt;
    }
    return read(*e, error);
}

std::optional<QByteArray> Reader::read(const Entry &e, QString *error) const
{
    const qint64 at = e.localHeaderOffset;
    if (at + 30 > m_archive.size() || u32(m_archive, at) != 0x04034b50u) {
        *error = tr("“%1” is damaged (no local header)").arg(e.name);
        return std::nullopt;
    }
    const qint64 data = at + 30 + u16(m_archive, at + 26) + u16(m_archive, at + 28);
    if (data + e.compressedSize > m_archive.size()) {
        *error = tr("“%1” is cut short").arg(e.name);
        return std::nullopt;
    }
    if (e.size > (qint64(1) << 31) - 64) {
        *error = tr("“%1” is too large to read").arg(e.name);
        return std::nullopt;
    }
    std::optional<QByteArray> bytes;
    if (e.method == 0) {
        if (e.compressedSize != e.size) {
            *error = tr("“%1” is damaged (sizes differ)").arg(e.name);
            return std::nullopt;
        }
        bytes = m_archive.mid(data, e.size);
    } else if (e.method == 8) {
        bytes = inflateRaw(m_archive.constData() + data, e.compressedSize, e.size);
        if (!bytes) {
            *error = tr("“%1” is damaged (it does not decompress)").arg(e.name);
            return std::nullopt;
        }
    } else {
        *error = tr("“%1” uses a compression method we cannot read (%2)").arg(e.name).arg(e.method);
        return std::nullopt;
    }
    if (crc32(*bytes) != e.crc) {
        *error = tr("“%1” is damaged (checksum)").arg(e.name);
        return std::nullopt;
    }
    return bytes;
}

void Writer::add(const QString &name, const QByteArray &data, bool deflate)
{
    const QByteArray rawName = name.toUtf8();
    QByteArray packed = deflate ? deflateRaw(data) : data;
    quint16 method = deflate ? 8 : 0;
    if (deflate && (packed.isEmpty() || packed.size() >= data.size())) {
        packed = data; // not worth it (or empty): store
        method = 0;
    }
    const quint32 crc = crc32(data);
    const auto offset = quint32(m_out.size());
    const quint16 flags = 0x0800; // names are UTF-8
    const quint16 time = 0, date = (2020 - 1980) << 9 | 1 << 5 | 1;
    put32(m_out, 0x04034b50u);
    put16(m_out, 20);
    put16(m_out, flags);
    put16(m_out, method);
    put16(m_out, time);
    put16(m_out, date);
    put32(m_out, crc);
    put32(m_out, quint32(packed.size()));
    put32(m_out, quint32(data.size()));
    put16(m_out, quint16(rawName.size()));
    put16(m_out, 0);
    m_out += rawName;
    m_out += packed;

    put32(m_directory, 0x02014b50u);
    put16(m_directory, 20);
    put16(m_directory, 20);
    put16(m_directory, flags);
    put16(m_directory, method);
    put16(m_directory, time);
    put16(m_directory, date);
    put32(m_directory, crc);
    put32(m_directory, quint32(packed.size()));
    put32(m_directory, quint32(data.size()));
    put16(m_directory, quint16(rawName.size()));
    put16(m_directory, 0);
    put16(m_directory, 0);
    put16(m_directory, 0);
    put16(m_directory, 0);
    put32(m_directory, 0);
    put32(m_directory, offset);
    m_directory += rawName;
    ++m_count;
}

QByteArray Writer::finish()
{
    const auto dirOffset = quint32(m_out.size());
    m_out += m_directory;
    put32(m_out, 0x06054b50u);
    put16(m_out, 0);
    put16(m_out, 0);
    put16(m_out, quint16(m_count));
    put16(m_out, quint16(m_count));
    put32(m_out, quint32(m_directory.size()));
    put32(m_out, dirOffset);
    put16(m_out, 0);
    m_directory.clear();
    return std::move(m_out);
}

} // namespace infiniti::Zip
