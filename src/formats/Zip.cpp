#include "formats/Zip.h"

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

} // namespace infiniti::Zip
