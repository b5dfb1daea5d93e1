#include "ui/lists/ColumnFitter.h"

#include "models/PagedListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace infiniti {

ColumnFitter::ColumnFitter(QTableView *view, bool restored, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_headerViewport(view->horizontalHeader()->viewport())
    , m_user(restored)
{
    QAbstractItemModel *rows = view->model();
    const auto fitSoon = [this] {
        if (!m_fitted && m_view && m_view->model()->rowCount() > 0)
            QTimer::singleShot(0, this, &ColumnFitter::fitOnce);
    };
    connect(rows, &QAbstractItemModel::rowsInserted, this, fitSoon);
    connect(rows, &QAbstractItemModel::modelReset, this, fitSoon);
    connect(rows, &QAbstractItemModel::layoutChanged, this, fitSoon);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_adjusting)
            return;
        if (m_pressed) { // the user dragging (or double-clicking) a column's edge
            m_user = true;
            m_stretched = -1;
        }
        if (m_user)
            QTimer::singleShot(0, this, &ColumnFitter::keepLastTitleWhole);
    });
    view->viewport()->installEventFilter(this);
    view->horizontalHeader()->viewport()->installEventFilter(this);
}

void ColumnFitter::setInitialWidths(const QList<int> &widths)
{
    m_initialWidths = widths;
    if (m_user)
        return;
    // Not remembered (only a width the user chose is): each save is a settings file written and
    // synced to disk, which made opening the window wait ~1.6 s on a busy disk.
    const QScopedValueRollback adjusting(m_adjusting, true);
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
}

void ColumnFitter::setStretchColumn(int column)
{
    m_stretch = column;
    layOutSoon();
}

void ColumnFitter::setOptionalColumns(const QList<int> &columns)
{
    m_optional = columns;
    layOutSoon();
}

QList<int> ColumnFitter::optionalShown(const QList<int> &optional, const QList<int> &widths,
                                       int room)
{
    // The most wanted first; the first that does not fit ends it, so that a narrower one given
    // up before it never shows in its place (a column would come and go as the window widens).
    QList<int> shown;
    for (qsizetype i = optional.size() - 1; i >= 0; --i) {
        if (widths.value(i) > room)
            break;
        room -= widths.value(i);
        shown.prepend(optional.at(i));
    }
    return shown;
}

void ColumnFitter::rememberChoicesIn(const QString &settingsGroup)
{
    m_settingsGroup = settingsGroup;
    const QSettings settings;
    m_chosen.clear();
    for (const bool shown : {true, false}) {
        const QStringList columns =
            settings.value(settingsGroup + (shown ? u"/columnsShown"_s : u"/columnsHidden"_s))
                .toStringList();
        for (const QString &column : columns) {
            bool ok = false;
            const int c = column.toInt(&ok);
            if (ok && c >= 0 && c < m_view->model()->columnCount())
                m_chosen.insert(c, shown);
        }
    }
    const QScopedValueRollback adjusting(m_adjusting, true); // restored, not changed
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        m_view->horizontalHeader()->setSectionHidden(it.key(), !it.value());
    layOutSoon();
}

void ColumnFitter::choose(int column, bool shown)
{
    m_chosen.insert(column, shown);
    {
        const QScopedValueRollback adjusting(m_adjusting, true); // kept apart from the header
        m_view->horizontalHeader()->setSectionHidden(column, !shown);
    }
    if (!m_settingsGroup.isEmpty()) {
        QStringList shownColumns, hiddenColumns;
        for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
            (it.value() ? shownColumns : hiddenColumns) << QString::number(it.key());
        shownColumns.sort();
        hiddenColumns.sort();
        QSettings settings;
        settings.setValue(m_settingsGroup + u"/columnsShown"_s, shownColumns);
        settings.setValue(m_settingsGroup + u"/columnsHidden"_s, hiddenColumns);
    }
    if (m_user) {
        m_stretched = -1;
        QTimer::singleShot(0, this, &ColumnFitter::keepLastTitleWhole);
    } else {
        layOutSoon();
    }
}

int ColumnFitter::titleWidth(int column) const
{
    // As the style draws the section: its margins, the title and room for the sort arrow.
    QHeaderView *header = m_view->horizontalHeader();
    QStyleOptionHeader opt;
    opt.initFrom(header);
    opt.text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    opt.section = column;
    opt.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()
               ->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header)
               .width() +
           2;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // (While the view is destroyed its viewport still sends events: it is not asked for here.)
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        if (m_user) // the user's widths: the optional columns still follow the window's
            QTimer::singleShot(0, this, [this] {
                if (m_view && m_fitted)
                    showWhatFits(m_view->viewport()->width(), -1, 0);
                keepLastTitleWhole();
            });
        else
            layOutSoon();
    }
    if (watched == m_headerViewport) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            m_pressed = true;
            break;
        case QEvent::MouseButtonRelease:
            m_pressed = false;
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::keepLastTitleWhole()
{
    if (!m_view)
        return;
    // The last column stretches into what the others leave; where that is too little for its
    // title, it keeps its title's width and the list scrolls sideways instead.
    QHeaderView *header = m_view->horizontalHeader();
    int last = -1;
    int others = 0;
    for (int v = header->count() - 1; v >= 0; --v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        if (last < 0)
            last = logical;
        else
            others += header->sectionSize(logical);
    }
    if (last < 0)
        return;
    const int title = titleWidth(last);
    const bool stretch = m_view->viewport()->width() - others >= title;
    if (stretch == header->stretchLastSection())
        return;
    const QScopedValueRollback adjusting(m_adjusting, true);
    const QSignalBlocker block(header); // the window's size, not the user's choice
    header->setStretchLastSection(stretch);
    if (!stretch)
        header->resizeSection(last, title);
}

void ColumnFitter::fitOnce()
{
    if (!m_view)
        return;
    QAbstractItemModel *rows = m_view->model();
    if (m_fitted || rows->rowCount() == 0)
        return;
    m_fitted = true;
    QHeaderView *header = m_view->horizontalHeader();
    // Wide enough for the title and what the first rows hold (dates whole), but no column so
    // wide that the others fall off the screen: longer texts are cut, with the whole text as a
    // tooltip. (With the user's widths: what decides which optional columns fit.)
    const QFontMetrics metrics(header->font());
    const int cap = qMax(200, metrics.horizontalAdvance(QLatin1Char('x')) * 40);
    m_natural.clear();
    for (int c = 0; c < rows->columnCount(); ++c) {
        const int title = titleWidth(c);
        int content = 0;
        bool anyText = false;
        for (int row = 0; row < qMin(100, rows->rowCount()); ++row) {
            const QString text = rows->index(row, c).data().toString();
            anyText = anyText || !text.isEmpty();
            content = qMax(content, m_view->fontMetrics().horizontalAdvance(text) + 16);
        }
        // The pane's first width counts for a column with something to show; one empty in every
        // row read (My tasks' comments, often) needs its title alone, and leaves the room to
        // the columns that say something.
        const int initial = anyText || rows->rowCount() == 0 ? m_initialWidths.value(c, 0) / 2 : 0;
        const int width = qMax(initial, qMin(cap, qMax(title, content)));
        m_natural << qMax(width, title);
    }
    if (m_user) {
        // The user's widths, except that no title is cut (a narrower column would only show
        // a few letters of it; columns can be hidden instead).
        showWhatFits(m_view->viewport()->width(), -1, 0);
        const QScopedValueRollback adjusting(m_adjusting, true);
        const QSignalBlocker block(header); // not the user's change: not saved
        for (int c = 0; c < rows->columnCount() - 1; ++c) {
            if (!header->isSectionHidden(c))
                m_view->setColumnWidth(c, qMax(m_view->columnWidth(c), titleWidth(c)));
        }
        keepLastTitleWhole();
        return;
    }
    layOut();
}

int ColumnFitter::ruleWidth(int column, int lastShown) const
{
    // The fitted width; with the user's widths, theirs, but for the last column's (stretched
    // into what is left) and a hidden one's.
    QHeaderView *header = m_view->horizontalHeader();
    if (m_user && column != lastShown && !header->isSectionHidden(column))
        return header->sectionSize(column);
    return m_natural.value(column, titleWidth(column));
}

int ColumnFitter::showWhatFits(int room, int stretch, int floor)
{
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = header->count();
    int lastShown = -1;
    for (int v = columns - 1; v >= 0 && lastShown < 0; --v) {
        if (!header->isSectionHidden(header->logicalIndex(v)))
            lastShown = header->logicalIndex(v);
    }
    // The user's choice wins; columns not optional keep their state (an older header may
    // hold one the user hid); the optional ones come in their order while they fit.
    const auto givesWay = [this, stretch](int c) {
        return c != stretch && m_optional.contains(c) && !m_chosen.contains(c);
    };
    QList<bool> shown(columns);
    int others = 0;
    for (int c = 0; c < columns; ++c) {
        shown[c] = c == stretch || (!givesWay(c) && m_chosen.value(c, !header->isSectionHidden(c)));
        if (shown.at(c) && c != stretch)
            others += ruleWidth(c, lastShown);
    }
    QList<int> optional, widths;
    for (const int c : std::as_const(m_optional)) {
        if (c >= 0 && c < columns && givesWay(c)) {
            optional << c;
            widths << ruleWidth(c, lastShown);
        }
    }
    for (const int c : optionalShown(optional, widths, room - floor - others)) {
        shown[c] = true;
        others += ruleWidth(c, lastShown);
    }
    const QScopedValueRollback adjusting(m_adjusting, true); // the window's size: not saved
    // While the last section stretches, Qt hides a section without giving up its width (its
    // next automatic layout would): once stretching stopped, that width stayed between the
    // columns shown and pushed the last of them out of view. Hidden with stretching off, they
    // leave no gap.
    const bool stretchLast = header->stretchLastSection();
    header->setStretchLastSection(false);
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c) == shown.at(c))
            header->setSectionHidden(c, !shown.at(c));
    }
    header->setStretchLastSection(stretchLast);
    return others;
}

void ColumnFitter::layOutSoon()
{
    if (m_user || !m_fitted || std::exchange(m_layOutPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_layOutPending = false;
        layOut();
    });
}

void ColumnFitter::layOut()
{
    if (!m_view || m_user || !m_fitted)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = qMin(int(m_natural.size()), header->count());
    // The descriptive column: the pane's, else the widest one that is always shown.
    int stretch = m_stretch;
    if (stretch < 0 || stretch >= columns) {
        stretch = -1;
        for (int c = 0; c < columns; ++c) {
            if (!m_optional.contains(c) && !header->isSectionHidden(c) &&
                (stretch < 0 || m_natural.at(c) > m_natural.at(stretch)))
                stretch = c;
        }
    }
    if (stretch >= 0 && !m_chosen.value(stretch, !header->isSectionHidden(stretch)))
        stretch = -1; // hidden by the user
    const int room = m_view->viewport()->width();
    if (stretch < 0) {
        m_stretched = -1;
        showWhatFits(room, -1, 0);
        keepLastTitleWhole();
        return;
    }
    // It gives up room down to a floor: its title, and some thirty characters of its text (a
    // name whole, the start of a message) — sixteen for a list of names, which ends in "+N more"
    // where cut (ItemListDelegate); below that, optional columns give way first.
    const bool names =
        m_view->model()->headerData(stretch, Qt::Horizontal, PagedListModel::ItemsRole).toBool();
    const int floor = qMax(
        titleWidth(stretch),
        qMin(m_natural.at(stretch), m_view->fontMetrics().averageCharWidth() * (names ? 16 : 30)));
    // The columns always shown, then the optional ones that fit beside them.
    const int others = showWhatFits(room, stretch, floor);
    const QScopedValueRollback adjusting(m_adjusting, true); // not the user's: not saved
    m_stretched = stretch;
    header->setStretchLastSection(false);
    for (int c = 0; c < columns; ++c) {
        if (!header->isSectionHidden(c))
            header->resizeSection(c, c == stretch ? qMax(floor, room - others) : m_natural.at(c));
    }
}

} // namespace infiniti
