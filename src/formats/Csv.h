#pragma once

#include <QByteArray>
#include <QStringList>

namespace infiniti::Csv {

// One RFC 4180 record (UTF-8, CRLF): fields with a comma, quote, CR or LF are quoted and
// quotes doubled.
QByteArray record(const QStringList &fields);

// Reads RFC 4180 text (UTF-8, an optional BOM, CRLF or LF, quoted fields with commas, quotes
// and line breaks). Returns false with `error` naming the line when a quote is not closed.
bool parse(const QByteArray &data, QList<QStringList> *rows, QString *error);

} // namespace infiniti::Csv
