#pragma once

#include "compare/Comparer.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace infiniti {

// Both sides of one difference, field by field (Comparer::sideBySide): the changed fields
// marked (a badge, bold, a tinted row, and "changed" for screen readers), secrets as "•••".
// "Only the changed fields" hides the rest.
class SideBySideDialog : public QDialog
{
    Q_OBJECT
public:
    SideBySideDialog(const compare::Difference &difference,
                     const QList<compare::SideBySideRow> &rows, const QString &source,
                     const QString &target, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Rows whose field differs, as marked (for tests and the accessible description).
    bool isMarkedChanged(int row) const;

private:
    void showOnlyChanged(bool only);

    QList<compare::SideBySideRow> m_rows;
    QTableWidget *m_table;
    QCheckBox *m_onlyChanged;
};

} // namespace infiniti
