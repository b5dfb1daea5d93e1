#pragma once

#include <QHash>
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
// marked optional are left out while the rest would not fit, in one order of priority: the first
// given goes first and comes back last, and none is left out while one given before it is shown
// (optionalShown()). Columns follow the window's width, widths until the user resizes a column.
// A column the user showed or hid (the header's menu: choose()) stays so, whatever the width, and
// is remembered per list (rememberChoicesIn()). Widths the user chose (a restored header, or
// changed since) are kept, but no title is left cut; the last column stretches into what is left,
// or keeps its title's width and the list scrolls sideways when too little is. None of the fitted
// widths is remembered: only the user's own are (the pane saves the header, with userWidths(),
// when the user changes it).
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
    // Columns that may be left out of a view too narrow for all, the first given first.
    void setOptionalColumns(const QList<int> &columns);
    // Of `optional` (the first gives way first; `widths` theirs, in the same order), those shown
    // in `room` pixels: the last given, then the one before it, while each fits, and none after
    // the first that does not.
    static QList<int> optionalShown(const QList<int> &optional, const QList<int> &widths, int room);
    // The user shows or hides `column` (the header's menu): it stays so, and is remembered.
    void choose(int column, bool shown);
    // Where choose() keeps the user's columns (a QSettings group, e.g. "views/users"); read now.
    void rememberChoicesIn(const QString &settingsGroup);
    // The width the style needs to draw the column's title whole (with the sort arrow).
    int titleWidth(int column) const;
    // Whether the widths are the user's: restored, or changed by hand since (by dragging or
    // double-clicking a column's edge).
    bool userWidths() const { return m_user; }
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
    // Shows the columns always shown or chosen, and as many optional ones as fit beside them in
    // `room` (less the descriptive column's `floor`); returns the width of those shown, but for
    // `stretch`'s.
    int showWhatFits(int room, int stretch, int floor);
    // The width a column takes in the rule: the fitted one, or the user's.
    int ruleWidth(int column, int lastShown) const;

    QPointer<QTableView> m_view;
    QPointer<QWidget> m_viewport;       // watched: compared, never asked (it may be going away)
    QPointer<QWidget> m_headerViewport; // where the user drags a column's edge
    QList<int> m_initialWidths;
    QList<int> m_natural; // per column: title and first rows, capped (once fitted)
    QList<int> m_optional;
    QHash<int, bool> m_chosen; // the user's: shown or hidden
    QString m_settingsGroup;
    int m_stretch = -1;
    int m_stretched = -1;
    bool m_user;
    bool m_fitted = false;
    bool m_adjusting = false;
    bool m_pressed = false;
    bool m_layOutPending = false;
};

} // namespace infiniti
