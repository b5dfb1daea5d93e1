#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace infiniti::Csv {

// How records are written when the reader is a spreadsheet rather than a program.
struct WriteOptions
{
    char delimiter = ','; // ',', ';' (spreadsheets in locales with a decimal comma) or '\t'
    // OWASP "CSV injection": a cell starting with = + - @ TAB or CR gets a leading ' so a
    // spreadsheet shows it as text instead of running it as a formula.
    bool neutraliseFormulas = false;
};

// One RFC 4180 record (UTF-8, CRLF): fields with the delimiter, a quote, CR or LF are quoted
// and quotes doubled.
QByteArray record(const QStringList &fields);
QByteArray record(const QStringList &fields, const WriteOptions &options);
// One field of such a record, its text given as UTF-8, appended to `out` (with the delimiter
// before it unless it is the first): record() without a QString per cell.
void appendField(QByteArray &out, QByteArrayView utf8, bool first, const WriteOptions &options);
// The cell as a spreadsheet should see it: with a leading ' when it would start a formula.
QString neutralised(const QString &cell);

// The UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only when it starts with one.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// Reads RFC 4180 text (UTF-8, an optional BOM, CRLF or LF, quoted fields with commas, quotes
// and line breaks). Returns false with `error` naming the line when a quote is not closed.
bool parse(const QByteArray &data, QList<QStringList> *rows, QString *error);

} // namespace infiniti::Csv
