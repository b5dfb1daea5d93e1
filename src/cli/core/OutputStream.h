#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <cstdio>

namespace infiniti::ctl {

// Text to standard output or standard error as UTF-8, with every write checked: a full disk,
// a closed pipe's error or a missing stream makes failed() true (and later writes are
// dropped), so the program can stop and exit non-zero instead of reporting success for output
// that went nowhere.
class OutputStream
{
public:
    enum class Buffering { Buffered, Immediate };
    OutputStream(std::FILE *stream, Buffering buffering);
    ~OutputStream();
    OutputStream(const OutputStream &) = delete;
    OutputStream &operator=(const OutputStream &) = delete;

    void write(QByteArrayView bytes);
    OutputStream &operator<<(const QString &text);
    OutputStream &operator<<(QLatin1StringView text);
    OutputStream &operator<<(const char *utf8);
    OutputStream &operator<<(char c);
    OutputStream &operator<<(qint64 number);
    OutputStream &operator<<(int number) { return *this << qint64(number); }

    // Writes what is buffered; false when this or an earlier write failed.
    bool flush();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    bool writeOut(QByteArrayView bytes);

    QFile m_file;
    QByteArray m_buffer;
    Buffering m_buffering;
    bool m_failed = false;
    QString m_error;
};

} // namespace infiniti::ctl
