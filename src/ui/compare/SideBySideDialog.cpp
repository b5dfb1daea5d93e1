#include "ui/compare/SideBySideDialog.h"

#include "ui/compare/ChangeStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace infiniti::compare;

namespace infiniti {

namespace {
enum SideColumn { SideFieldColumn, SideSourceColumn, SideTargetColumn, SideColumnCount };
constexpr int kSideChangedRole = Qt::UserRole + 1;
} // namespace

SideBySideDialog::SideBySideDialog(const Difference &difference, const QList<SideBySideRow> &rows,
                                   const QString &source, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_table(new QTableWidget(int(rows.size()), SideColumnCount, this))
    , m_onlyChanged(new QCheckBox(tr("Only the &changed fields"), this))
{
    setObjectName(u"sideBySideDialog"_s);
    setWindowTitle(tr("%1 (%2) — side by side").arg(difference.name, partTitle(difference.part)));
    auto *summary = new QLabel(this);
    summary->setObjectName(u"summaryLabel"_s);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setText(difference.summary);
    auto *explanation =
        new QLabel(ChangeStyle::explanation(difference.change, source, target), this);
    explanation->setWordWrap(true);

    m_table->setObjectName(u"sideBySideTable"_s);
    m_table->setAccessibleName(tr("Fields of both sides"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("%1 (source)").arg(source), tr("%1 (target)").arg(target)});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SideFieldColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SideSourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SideTargetColumn, QHeaderView::Stretch);

    const QIcon changedIcon = ChangeStyle::icon(Change::Changed);
    QColor tint = ChangeStyle::color(Change::Changed);
    tint.setAlpha(40);
    for (int r = 0; r < rows.size(); ++r) {
        const SideBySideRow &row = rows.at(r);
        const QString values[SideColumnCount] = {row.field, row.source, row.target};
        for (int c = 0; c < SideColumnCount; ++c) {
            auto *item = new QTableWidgetItem(values[c]);
            item->setData(kSideChangedRole, row.changed);
            item->setToolTip(values[c]);
            if (row.changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(tint);
                item->setData(Qt::AccessibleDescriptionRole, tr("changed"));
            }
            if (row.masked && c != SideFieldColumn)
                item->setToolTip(tr("A secret: compared, never shown."));
            m_table->setItem(r, c, item);
        }
        if (row.changed)
            m_table->item(r, SideFieldColumn)->setIcon(changedIcon);
    }
    // Heights follow the widths the stretched columns get once shown (a one-off resize here
    // would wrap for the widths before the first layout).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_onlyChanged->setObjectName(u"onlyChangedCheck"_s);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &SideBySideDialog::showOnlyChanged);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_onlyChanged);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    const QByteArray geometry = QSettings().value(u"compare/sideBySideGeometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 520);
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(u"compare/sideBySideGeometry"_s, saveGeometry()); });
}

bool SideBySideDialog::isMarkedChanged(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, SideFieldColumn);
    return item && item->data(kSideChangedRole).toBool() && item->font().bold();
}

void SideBySideDialog::showOnlyChanged(bool only)
{
    for (int r = 0; r < m_rows.size(); ++r)
        m_table->setRowHidden(r, only && !m_rows.at(r).changed);
}

} // namespace infiniti
