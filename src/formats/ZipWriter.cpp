#include "formats/Zip.h"
#include "formats/ZipFormat.h"

#include <QIODevice>

#include <zlib.h>

#include <algorithm>

namespace infiniti::Zip {

using namespace format;

Writer::Writer() = default;

Writer::Writer(QIODevice *out)
    : m_device(out)
{
}

Writer::~Writer() = default;

bool Writer::put(const char *data, qint64 size)
{
    if (!m_error.isEmpty())
        return false;
    if (m_device) {
        qint64 done = 0;
        while (done < size) {
            const qint64 wrote = m_device->write(data + done, size - done);
            if (wrote <= 0) {
                m_error =
                    ZipText::tr("the archive cannot be written: %1").arg(m_device->errorString());
                return false;
            }
            done += wrote;
        }
    } else {
        m_memory.append(data, qsizetype(size));
    }
    m_offset += size;
    return true;
}

namespace {
const quint16 kTime = 0, kDate = (2020 - 1980) << 9 | 1 << 5 | 1;

QByteArray localHeader(const QByteArray &name, quint16 version, quint16 flags, quint16 method,
                       quint32 crc, qint64 compressed, qint64 size, bool zip64)
{
    QByteArray h;
    put32(h, kLocalSignature);
    put16(h, version);
    put16(h, flags);
    put16(h, method);
    put16(h, kTime);
    put16(h, kDate);
    put32(h, crc);
    put32(h, zip64 ? kMax32 : quint32(compressed));
    put32(h, zip64 ? kMax32 : quint32(size));
    put16(h, quint16(name.size()));
    put16(h, zip64 ? 20 : 0);
    h += name;
    if (zip64) {
        put16(h, 0x0001);
        put16(h, 16);
        put64(h, quint64(size));
        put64(h, quint64(compressed));
    }
    return h;
}
} // namespace

bool Writer::add(const QString &name, const QByteArray &data, bool deflate)
{
    const QByteArray rawName = name.toUtf8();
    QByteArray packed = deflate ? deflateRaw(data) : data;
    quint16 method = deflate ? 8 : 0;
    if (deflate && (packed.isEmpty() || packed.size() >= data.size())) {
        packed = data; // not worth it (or empty): store
        method = 0;
    }
    const bool zip64 = data.size() >= kMax32 || packed.size() >= kMax32;
    Record r{rawName,     method,        0x0800,      quint16(zip64 ? 45 : 20),
             crc32(data), packed.size(), data.size(), m_offset};
    if (!put(localHeader(rawName, r.versionNeeded, r.flags, method, r.crc, packed.size(),
                         data.size(), zip64)) ||
        !put(packed))
        return false;
    m_records << r;
    return true;
}

bool Writer::addStream(const QString &name, QIODevice *source, bool deflate)
{
    const QByteArray rawName = name.toUtf8();
    QByteArray block(qsizetype(kBlock), Qt::Uninitialized);
    auto readBlock = [&]() -> qint64 {
        const qint64 got = source->read(block.data(), block.size());
        if (got < 0)
            m_error = ZipText::tr("“%1” cannot be read: %2").arg(name, source->errorString());
        return got;
    };
    // A stored entry from a file: CRC first, then the bytes, so no data descriptor is needed
    // (some readers refuse descriptors on stored entries).
    if (!deflate && !source->isSequential()) {
        const qint64 start = source->pos();
        uLong crc = ::crc32(0L, Z_NULL, 0);
        qint64 size = 0, got = 0;
        while ((got = readBlock()) > 0) {
            crc = ::crc32(crc, reinterpret_cast<const Bytef *>(block.constData()), uInt(got));
            size += got;
        }
        if (got < 0 || !source->seek(start))
            return false;
        const bool zip64 = size >= kMax32;
        Record r{rawName, 0, 0x0800, quint16(zip64 ? 45 : 20), quint32(crc), size, size, m_offset};
        if (!put(localHeader(rawName, r.versionNeeded, r.flags, 0, r.crc, size, size, zip64)))
            return false;
        qint64 copied = 0;
        while ((got = readBlock()) > 0 && put(block.constData(), got))
            copied += got;
        if (got < 0 || !m_error.isEmpty())
            return false;
        if (copied != size) {
            m_error = ZipText::tr("“%1” changed while it was being written").arg(name);
            return false;
        }
        m_records << r;
        return true;
    }
    // Streamed: sizes and CRC follow the data. ZIP64 unless the source says it is small, so a
    // source larger than expected is still described right.
    const bool zip64 =
        source->isSequential() || source->size() - source->pos() >= kMax32 - kMax32 / 100;
    Record r{rawName, quint16(deflate ? 8 : 0), 0x0808, quint16(zip64 ? 45 : 20), 0, 0, 0,
             m_offset};
    if (!put(localHeader(rawName, r.versionNeeded, r.flags, r.method, 0, 0, 0, zip64)))
        return false;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    qint64 size = 0, compressed = 0, got = 0;
    if (deflate) {
        z_stream z = {};
        if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK) {
            m_error = ZipText::tr("out of memory");
            return false;
        }
        QByteArray out(qsizetype(kBlock), Qt::Uninitialized);
        bool finished = false;
        while (!finished && m_error.isEmpty()) {
            got = readBlock();
            if (got < 0)
                break;
            crc = ::crc32(crc, reinterpret_cast<const Bytef *>(block.constData()), uInt(got));
            size += got;
            z.next_in = reinterpret_cast<Bytef *>(block.data());
            z.avail_in = uInt(got);
            const int flush = got == 0 ? Z_FINISH : Z_NO_FLUSH;
            do {
                z.next_out = reinterpret_cast<Bytef *>(out.data());
                z.avail_out = uInt(out.size());
                const int rc = ::deflate(&z, flush);
                const qint64 made = out.size() - qint64(z.avail_out);
                if (made > 0 && put(out.constData(), made))
                    compressed += made;
                finished = rc == Z_STREAM_END;
            } while (z.avail_out == 0 && m_error.isEmpty());
        }
        deflateEnd(&z);
    } else {
        while ((got = readBlock()) > 0 && put(block.constData(), got)) {
            crc = ::crc32(crc, reinterpret_cast<const Bytef *>(block.constData()), uInt(got));
            size += got;
        }
        compressed = size;
    }
    if (got < 0 || !m_error.isEmpty())
        return false;
    if (!zip64 && (size >= kMax32 || compressed >= kMax32)) {
        m_error = ZipText::tr("“%1” grew past 4 GiB while it was being written").arg(name);
        return false;
    }
    QByteArray descriptor;
    put32(descriptor, kDescriptorSignature);
    put32(descriptor, quint32(crc));
    if (zip64) {
        put64(descriptor, quint64(compressed));
        put64(descriptor, quint64(size));
    } else {
        put32(descriptor, quint32(compressed));
        put32(descriptor, quint32(size));
    }
    if (!put(descriptor))
        return false;
    r.crc = quint32(crc);
    r.size = size;
    r.compressedSize = compressed;
    m_records << r;
    return true;
}

void Writer::central(const Record &r, QByteArray &out) const
{
    QByteArray extra;
    const bool bigSize = r.size >= kMax32, bigCompressed = r.compressedSize >= kMax32,
               bigOffset = r.offset >= kMax32;
    if (bigSize || bigCompressed || bigOffset) {
        put16(extra, 0x0001);
        put16(extra, quint16(8 * (int(bigSize) + int(bigCompressed) + int(bigOffset))));
        if (bigSize)
            put64(extra, quint64(r.size));
        if (bigCompressed)
            put64(extra, quint64(r.compressedSize));
        if (bigOffset)
            put64(extra, quint64(r.offset));
    }
    const quint16 version = extra.isEmpty() ? r.versionNeeded : 45;
    put32(out, kCentralSignature);
    put16(out, version); // made by: MS-DOS attributes, this spec version
    put16(out, version);
    put16(out, r.flags);
    put16(out, r.method);
    put16(out, kTime);
    put16(out, kDate);
    put32(out, r.crc);
    put32(out, bigCompressed ? kMax32 : quint32(r.compressedSize));
    put32(out, bigSize ? kMax32 : quint32(r.size));
    put16(out, quint16(r.name.size()));
    put16(out, quint16(extra.size()));
    put16(out, 0);
    put16(out, 0);
    put16(out, 0);
    put32(out, 0);
    put32(out, bigOffset ? kMax32 : quint32(r.offset));
    out += r.name;
    out += extra;
}

QByteArray Writer::finish()
{
    const qint64 dirOffset = m_offset;
    QByteArray block;
    qint64 dirSize = 0;
    for (const Record &r : std::as_const(m_records)) {
        central(r, block);
        if (block.size() >= kBlock) {
            dirSize += block.size();
            put(block);
            block.clear();
        }
    }
    dirSize += block.size();
    put(block);
    const auto count = quint64(m_records.size());
    const bool zip64 = count >= kMax16 || dirOffset >= kMax32 || dirSize >= kMax32;
    QByteArray end;
    if (zip64) {
        const qint64 end64 = m_offset;
        put32(end, kEnd64Signature);
        put64(end, 44);
        put16(end, 45);
        put16(end, 45);
        put32(end, 0);
        put32(end, 0);
        put64(end, count);
        put64(end, count);
        put64(end, quint64(dirSize));
        put64(end, quint64(dirOffset));
        put32(end, kLocator64Signature);
        put32(end, 0);
        put64(end, quint64(end64));
        put32(end, 1);
    }
    put32(end, kEndSignature);
    put16(end, 0);
    put16(end, 0);
    put16(end, count >= kMax16 ? kMax16 : quint16(count));
    put16(end, count >= kMax16 ? kMax16 : quint16(count));
    put32(end, dirSize >= kMax32 ? kMax32 : quint32(dirSize));
    put32(end, dirOffset >= kMax32 ? kMax32 : quint32(dirOffset));
    put16(end, 0);
    put(end);
    m_records.clear();
    return std::move(m_memory);
}

} // namespace infiniti::Zip
