#pragma once

#include <QTableWidget>

class QAbstractButton;

namespace infiniti {

// An editable table of values (named values, translations, filters): Tab and Shift+Tab move
// from cell to cell, also while editing, but leave the table after its last (before its first)
// cell instead of wrapping round; Ctrl+Tab and Ctrl+Shift+Tab leave it from anywhere.
class CellTable : public QTableWidget
{
    Q_OBJECT
public:
    CellTable(int rows, int columns, QWidget *parent = nullptr);
    explicit CellTable(QWidget *parent = nullptr)
        : CellTable(0, 0, parent)
    {
    } // for Designer forms

    // `remove` takes the current row away, and is enabled while there is one.
    void removeRowsWith(QAbstractButton *remove);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool atEdge(bool next) const;
};

} // namespace infiniti
