#include "ui/common/Checklist.h"

#include <QListWidget>

namespace infiniti::Checklist {

void fill(QListWidget *list, const QStringList &available, const QStringList &checkedNames)
{
    const QSignalBlocker block(list);
    QStringList names;
    for (const auto &n : available + checkedNames) {
        if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive))
            names << n;
    }
    names.sort(Qt::CaseInsensitive);
    list->clear();
    for (const auto &n : names) {
        auto *item = new QListWidgetItem(n, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checkedNames.contains(n, Qt::CaseInsensitive) ? Qt::Checked
                                                                          : Qt::Unchecked);
        if (!available.isEmpty() && !available.contains(n, Qt::CaseInsensitive))
            item->setToolTip(
                QListWidget::tr("Not known to this console; kept as the server has it."));
    }
}

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->text();
    }
    return out;
}

} // namespace infiniti::Checklist
