#include "ui/common/SidePanel.h"

#include <QEvent>
#include <QSplitter>

namespace infiniti {

SidePanel::SidePanel(QSplitter *splitter, int width, int listRoom)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_wanted(width)
    , m_listRoom(listRoom)
{
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({width, listRoom});
    splitter->installEventFilter(this);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { // only the user's drag
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() < 2 || sizes.at(0) == 0)
            return;
        m_wanted = sizes.at(0);
        m_listRoom = qMin(m_listRoom, sizes.at(1)); // the list narrower than that: theirs too
    });
}

int SidePanel::widthFor(int total, int wanted, int minimum, int listRoom)
{
    return qMax(minimum, qMin(wanted, total - listRoom));
}

bool SidePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        share(); // before the splitter lays out its new size: it keeps these
    return QObject::eventFilter(watched, event);
}

void SidePanel::share()
{
    if (m_splitter->count() < 2 || m_splitter->widget(0)->isHidden() ||
        m_splitter->widget(1)->isHidden())
        return;
    const bool across = m_splitter->orientation() == Qt::Horizontal;
    const QSize room = m_splitter->contentsRect().size();
    const int total = (across ? room.width() : room.height()) - m_splitter->handleWidth();
    QWidget *panel = m_splitter->widget(0);
    const QSize least = panel->minimumSizeHint().expandedTo(panel->minimumSize());
    const int side = widthFor(total, m_wanted, across ? least.width() : least.height(), m_listRoom);
    m_splitter->setSizes({side, qMax(0, total - side)});
}

} // namespace infiniti
