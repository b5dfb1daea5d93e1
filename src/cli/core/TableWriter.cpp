#include "cli/core/TableWriter.h"

#include "cli/core/OutputStream.h"

namespace infiniti::ctl {

TableWriter::TableWriter(OutputStream &out, const CtlOptions &options, QList<int> widths)
    : m_out(out)
    , m_options(options)
    , m_widths(std::move(widths))
{
}

void TableWriter::row(const QStringList &cells)
{
    if (m_options.format == Format::Csv) {
        if (!m_started && m_options.bom)
            m_out.write(QByteArray(Csv::kUtf8Bom));
        m_started = true;
        m_out.write(Csv::record(cells, m_options.csv));
        return;
    }
    m_started = true;
    QString line;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c >= m_widths.size()) {
            line += cells.at(c);
            continue;
        }
        // A cell wider than its column still leaves a space before the next one.
        const QString &cell = cells.at(c);
        line += cell.size() < m_widths.at(c) ? cell.leftJustified(m_widths.at(c))
                                             : cell + QLatin1Char(' ');
    }
    m_out << line << '\n';
}

void TableWriter::rows(const QList<QStringList> &rows)
{
    for (const auto &r : rows)
        row(r);
}

} // namespace infiniti::ctl
