#include "formats/Zip.h"

#include "formats/ZipFormat.h"

#include <zlib.h>

#include <algorithm>

namespace infiniti::Zip {

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
    const bool ok = (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && expectedSize == 0)) &&
                    qint64(z.total_out) == expectedSize;
    inflateEnd(&z);
    if (!ok)
        return std::nullopt;
    return out;
}

QString checkEnds(QByteArrayView head, QByteArrayView tail, qint64 size)
{
    using namespace format;
    if (size < 22 || head.size() < 4)
        return ZipText::tr("it is not a ZIP file (%n byte(s) long)", nullptr,
                           int(qMin<qint64>(size, 1 << 30)));
    const quint32 first = u32(head.data());
    if (first != kLocalSignature && first != kEndSignature)
        return ZipText::tr("it is not a ZIP file (it does not begin as one)");
    // The end record: its comment reaches to the last byte.
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        const char *p = tail.data() + i;
        if (u32(p) != kEndSignature || qsizetype(u16(p + 20)) != tail.size() - i - 22)
            continue;
        const quint32 directorySize = u32(p + 12);
        const quint32 directoryOffset = u32(p + 16);
        if (directorySize == kMax32 || directoryOffset == kMax32)
            return i >= 20 && u32(p - 20) == kLocator64Signature
                       ? QString()
                       : ZipText::tr("it is not a whole ZIP file (its ZIP64 end is missing)");
        const qint64 endAt = size - (tail.size() - i);
        if (qint64(directoryOffset) + qint64(directorySize) != endAt)
            return ZipText::tr("it is not a whole ZIP file (its directory is not where its end "
                               "says: cut short or damaged)");
        return {};
    }
    return ZipText::tr("it is not a whole ZIP file (it does not end as one: cut short?)");
}

} // namespace infiniti::Zip
