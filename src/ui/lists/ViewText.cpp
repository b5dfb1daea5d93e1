#include "ui/lists/ViewText.h"

#include "models/PagedListModel.h"

#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infiniti::ViewText {

namespace {
QList<int> visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}
} // namespace

QByteArray csv(const QHeaderView *header, const QAbstractItemModel *model,
               const Csv::WriteOptions &options)
{
    const QList<int> columns = visibleColumns(header);
    QStringList titles{u"id"_s};
    for (int c : columns)
        titles << model->headerData(c, Qt::Horizontal).toString();
    QByteArray out = Csv::record(titles, options);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PagedListModel::LoadedRole) == QVariant(false))
            continue; // a row not read yet (SparseListModel) has nothing to write
        QStringList cells{model->index(row, 0).data(PagedListModel::IdRole).toString()};
        for (int c : columns) {
            const QModelIndex index = model->index(row, c);
            const QVariant sortValue = index.data(PagedListModel::SortRole);
            cells << (sortValue.typeId() == QMetaType::Bool
                          ? (sortValue.toBool() ? u"true"_s : u"false"_s)
                          : index.data().toString());
        }
        out += Csv::record(cells, options);
    }
    return out;
}

QString tabSeparated(const QHeaderView *header, const QAbstractItemModel *model,
                     QModelIndexList rows)
{
    const QList<int> columns = visibleColumns(header);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const auto &row : std::as_const(rows)) {
        QStringList cells;
        for (int c : columns) {
            QString text = model->index(row.row(), c).data().toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace infiniti::ViewText
