#include "formats/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace infiniti::Csv {

QString neutralised(const QString &cell)
{
    static constexpr QStringView starts = u"=+-@\t\r";
    if (!cell.isEmpty() && starts.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray record(const QStringList &fields)
{
    return record(fields, {});
}

QByteArray record(const QStringList &fields, const WriteOptions &options)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += options.delimiter;
        QByteArray f =
            (options.neutraliseFormulas ? neutralised(fields.at(i)) : fields.at(i)).toUtf8();
        if (f.contains(options.delimiter) || f.contains('"') || f.contains('\n') ||
            f.contains('\r')) {
            f.replace("\"", "\"\"");
            f = '"' + f + '"';
        }
        out += f;
    }
    out += "\r\n";
    return out;
}

void appendField(QByteArray &out, QByteArrayView utf8, bool first, const WriteOptions &options)
{
    if (!first)
        out += options.delimiter;
    // As neutralised(): its first characters are ASCII, so the first byte tells.
    const bool formula = options.neutraliseFormulas && !utf8.isEmpty() &&
                         QByteArrayView("=+-@\t\r").contains(utf8.front());
    bool quote = false;
    for (const char c : utf8) {
        if (c == options.delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

bool parse(const QByteArray &data, QList<QStringList> *rows, QString *error)
{
    // UTF-8 only: a byte that is not would become U+FFFD in a name or a password, silently.
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(data);
    if (utf8.hasError()) {
        int line = 1;
        for (const QByteArray &part : data.split('\n')) {
            QStringDecoder check(QStringConverter::Utf8);
            (void)QString(check(part));
            if (check.hasError())
                break;
            ++line;
        }
        rows->clear();
        *error = QCoreApplication::translate(
                     "Csv", "line %1 is not UTF-8 text: the file is in another encoding (Excel's "
                            "“CSV (Comma delimited)” writes Windows-1252). Save it as “CSV UTF-8” "
                            "and try again.")
                     .arg(line);
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    rows->clear();
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows->append(row); // blank lines are skipped
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error =
            QCoreApplication::translate("Csv", "a quoted field opened on line %1 is never closed")
                .arg(quoteLine);
        return false;
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows->append(row);
    }
    return true;
}

} // namespace infiniti::Csv
