#include "api/Base64FileBody.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cstring>

namespace infiniti {

namespace {
struct Base64FileBodyText
{
    Q_DECLARE_TR_FUNCTIONS(Base64FileBodyText)
};

// The file is read and encoded in blocks of this many bytes: a multiple of 3, so every block
// but the last encodes without padding and the blocks' Base64 joined is the whole file's.
constexpr qint64 kBase64RawBlock = 3 * 64 * 1024;
constexpr qint64 kBase64EncodedBlock = kBase64RawBlock / 3 * 4;

// Random access (Qt seeks it back to 0 to send it again): position p is in the head, in the
// Base64 of block p / kBase64EncodedBlock, or in the tail. One block is kept encoded.
class Base64FileDevice : public UploadDevice
{
public:
    Base64FileDevice(const QByteArray &head, const QString &path, const QByteArray &tail,
                     qint64 fileSize, const QDateTime &modified, QObject *parent)
        : UploadDevice(parent)
        , m_head(head)
        , m_path(path)
        , m_tail(tail)
        , m_fileSize(fileSize)
        , m_modified(modified)
    {
    }

    bool start(QString *error)
    {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = Base64FileBodyText::tr("“%1” cannot be read any more (%2).")
                         .arg(fileName(), m_file.errorString());
            return false;
        }
        if (const QString why = changed(false); !why.isEmpty()) {
            *error = why;
            return false;
        }
        return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override
    {
        return m_head.size() + Base64FileBody::encodedSize(m_fileSize) + m_tail.size();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!problem().isEmpty())
            return -1;
        const qint64 headEnd = m_head.size();
        const qint64 bodyEnd = headEnd + Base64FileBody::encodedSize(m_fileSize);
        const qint64 total = size();
        qint64 at = pos();
        qint64 done = 0;
        while (done < maxSize && at < total) {
            const char *from = nullptr;
            qint64 available = 0;
            if (at < headEnd) {
                from = m_head.constData() + at;
                available = headEnd - at;
            } else if (at < bodyEnd) {
                const qint64 offset = at - headEnd;
                const qint64 block = offset / kBase64EncodedBlock;
                if (block != m_block && !load(block))
                    return done > 0 ? done : -1; // the next read reports the problem
                const qint64 within = offset - block * kBase64EncodedBlock;
                from = m_encoded.constData() + within;
                available = m_encoded.size() - within;
            } else {
                from = m_tail.constData() + (at - bodyEnd);
                available = total - at;
            }
            const qint64 n = qMin(available, maxSize - done);
            std::memcpy(data + done, from, size_t(n));
            done += n;
            at += n;
        }
        return done;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QString fileName() const { return QFileInfo(m_path).fileName(); }

    // Why the file is no longer the one the body was made from; empty while it is. `sending`:
    // some of the body may have gone out (else nothing has).
    QString changed(bool sending) const
    {
        const QFileInfo now(m_path); // a fresh stat() of the path, not of our open handle
        const qint64 size =
            now.exists() ? qMax(now.size(), m_file.isOpen() ? m_file.size() : now.size()) : -1;
        if (!now.exists())
            return sending
                       ? Base64FileBodyText::tr(
                             "“%1” was removed while it was being sent; the upload was broken off.")
                             .arg(fileName())
                       : Base64FileBodyText::tr(
                             "“%1” was removed after it was read; nothing was sent.")
                             .arg(fileName());
        if (now.size() != m_fileSize || size != m_fileSize) {
            const qint64 seen = now.size() != m_fileSize ? now.size() : size;
            return sending ? Base64FileBodyText::tr("“%1” changed size while it was being sent "
                                                    "(%L2 bytes when it was read, %L3 "
                                                    "now); the upload was broken off.")
                                 .arg(fileName())
                                 .arg(m_fileSize)
                                 .arg(seen)
                           : Base64FileBodyText::tr("“%1” changed size after it was read (%L2 "
                                                    "bytes then, %L3 now); nothing "
                                                    "was sent.")
                                 .arg(fileName())
                                 .arg(m_fileSize)
                                 .arg(seen);
        }
        if (now.lastModified() != m_modified)
            return sending
                       ? Base64FileBodyText::tr(
                             "“%1” was changed while it was being sent; the upload was broken off.")
                             .arg(fileName())
                       : Base64FileBodyText::tr(
                             "“%1” was changed after it was read; nothing was sent.")
                             .arg(fileName());
        return {};
    }

    bool load(qint64 block)
    {
        if (const QString why = changed(true); !why.isEmpty()) {
            setProblem(why);
            return false;
        }
        const qint64 start = block * kBase64RawBlock;
        const qint64 want = qMin(kBase64RawBlock, m_fileSize - start);
        m_raw.resize(qsizetype(want));
        qint64 got = 0;
        if (m_file.seek(start)) {
            while (got < want) {
                const qint64 n = m_file.read(m_raw.data() + got, want - got);
                if (n <= 0)
                    break;
                got += n;
            }
        }
        if (got != want) {
            setProblem(
                m_file.error() != QFileDevice::NoError
                    ? Base64FileBodyText::tr("“%1” could not be read while it was being sent (%2); "
                                             "the upload was broken off.")
                          .arg(fileName(), m_file.errorString())
                    : Base64FileBodyText::tr(
                          "“%1” became shorter while it was being sent; the upload was broken off.")
                          .arg(fileName()));
            return false;
        }
        m_encoded = m_raw.toBase64();
        m_block = block;
        return true;
    }

    QByteArray m_head;
    QString m_path;
    QByteArray m_tail;
    qint64 m_fileSize;
    QDateTime m_modified;
    QFile m_file;
    QByteArray m_raw;
    QByteArray m_encoded;
    qint64 m_block = -1;
};
} // namespace

std::shared_ptr<const Base64FileBody> Base64FileBody::make(QByteArray head, const QString &path,
                                                           QByteArray tail, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return nullptr;
    }
    std::shared_ptr<Base64FileBody> body(new Base64FileBody);
    body->m_head = std::move(head);
    body->m_path = path;
    body->m_tail = std::move(tail);
    body->m_fileSize = file.size();
    body->m_modified = QFileInfo(path).lastModified();
    return body;
}

UploadDevice *Base64FileBody::open(QObject *parent, QString *error) const
{
    auto *device = new Base64FileDevice(m_head, m_path, m_tail, m_fileSize, m_modified, parent);
    if (!device->start(error)) {
        delete device;
        return nullptr;
    }
    return device;
}

qint64 Base64FileBody::size() const
{
    return m_head.size() + encodedSize(m_fileSize) + m_tail.size();
}

} // namespace infiniti
