#pragma once

#include <QObject>
#include <QPointer>

class QSplitter;

namespace infiniti {

// A side panel beside a list (the navigation, a folder tree) that gives way first. As the window
// narrows, the panel gives up width, down to its minimum, before the list goes below `listRoom`;
// as it widens, the panel gets its width back and the list takes the rest. Dragging the
// splitter's handle makes the panel's width (and the list's room, if less) the user's.
class SidePanel : public QObject
{
    Q_OBJECT
public:
    // `splitter` holds the panel first and the list second; `width` is the panel's own.
    SidePanel(QSplitter *splitter, int width, int listRoom);
    // The panel's width in a splitter `total` pixels wide (less its handle).
    static int widthFor(int total, int wanted, int minimum, int listRoom);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void share();

    QPointer<QSplitter> m_splitter;
    int m_wanted;
    int m_listRoom;
};

} // namespace infiniti
