#pragma once

#include <QByteArray>
#include <QStringList>

namespace infiniti::Csv {

// One RFC 4180 record (UTF-8, CRLF): fields with a comma, quote, CR or LF are quoted and
// quotes doubled.
QByteArray record(const QStringList &fields);

} // namespace infiniti::Csv
