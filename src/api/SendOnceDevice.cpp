#include "api/SendOnceDevice.h"

namespace infiniti {

SendOnceDevice::SendOnceDevice(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

SendOnceDevice::SendOnceDevice(QIODevice *inner, QObject *parent)
    : QIODevice(parent)
    , m_inner(inner)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SendOnceDevice::size() const
{
    return m_inner ? m_inner->size() : m_bytes.size();
}

bool SendOnceDevice::seek(qint64 pos)
{
    if (pos < m_furthest) {
        setErrorString(tr("a request body is sent once"));
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 SendOnceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    qint64 n = 0;
    if (m_inner) {
        if (m_inner->pos() != at && !m_inner->seek(at))
            return -1;
        n = m_inner->read(data, maxSize);
    } else {
        n = qMin(maxSize, qint64(m_bytes.size()) - at);
        if (n > 0)
            memcpy(data, m_bytes.constData() + at, size_t(n));
        n = qMax<qint64>(n, 0);
    }
    if (n > 0)
        m_furthest = qMax(m_furthest, at + n);
    return n;
}

} // namespace infiniti
