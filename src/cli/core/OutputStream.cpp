#include "cli/core/OutputStream.h"

namespace infiniti::ctl {

namespace {
constexpr qsizetype kFlushAt = 64 * 1024;

int descriptorOf(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _fileno(stream);
#else
    return fileno(stream);
#endif
}
} // namespace

OutputStream::OutputStream(std::FILE *stream, Buffering buffering)
    : m_buffering(buffering)
{
    // The file descriptor itself, unbuffered: our buffer is the only one, so every error of the
    // underlying write() is seen here (stdio would keep it until a flush nobody checks).
    std::fflush(stream);
    if (!m_file.open(descriptorOf(stream), QIODevice::WriteOnly | QIODevice::Unbuffered,
                     QFileDevice::DontCloseHandle)) {
        m_failed = true;
        m_error = m_file.errorString();
    }
}

OutputStream::~OutputStream()
{
    flush();
}

void OutputStream::write(QByteArrayView bytes)
{
    if (m_failed)
        return;
    m_buffer.append(bytes);
    if (m_buffering == Buffering::Immediate || m_buffer.size() >= kFlushAt)
        flush();
}

OutputStream &OutputStream::operator<<(const QString &text)
{
    write(text.toUtf8());
    return *this;
}

OutputStream &OutputStream::operator<<(QLatin1StringView text)
{
    write(QString(text).toUtf8());
    return *this;
}

OutputStream &OutputStream::operator<<(const char *utf8)
{
    write(QByteArray(utf8));
    return *this;
}

OutputStream &OutputStream::operator<<(char c)
{
    write(QByteArray(1, c));
    return *this;
}

OutputStream &OutputStream::operator<<(qint64 number)
{
    write(QByteArray::number(number));
    return *this;
}

bool OutputStream::flush()
{
    if (m_failed) {
        m_buffer.clear();
        return false;
    }
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            m_failed = true;
            m_error = m_file.errorString();
            break;
        }
        done += n;
    }
    m_buffer.clear();
    return !m_failed;
}

} // namespace infiniti::ctl
