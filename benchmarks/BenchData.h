#pragma once

#include <QByteArray>

// `size` bytes that do not compress (xorshift32, the same every run): a package or a file of
// that many bytes is as large in its ZIP as on disk.
inline QByteArray incompressibleBytes(qsizetype size)
{
    QByteArray noise(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < noise.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise[i] = char(x);
    }
    return noise;
}
