#pragma once

#include "api/ApiJob.h"

namespace infiniti {

// A request answered by a file (a project export, a library version, a generated document):
// the bytes, and the name the server suggests in Content-Disposition. Nothing touches the
// disk until the whole answer is here; save() then writes it atomically, so a cancelled or
// failed download never leaves a partial file.
class DownloadJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    // The file's bytes.
    const QByteArray &result() const { return body(); }
    // The server's file name (RFC 6266: filename* wins over filename), stripped of any path;
    // empty when it gave none.
    QString suggestedFileName() const;
    static QString fileNameFromDisposition(const QByteArray &contentDisposition);
    // Writes bytes to path through a temporary file renamed into place.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    // A name safe on every file system we run on (no separators, no control characters).
    static QString safeFileName(const QString &name, const QString &fallback);
};

} // namespace infiniti
