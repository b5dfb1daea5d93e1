#pragma once

#include "api/UploadBody.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>

#include <memory>

namespace infiniti {

// head + Base64(the file) + tail, produced from the file in blocks as it is read: the body of a
// project import (`{"comment":…,"ixpkg":"` … `"}`) without ever holding the package or its
// Base64 in memory. The file's size and modification time are taken when the body is made;
// a file that is removed, replaced, grows, shrinks or is modified after that fails the upload
// with a message saying so, rather than sending a package the preview did not read.
class Base64FileBody : public UploadBody
{
public:
    // nullptr with `error` when the file cannot be opened.
    static std::shared_ptr<const Base64FileBody> make(QByteArray head, const QString &path,
                                                      QByteArray tail, QString *error);

    UploadDevice *open(QObject *parent, QString *error) const override;
    qint64 size() const override;
    QString path() const { return m_path; }
    qint64 fileSize() const { return m_fileSize; }
    static qint64 encodedSize(qint64 bytes) { return (bytes + 2) / 3 * 4; }

private:
    Base64FileBody() = default;
    QByteArray m_head;
    QString m_path;
    QByteArray m_tail;
    qint64 m_fileSize = 0;
    QDateTime m_modified;
};

} // namespace infiniti
