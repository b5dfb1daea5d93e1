#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QTableView;

namespace infiniti {

// A list's column widths as a pane first shows them — one policy for every list. Once rows have
// arrived, each column is as wide as its title and what the first rows hold (capped, so that no
// column pushes the others off screen). The descriptive column (a name, a message:
// setStretchColumn(), else the widest) takes the room the others leave and, when there is too
// little, gives it up first, down to a floor (some thirty characters, fewer for names); columns
// marked optional are left out, the first given first, while the rest would not fit (the header's
// menu shows them again). This follows the window's size until the user resizes or shows or hides a
// column. Widths the user chose (a restored header, or changed since) are kept, but no title is
// left cut; the last column stretches into what is left, or keeps its title's width and the list
// scrolls sideways when too little is. None of the fitted widths is remembered: only the
// user's own are (the pane saves the header, with userWidths(), when the user changes it).
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // `view` shows the rows through its model; `restored`: its header holds the user's widths.
    ColumnFitter(QTableView *view, bool restored, QObject *parent = nullptr);
    // The pane's own first widths, before any row is there (ignored over the user's).
    void setInitialWidths(const QList<int> &widths);
    // The column that says what a row is in words; by default the widest.
    void setStretchColumn(int column);
    // Columns that may be left out of a first view too narrow for all, the first given first.
    void setOptionalColumns(const QList<int> &columns);
    // The width the style needs to draw the column's title whole (with the sort arrow).
    int titleWidth(int column) const;
    // Whether the widths are the user's: restored, or changed by hand since (by dragging or
    // double-clicking a column's edge, or markChosen()).
    bool userWidths() const { return m_user; }
    // The user showed or hid a column (the header's menu): from now on the widths are theirs.
    void markChosen();
    // True while the fitter itself resizes, shows or hides columns: not the user's doing.
    bool adjusting() const { return m_adjusting; }
    // The descriptive column of the last fitted layout (-1 before one, or for the user's).
    int stretchColumn() const { return m_stretched; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitOnce();
    // The fitted widths laid out in the viewport's width (while they are not the user's).
    void layOut();
    void layOutSoon();
    void keepLastTitleWhole();

    QPointer<QTableView> m_view;
    QPointer<QWidget> m_viewport;       // watched: compared, never asked (it may be going away)
    QPointer<QWidget> m_headerViewport; // where the user drags a column's edge
    QList<int> m_initialWidths;
    QList<int> m_natural; // per column: title and first rows, capped (once fitted)
    QList<int> m_optional;
    int m_stretch = -1;
    int m_stretched = -1;
    bool m_user;
    bool m_fitted = false;
    bool m_adjusting = false;
    bool m_pressed = false;
    bool m_layOutPending = false;
};

} // namespace infiniti
