#include "api/SendOnceDevice.h"

#include <QBuffer>

namespace infiniti {

namespace {
QBuffer *bufferOf(const QByteArray &bytes)
{
    auto *buffer = new QBuffer;
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}
} // namespace

SendOnceDevice::SendOnceDevice(const QByteArray &bytes, QObject *parent)
    : SendOnceDevice(bufferOf(bytes), parent)
{
    m_inner->setParent(this); // its own
}

SendOnceDevice::SendOnceDevice(QIODevice *inner, QObject *parent)
    : QIODevice(parent)
    , m_inner(inner)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SendOnceDevice::size() const
{
    return m_inner ? m_inner->size() : 0;
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
    if (!m_inner || (m_inner->pos() != at && !m_inner->seek(at)))
        return -1;
    const qint64 n = m_inner->read(data, maxSize);
    if (n > 0)
        m_furthest = qMax(m_furthest, at + n);
    return n;
}

} // namespace infiniti
