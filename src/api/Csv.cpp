#include "Csv.h"

namespace infiniti::Csv {

QByteArray record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray f = fields.at(i).toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            f.replace("\"", "\"\"");
            f = '"' + f + '"';
        }
        out += f;
    }
    out += "\r\n";
    return out;
}

} // namespace infiniti::Csv
