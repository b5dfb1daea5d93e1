#include "ui/compare/SideBySideDialog.h"

#include "ui/compare/ChangeStyle.h"

#include "ui_SideBySideDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

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
    , m_ui(std::make_unique<Ui::SideBySideDialog>())
{
    m_ui->setupUi(this);
    m_table = m_ui->sideBySideTable;
    m_onlyChanged = m_ui->onlyChangedCheck;
    setWindowTitle(tr("%1 (%2) — side by side").arg(difference.name, partTitle(difference.part)));
    m_ui->summaryLabel->setText(difference.summary);
    m_ui->explanationLabel->setText(ChangeStyle::explanation(difference.change, source, target));
    // The form's column titles name the connections: "%1 (source)", "%1 (target)".
    m_table->horizontalHeaderItem(SideSourceColumn)
        ->setText(m_table->horizontalHeaderItem(SideSourceColumn)->text().arg(source));
    m_table->horizontalHeaderItem(SideTargetColumn)
        ->setText(m_table->horizontalHeaderItem(SideTargetColumn)->text().arg(target));
    m_table->setRowCount(int(rows.size()));
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

    connect(m_onlyChanged, &QCheckBox::toggled, this, &SideBySideDialog::showOnlyChanged);
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QByteArray geometry = QSettings().value(u"compare/sideBySideGeometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 520); // the form's size, unless the window was resized before
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(u"compare/sideBySideGeometry"_s, saveGeometry()); });
}

SideBySideDialog::~SideBySideDialog() = default;

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
