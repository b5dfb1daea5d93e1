#pragma once

#include "api/ApiJob.h"
#include "formats/Base64MemberStream.h"

#include <QJsonObject>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace infiniti {

// A request answered by a file (a project export, a library version, a generated document):
// the bytes, and the name the server suggests in Content-Disposition. In memory by default:
// nothing touches the disk until the whole answer is here; save() then writes it atomically.
// With saveAs() the answer goes to its file as it arrives (memory does not grow with the file,
// and no answer-size bound applies) and commit() puts it in place after success. Either way a
// cancelled or failed download never leaves a partial file.
class DownloadJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    ~DownloadJob() override;
    // The file's bytes (empty with saveAs()).
    const QByteArray &result() const { return body(); }
    // Streams the answer into the file `pathFor` names (set before start()). It is asked once,
    // when the answer's headers are here, so it may use suggestedFileName().
    void saveAs(std::function<QString(const DownloadJob &)> pathFor)
    {
        m_pathFor = std::move(pathFor);
    }
    // With saveAs(): the answer is a JSON object that holds the file as the Base64 string member
    // `key` (a library item's `binary`, contract 4.5). The file is decoded as it arrives
    // (formats/Base64MemberStream.h); an answer that is not such an object, or whose Base64 is
    // broken, fails the job (BadResponse) and leaves no file. envelope() is the rest of it.
    // An empty file fails too, and so does one whose length differs from the number the answer
    // gives as `sizeKey` (when it gives one: a library item's `size`).
    void decodeBase64Member(QLatin1StringView key, QLatin1StringView sizeKey = {})
    {
        m_base64Key = key;
        m_sizeKey = sizeKey;
    }
    // decodeBase64Member()'s check for a file decoded from `envelope` otherwise ("" if fine).
    static QString memberProblem(const QJsonObject &envelope, QLatin1StringView sizeKey,
                                 qint64 bytes);
    // After success with decodeBase64Member(): the object without its file (the member "").
    const QJsonObject &envelope() const { return m_envelope; }
    // The file saveAs() writes ("" before the answer began).
    QString savedPath() const { return m_path; }
    // The answer's size in bytes.
    qint64 size() const { return m_pathFor ? m_written : body().size(); }
    // After success with saveAs(): puts the file in place (atomically replacing what is there).
    bool commit(QString *error);
    // The server's file name (RFC 6266: filename* wins over filename), stripped of any path;
    // empty when it gave none.
    QString suggestedFileName() const;
    static QString fileNameFromDisposition(const QByteArray &contentDisposition);
    // Writes bytes to path through a temporary file renamed into place. OwnerOnly: readable and
    // writable by its owner alone from the start (a file holding passwords), also when it
    // replaces one that others could read.
    enum class Access { Default, OwnerOnly };
    static bool save(const QString &path, const QByteArray &bytes, QString *error,
                     Access access = Access::Default);
    // A name safe on every file system we run on (no separators, no control characters, no
    // device name, no trailing dot), ending in `suffix` when one is given (".ixpkg").
    static QString safeFileName(const QString &name, const QString &fallback,
                                const QString &suffix = {});

protected:
    bool streamsBody() const override { return bool(m_pathFor); }
    bool beginBody() override;
    bool bodyData(QByteArrayView data) override;
    bool parse() override;

private:
    bool write(QByteArrayView data);
    // request().fileAnswer's and decodeBase64Member()'s checks of what came.
    bool isTheFile();
    bool isTheMember();

    std::function<QString(const DownloadJob &)> m_pathFor;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<Base64MemberStream> m_member;
    QLatin1StringView m_base64Key;
    QLatin1StringView m_sizeKey;
    QJsonObject m_envelope;
    qint64 m_written = 0;
    QByteArray m_head; // the first bytes written, and the last (request().zipAnswer)
    QByteArray m_tail;
    QByteArray m_fileHead; // the first bytes written (request().fileAnswer: what a page says)
    static constexpr qsizetype kFileHead = 2048;
};

} // namespace infiniti
