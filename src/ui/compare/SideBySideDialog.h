#pragma once

#include "compare/Comparer.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QTableWidget;

namespace Ui {
class SideBySideDialog;
}

namespace infiniti {

// Both sides of one difference, field by field (Comparer::sideBySide): the changed fields
// marked (a badge, bold, a tinted row, and "changed" for screen readers), secrets as "•••".
// "Only the changed fields" hides the rest. The frame is the Designer form ui/SideBySideDialog.ui.
class SideBySideDialog : public QDialog
{
    Q_OBJECT
public:
    SideBySideDialog(const compare::Difference &difference,
                     const QList<compare::SideBySideRow> &rows, const QString &source,
                     const QString &target, QWidget *parent = nullptr);
    ~SideBySideDialog() override;

    QTableWidget *table() const { return m_table; }
    // Rows whose field differs, as marked (for tests and the accessible description).
    bool isMarkedChanged(int row) const;

private:
    void showOnlyChanged(bool only);

    QList<compare::SideBySideRow> m_rows;
    std::unique_ptr<Ui::SideBySideDialog> m_ui;
    QTableWidget *m_table;
    QCheckBox *m_onlyChanged;
};

} // namespace infiniti
