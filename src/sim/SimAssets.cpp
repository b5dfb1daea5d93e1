#include "sim/SimAssets.h"

#include <QtEndian>

#include <cmath>

namespace infiniti::sim::SimAssets {

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256] = {};
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 c = 0xffffffffu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void chunk(QByteArray &out, const char *type, const QByteArray &data)
{
    char len[4];
    qToBigEndian(quint32(data.size()), len);
    out.append(len, 4);
    const QByteArray typed = QByteArray(type, 4) + data;
    out.append(typed);
    char crc[4];
    qToBigEndian(crc32(typed), crc);
    out.append(crc, 4);
}

} // namespace

QByteArray png(int width, int height, const std::function<quint32(int x, int y)> &rgb)
{
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            const quint32 c = rgb(x, y);
            raw.append(char((c >> 16) & 0xff)).append(char((c >> 8) & 0xff)).append(char(c & 0xff));
        }
    }
    QByteArray header(13, '\0');
    qToBigEndian(quint32(width), header.data());
    qToBigEndian(quint32(height), header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: RGB
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    chunk(out, "IHDR", header);
    chunk(out, "IDAT", qCompress(raw, 9).mid(4)); // qCompress prefixes the length to a zlib stream
    chunk(out, "IEND", {});
    return out;
}

QByteArray badge(int width, int height, quint32 rgb)
{
    const double cx = width / 2.0, cy = height / 2.0, r = std::min(width, height) * 0.38;
    return png(width, height, [=](int x, int y) -> quint32 {
        const double d = std::hypot(x - cx, y - cy);
        if (d < r)
            return (y / 6) % 2 ? rgb : (rgb | 0x202020u);
        return d < r + 2 ? 0x303030u : 0xf4f4f4u;
    });
}

} // namespace infiniti::sim::SimAssets
