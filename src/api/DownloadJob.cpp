#include "api/DownloadJob.h"

#include "formats/Json.h"
#include "formats/Zip.h"

#include <QDir>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace infiniti {

QString DownloadJob::fileNameFromDisposition(const QByteArray &value)
{
    static const QRegularExpression extended(u"filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(u"filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\""_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(u"filename\\s*=\\s*([^;\\s]+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QString name;
    if (const auto m = extended.match(text); m.hasMatch()) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(m.captured(2).toLatin1());
        name = m.captured(1).compare("UTF-8"_L1, Qt::CaseInsensitive) == 0
                   ? QString::fromUtf8(decoded)
                   : QString::fromLatin1(decoded);
    } else if (const auto q = quoted.match(text); q.hasMatch()) {
        name = QString::fromUtf8(value.mid(q.capturedStart(1), q.capturedLength(1)));
        name.replace(u"\\\""_s, u"\""_s);
    } else if (const auto p = plain.match(text); p.hasMatch()) {
        name = p.captured(1);
    }
    return safeFileName(name, QString());
}

QString DownloadJob::safeFileName(const QString &name, const QString &fallback,
                                  const QString &suffix)
{
    QString out = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || u"<>:\"|?*"_s.contains(c))
            c = QLatin1Char('_');
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1); // Windows drops them: "a." and "a" would be one file
    if (out.isEmpty())
        return fallback;
    if (!suffix.isEmpty() && !out.endsWith(suffix, Qt::CaseInsensitive))
        out += suffix;
    // Names Windows keeps for devices, with any extension ("CON", "nul.ixpkg", "COM1.txt").
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    return out;
}

QString DownloadJob::suggestedFileName() const
{
    return fileNameFromDisposition(rawHeader("Content-Disposition"));
}

DownloadJob::~DownloadJob() = default; // an uncommitted file is discarded with it

bool DownloadJob::beginBody()
{
    if (m_path.isEmpty())
        m_path = m_pathFor(*this); // once: a retried GET writes the same file afresh
    m_written = 0;
    m_head.clear();
    m_tail.clear();
    m_fileHead.clear();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        setParseProblem(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return false;
    }
    m_member.reset();
    if (!m_base64Key.isEmpty())
        m_member = std::make_unique<Base64MemberStream>(
            m_base64Key, [this](QByteArrayView decoded) { return write(decoded); });
    return true;
}

bool DownloadJob::write(QByteArrayView data)
{
    if (m_file->write(data.data(), data.size()) == data.size()) {
        m_written += data.size();
        if (request().fileAnswer && !m_member && m_fileHead.size() < kFileHead)
            m_fileHead += data.first(qMin(data.size(), kFileHead - m_fileHead.size()));
        if (request().zipAnswer && !m_member) {
            if (m_head.size() < 4)
                m_head += data.first(qMin(data.size(), 4 - m_head.size()));
            m_tail += data.last(qMin(data.size(), Zip::kEndsTail));
            if (m_tail.size() > 2 * Zip::kEndsTail)
                m_tail.remove(0, m_tail.size() - Zip::kEndsTail);
        }
        return true;
    }
    setParseProblem(
        tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    return false;
}

bool DownloadJob::bodyData(QByteArrayView data)
{
    if (!m_member)
        return write(data);
    if (m_member->feed(data))
        return true;
    if (!m_member->problem().isEmpty()) // else write() said why
        setAnswerUnreadable(m_member->problem());
    return false;
}

bool DownloadJob::parse()
{
    if (request().zipAnswer && !m_member) {
        const QByteArrayView tail = m_pathFor ? QByteArrayView(m_tail) : QByteArrayView(body());
        const QString why = Zip::checkEnds(m_pathFor ? QByteArrayView(m_head) : body(),
                                           tail.last(qMin(tail.size(), Zip::kEndsTail)),
                                           m_pathFor ? m_written : body().size());
        if (!why.isEmpty()) {
            setAnswerUnreadable(why); // nothing is kept: no file, no bytes
            return false;
        }
    }
    if (!m_member)
        return isTheFile();
    if (!m_member->finish()) {
        setParseProblem(m_member->problem());
        return false;
    }
    m_envelope = m_member->rest();
    return isTheMember();
}

bool DownloadJob::isTheFile()
{
    if (!request().fileAnswer)
        return true;
    if (size() == 0) {
        setAnswerUnreadable(tr("it is empty: no file came"));
        return false;
    }
    const QByteArray type = rawHeader("Content-Type");
    const QByteArray mime = type.split(';').value(0).trimmed().toLower();
    const QString extension = request().fileExtension.toLower();
    if ((mime == "text/html" || mime == "application/xhtml+xml") && extension != ".html"_L1 &&
        extension != ".htm"_L1) {
        setAnswerUnreadable(tr("it is a web page (%1), not the file: a sign-in page or an error "
                               "page from the server or a proxy")
                                .arg(QString::fromLatin1(mime)));
        return false;
    }
    if ((mime == "application/json" || mime.endsWith("+json")) && extension != ".json"_L1) {
        const QByteArray head = m_pathFor ? m_fileHead : body().left(kFileHead);
        const QString said = ApiError::serverText(head, type);
        setAnswerUnreadable(
            said.isEmpty()
                ? tr("it is a JSON answer (%1), not the file").arg(QString::fromLatin1(mime))
                : tr("it is a JSON answer, not the file: %1").arg(said));
        return false;
    }
    return true;
}

bool DownloadJob::isTheMember()
{
    const QString problem = memberProblem(m_envelope, m_sizeKey, m_written);
    if (problem.isEmpty())
        return true;
    setAnswerUnreadable(problem);
    return false;
}

QString DownloadJob::memberProblem(const QJsonObject &envelope, QLatin1StringView sizeKey,
                                   qint64 bytes)
{
    if (bytes == 0)
        return tr("the file in it is empty"); // "the server's answer could not be read: …"
    const QJsonValue size = sizeKey.isEmpty() ? QJsonValue() : Json::value(envelope, sizeKey);
    if (size.isDouble() && qint64(size.toDouble()) != bytes)
        return tr("the file in it is %Ln byte(s) long where the answer says %1", nullptr,
                  int(qMin<qint64>(bytes, INT_MAX)))
            .arg(QLocale().toString(qint64(size.toDouble())));
    return {};
}

bool DownloadJob::commit(QString *error)
{
    if (!succeeded()) {
        // Never a part of a file put in place (its temporary file goes with the job).
        *error = tr("the download did not complete");
        m_file.reset();
        return false;
    }
    if (!m_file) {
        // Nothing streamed (a job without saveAs(), or an answer that never began).
        if (!m_pathFor)
            return false;
        if (m_path.isEmpty())
            m_path = m_pathFor(*this);
        return save(m_path, body(), error);
    }
    if (!m_file->commit()) {
        *error = m_file->errorString();
        return false;
    }
    m_file.reset();
    return true;
}

bool DownloadJob::save(const QString &path, const QByteArray &bytes, QString *error, Access access)
{
    QSaveFile file(path);
    // (The permissions go on the temporary file before a byte is written; the rename keeps them.)
    if (!file.open(QIODevice::WriteOnly) ||
        (access == Access::OwnerOnly &&
         !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace infiniti
