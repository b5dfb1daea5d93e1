#include "api/DownloadJob.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace infiniti {

QString DownloadJob::fileNameFromDisposition(const QByteArray &value)
{
    static const QRegularExpression extended(QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("filename\\s*=\\s*([^;\\s]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QString name;
    if (const auto m = extended.match(text); m.hasMatch()) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(m.captured(2).toLatin1());
        name = m.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 ? QString::fromUtf8(decoded)
                                                                                       : QString::fromLatin1(decoded);
    } else if (const auto q = quoted.match(text); q.hasMatch()) {
        name = QString::fromUtf8(value.mid(q.capturedStart(1), q.capturedLength(1)));
        name.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    } else if (const auto p = plain.match(text); p.hasMatch()) {
        name = p.captured(1);
    }
    return safeFileName(name, QString());
}

QString DownloadJob::safeFileName(const QString &name, const QString &fallback)
{
    QString out = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || QStringLiteral("<>:\"|?*").contains(c))
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
