#pragma once

#include "cli/core/CtlOptions.h"

#include <QList>
#include <QStringList>

namespace infiniti::ctl {

class OutputStream;

// Rows of cells in the chosen format: CSV (--csv, with --bom, --delimiter and formula cells
// neutralised unless --csv-raw) or a text table whose columns are padded to `widths` (the
// columns past them as they are). The first row is the header.
class TableWriter
{
public:
    TableWriter(OutputStream &out, const CtlOptions &options, QList<int> widths = {});
    void row(const QStringList &cells);
    void rows(const QList<QStringList> &rows);

private:
    OutputStream &m_out;
    const CtlOptions &m_options;
    QList<int> m_widths;
    bool m_started = false;
};

} // namespace infiniti::ctl
