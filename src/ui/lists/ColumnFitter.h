#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QTableView;

namespace infiniti {

// A list's column widths as a pane first shows them: once rows have arrived, each column wide
// enough for its title and what the first rows hold (capped, so that no column pushes the
// others off screen); widths the user chose (a restored header) are kept, but no title is left
// cut; the last column stretches into what is left, or keeps its title's width and the list
// scrolls sideways when too little is. None of this is remembered: only the user's own widths
// are (the pane saves the header when the user moves or resizes a section).
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // `view` shows the rows through its model; `restored`: its header holds the user's widths.
    ColumnFitter(QTableView *view, bool restored, QObject *parent = nullptr);
    // The pane's own first widths, before any row is there (ignored over the user's).
    void setInitialWidths(const QList<int> &widths);
    // The width the style needs to draw the column's title whole (with the sort arrow).
    int titleWidth(int column) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitOnce();
    void keepLastTitleWhole();

    QPointer<QTableView> m_view;
    QPointer<QWidget> m_viewport; // watched: compared, never asked (it may be going away)
    QList<int> m_initialWidths;
    bool m_restored;
    bool m_fitted = false;
};

} // namespace infiniti
