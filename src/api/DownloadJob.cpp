#include "api/DownloadJob.h"

#include <QDir>
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

QString DownloadJob::safeFileName(const QString &name, const QString &fallback)
{
    QString out = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || u"<>:\"|?*"_s.contains(c))
            c = QLatin1Char('_');
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? fallback : out;
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
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        setParseProblem(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return false;
    }
    return true;
}

bool DownloadJob::bodyData(QByteArrayView data)
{
    if (m_file->write(data.data(), data.size()) == data.size()) {
        m_written += data.size();
        return true;
    }
    setParseProblem(
        tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    return false;
}

bool DownloadJob::commit(QString *error)
{
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

bool DownloadJob::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace infiniti
