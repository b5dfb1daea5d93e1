#pragma once

// What the ZIP reader (ZipReader.cpp) and writer (ZipWriter.cpp) share: the record signatures and
// limits of the format (APPNOTE 6.3.x), little-endian byte access, and the translation context.
// Internal to src/formats.

#include <QByteArray>
#include <QCoreApplication>
#include <QtEndian>

namespace infiniti::Zip::format {

inline constexpr quint32 kLocalSignature = 0x04034b50u;
inline constexpr quint32 kCentralSignature = 0x02014b50u;
inline constexpr quint32 kEndSignature = 0x06054b50u;
inline constexpr quint32 kEnd64Signature = 0x06064b50u;
inline constexpr quint32 kLocator64Signature = 0x07064b50u;
inline constexpr quint32 kDescriptorSignature = 0x08074b50u;
inline constexpr quint32 kMax32 = 0xffffffffu;
inline constexpr quint16 kMax16 = 0xffffu;
inline constexpr qint64 kBlock = 256 * 1024;
// One byte of deflate output can stand for at most 258 bytes of input (the longest match), so a
// stream can never expand more than about 1032 times: an entry claiming more is lying.
inline constexpr qint64 kDeflateMaxRatio = 1032;

// The one translation context of the ZIP files (lupdate reads it from the macro).
struct ZipText
{
    Q_DECLARE_TR_FUNCTIONS(ZipText)
};

inline quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
inline quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
inline quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}
inline void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
inline void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
inline void put64(QByteArray &b, quint64 v)
{
    char x[8];
    qToLittleEndian(v, x);
    b.append(x, 8);
}

} // namespace infiniti::Zip::format
