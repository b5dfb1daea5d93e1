// How every list lays out its columns and draws a cell that lists names, without a server:
// ColumnFitter (the first view's widths: the descriptive column takes the room left and gives
// it up first, optional columns give way on a narrow view, the user's own widths are kept) and
// ItemListDelegate (a list of names cut after a whole name, with how many more).
#include "models/DisplayText.h"
#include "models/GroupsModel.h"
#include "models/JsonListModel.h"
#include "models/PagedListModel.h"
#include "models/RolesModel.h"
#include "models/UsersModel.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/FillWhileFiltered.h"
#include "ui/lists/ItemListDelegate.h"
#include "ui/lists/ListProxy.h"
#include "ui/lists/RowLook.h"
#include "ui/security/RolesPane.h"

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace infiniti;

// A list read a page of 20 at a time, each page answered from the event loop, as a server's.
class PagingModel : public QAbstractListModel
{
public:
    explicit PagingModel(int pages)
        : m_pages(pages)
    {
    }
    int pagesRead = 0;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_rows.at(index.row())) : QVariant();
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && pagesRead < m_pages;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_busy || !canFetchMore(parent))
            return;
        m_busy = true;
        QTimer::singleShot(1, this, [this] {
            m_busy = false;
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + 19);
            for (int i = 0; i < 20; ++i)
                m_rows << u"user %1"_s.arg(first + i, 4, 10, QLatin1Char('0'));
            ++pagesRead;
            endInsertRows();
        });
    }

private:
    int m_pages;
    bool m_busy = false;
    QStringList m_rows;
};

class ListsTest : public QObject
{
    Q_OBJECT

    // A list of `pages` pages in a 400×300 view behind a filter proxy, read on by
    // FillWhileFiltered, shown.
    struct PagedView
    {
        PagingModel source;
        QSortFilterProxyModel proxy;
        QTableView view;

        explicit PagedView(int pages)
            : source(pages)
        {
            proxy.setSourceModel(&source);
            view.setModel(&proxy);
            RowLook::apply(&view);
            FillWhileFiltered::attach(&view, &proxy);
            view.resize(400, 300);
            view.show();
        }
    };

    // Four columns — a name, a version, a date and a long message — and a view of `width`.
    struct Table
    {
        QStandardItemModel model{0, 4};
        QTableView view;
        ColumnFitter *fitter = nullptr;

        explicit Table(int width, bool restored = false)
        {
            model.setHorizontalHeaderLabels(
                {u"Name"_s, u"Version"_s, u"Modified"_s, u"Completion message"_s});
            view.setModel(&model);
            RowLook::apply(&view);
            view.resize(width, 300);
            fitter = new ColumnFitter(&view, restored, &view);
        }
        void fill()
        {
            for (int r = 0; r < 5; ++r)
                model.appendRow({new QStandardItem(u"Home and Contents Quote %1"_s.arg(r)),
                                 new QStandardItem(u"2.1"_s),
                                 new QStandardItem(u"24 May 2024 10:42:02"_s),
                                 new QStandardItem(u"Thank you. Your claim has been lodged and "
                                                   "one of our team will be in touch shortly."_s)});
        }
        int needs(int column) const
        {
            return view.fontMetrics().horizontalAdvance(model.index(0, column).data().toString());
        }
        int width(int column) const { return view.horizontalHeader()->sectionSize(column); }
    };

private slots:
    void tabGoesFromTheFilterToTheList()
    {
        RolesPane pane;
        QTableView *view = pane.view();
        auto *filter = pane.findChild<QLineEdit *>();
        QVERIFY(filter);
        QWidget *next = filter->nextInFocusChain();
        while (next && next->focusPolicy() == Qt::NoFocus && next != filter)
            next = next->nextInFocusChain();
        QCOMPARE(next, static_cast<QWidget *>(view));
    }

    // A filter that hides every row a page brought: the list reads on until the view is
    // full or the list ends (it stopped at "scroll down for more" with nothing to scroll).
    void aFilterHidingThePagesReadReadsOn()
    {
        PagedView paged(10);
        PagingModel &source = paged.source;
        QSortFilterProxyModel &proxy = paged.proxy;
        QTRY_VERIFY(source.pagesRead >= 1);
        proxy.setFilterFixedString(u"user 0150"_s); // on the eighth page
        QTRY_COMPARE(proxy.rowCount(), 1);
        // Found, and the rest read as well (room for more rows than the filter shows).
        QTRY_COMPARE(source.pagesRead, 10);
    }

    // Unfiltered, it reads what fills the view and leaves the rest to scrolling.
    void aListReadsWhatFillsItsView()
    {
        PagedView paged(50);
        PagingModel &source = paged.source;
        const QTableView &view = paged.view;
        const int room = view.viewport()->height() / view.verticalHeader()->defaultSectionSize();
        QTRY_VERIFY(source.rowCount() > room);
        QTest::qWait(100);
        QVERIFY2(source.pagesRead <= room / 20 + 2, qPrintable(QString::number(source.pagesRead)));
    }

    void numbersInTextAreOrderedAsNumbers()
    {
        using DisplayText::sortKey;
        QVERIFY(sortKey(u"user2"_s) < sortKey(u"user10"_s));
        QVERIFY(sortKey(u"Quote 9"_s) < sortKey(u"quote 10"_s)); // and case does not count
        QVERIFY(sortKey(u"1.9"_s) < sortKey(u"1.10"_s));
        QVERIFY(sortKey(u"1.10"_s) < sortKey(u"2.0"_s));
        QCOMPARE(sortKey(u"x007"_s), sortKey(u"X7"_s)); // leading zeros do not count
        QVERIFY(sortKey(u"x0"_s) < sortKey(u"x1"_s));
        QVERIFY(sortKey(u"a"_s) < sortKey(u"B"_s));
        QVERIFY(sortKey(u"a1"_s) < sortKey(u"ab"_s)); // digits before letters, as in plain order
        QVERIFY(sortKey(u"item 999999999999"_s) < sortKey(u"item 1000000000000"_s));
        QVERIFY(sortKey(u"Ärger 2"_s) < sortKey(u"ärger 10"_s));
        QCOMPARE(sortKey(QString()), QString());
    }

    void aListsTimesAreSortedAsTimes()
    {
        JsonListModel model(Collection{}, {{u"Modified"_s, u"when"_s, false, false,
                                            JsonListModel::Format::DateTime}});
        model.addItem(QJsonObject{{"id"_L1, u"a"_s}, {"when"_L1, u"2024-05-24T10:42:02.5Z"_s}});
        model.addItem(QJsonObject{{"id"_L1, u"b"_s}, {"when"_L1, u"not a time"_s}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex when = model.index(1, 0), text = model.index(0, 0); // new rows go first
        QCOMPARE(when.data(PagedListModel::SortRole).typeId(), int(QMetaType::QDateTime));
        QCOMPARE(when.data(PagedListModel::SortRole).toDateTime(),
                 QDateTime::fromString(u"2024-05-24T10:42:02.5Z"_s, Qt::ISODateWithMs));
        QCOMPARE(text.data(PagedListModel::SortRole).toString(), u"not a time"_s);
        QCOMPARE(text.data().toString(), u"not a time"_s);
    }

    void aListSortsNamesNumbersAwareAndTimesAsTimes()
    {
        QStandardItemModel model(0, 2);
        const auto add = [&model](const QString &name, const QString &when) {
            auto *n = new QStandardItem(name);
            n->setData(name, PagedListModel::SortRole);
            auto *t = new QStandardItem(when);
            t->setData(QDateTime::fromString(when, Qt::ISODateWithMs), PagedListModel::SortRole);
            model.appendRow({n, t});
        };
        add(u"Quote 10"_s, u"2024-05-24T10:42:02.5Z"_s);
        add(u"quote 2"_s, u"2024-05-24T10:42:02.123Z"_s);
        add(u"Quote 1"_s, u"2023-01-01T00:00:00Z"_s);
        ListProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PagedListModel::SortRole);
        const auto column = [&proxy](int c) {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, c).data().toString();
            return out;
        };
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(column(0), (QStringList{u"Quote 1"_s, u"quote 2"_s, u"Quote 10"_s}));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(column(0), (QStringList{u"Quote 10"_s, u"quote 2"_s, u"Quote 1"_s}));
        // Times by their value: .5 s is after .123 s, whatever the text says.
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(column(0), (QStringList{u"Quote 1"_s, u"quote 2"_s, u"Quote 10"_s}));
    }

    void theDescriptiveColumnTakesTheRoomLeft()
    {
        Table t(700);
        t.fitter->setStretchColumn(3);
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.fill();
        QTRY_COMPARE(t.fitter->stretchColumn(), 3);
        // The short columns show their values whole; the message fills the rest exactly.
        for (int c = 0; c < 3; ++c)
            QVERIFY2(t.width(c) >= t.needs(c), qPrintable(QString::number(c)));
        QTRY_COMPARE(t.width(0) + t.width(1) + t.width(2) + t.width(3), t.view.viewport()->width());
        QVERIFY(t.width(3) < t.needs(3)); // the long message gives way
        QVERIFY(!t.view.horizontalScrollBar()->isVisible());
        // A wider window: the message gets the room, the others keep theirs.
        const int name = t.width(0);
        t.view.resize(1400, 300);
        QTRY_COMPARE(t.width(0) + t.width(1) + t.width(2) + t.width(3), t.view.viewport()->width());
        QCOMPARE(t.width(0), name);
        QVERIFY(t.width(3) >= t.needs(3));
        // None of it is the user's.
        QVERIFY(!t.fitter->userWidths());
    }

    // A column empty in every row read asks for its title's width alone, whatever first width
    // the pane gave it: My tasks' empty Comment kept ~95 px while Locked by, which says who has
    // the task open, was left out (German dates, 1152 px).
    void aColumnEmptyInEveryRowGivesWayToOnesThatSaySomething()
    {
        const auto hidesAt = [](const QList<int> &initialWidths) {
            Table t(900);
            t.fitter->setStretchColumn(3);
            t.fitter->setOptionalColumns({1});
            t.fitter->setInitialWidths(initialWidths);
            t.view.show();
            if (!QTest::qWaitForWindowExposed(&t.view))
                return -1;
            for (int r = 0; r < 5; ++r)
                t.model.appendRow({new QStandardItem(u"Home and Contents Quote %1"_s.arg(r)),
                                   new QStandardItem(u"2.1"_s),
                                   new QStandardItem(u"24 May 2024 10:42:02"_s),
                                   new QStandardItem(QString())}); // no message
            if (!QTest::qWaitFor([&t] { return t.width(0) >= t.needs(0); }))
                return -2;
            for (int width = 900; width > 150; width -= 5) {
                t.view.resize(width, 300);
                QCoreApplication::processEvents();
                if (t.view.horizontalHeader()->isSectionHidden(1))
                    return width;
            }
            return 0;
        };
        const int plain = hidesAt({});
        QVERIFY2(plain > 0, qPrintable(QString::number(plain)));
        QCOMPARE(hidesAt({0, 0, 0, 500}), plain);
    }

    void optionalColumnsGiveWayOnANarrowView()
    {
        Table t(330);
        t.fitter->setStretchColumn(0);
        t.fitter->setOptionalColumns({3, 2});
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.fill();
        QTRY_VERIFY(t.view.horizontalHeader()->isSectionHidden(3));
        QVERIFY(!t.view.horizontalHeader()->isSectionHidden(1));
        QVERIFY(t.width(1) >= t.needs(1));
        // Room enough again: they are back.
        t.view.resize(1400, 300);
        QTRY_VERIFY(!t.view.horizontalHeader()->isSectionHidden(3) &&
                    !t.view.horizontalHeader()->isSectionHidden(2));
    }

    // Columns left out by the first layout (a narrow window from the start) kept their widths
    // as a gap: My tasks' Comment sat behind the room of To and Locked by, out of view. The
    // columns shown follow each other, and the header is as long as they are.
    void columnsLeftOutLeaveNoGap()
    {
        Table t(330);
        t.fitter->setInitialWidths({150, 60, 100, 300});
        t.fitter->setStretchColumn(3);
        t.fitter->setOptionalColumns({2, 1});
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.fill();
        QTRY_COMPARE(t.fitter->stretchColumn(), 3);
        QHeaderView *header = t.view.horizontalHeader();
        QVERIFY(header->isSectionHidden(1) && header->isSectionHidden(2));
        QCOMPARE(header->sectionPosition(3), t.width(0));
        QCOMPARE(header->length(), t.width(0) + t.width(3));
        // Wider, with room for them again, and narrow again: still no gap.
        for (const int width : {1400, 330}) {
            t.view.resize(width, 300);
            QTRY_COMPARE(t.view.viewport()->width(), width - 2 * t.view.frameWidth());
            QTRY_COMPARE(header->isSectionHidden(1), width < 1000);
            int at = 0;
            for (int c = 0; c < 4; ++c) {
                if (header->isSectionHidden(c))
                    continue;
                QCOMPARE(header->sectionPosition(c), at);
                at += t.width(c);
            }
            QCOMPARE(header->length(), at);
        }
    }

    void optionalColumnsGiveWayInOneOrder()
    {
        // The rule itself: Locked by (narrow) goes first, then Started, Comment (wide) last. A
        // view too narrow for Comment shows neither of the others in its place (it showed
        // Started without Comment, then Comment without Started a little wider).
        const QList<int> optional{7, 6, 8};
        const QList<int> widths{100, 130, 280};
        QCOMPARE(ColumnFitter::optionalShown(optional, widths, 200), QList<int>{});
        QCOMPARE(ColumnFitter::optionalShown(optional, widths, 300), QList<int>{8});
        QCOMPARE(ColumnFitter::optionalShown(optional, widths, 420), (QList<int>{6, 8}));
        QCOMPARE(ColumnFitter::optionalShown(optional, widths, 510), (QList<int>{7, 6, 8}));
        // At any width: those shown are the last ones given, and a wider view shows as many.
        QList<int> before;
        for (int room = 0; room <= 600; ++room) {
            const QList<int> shown = ColumnFitter::optionalShown(optional, widths, room);
            QCOMPARE(shown, optional.mid(optional.size() - shown.size()));
            QVERIFY(shown.size() >= before.size());
            before = shown;
        }
    }

    void aNarrowingViewDropsOptionalColumnsInOrder()
    {
        // Version goes first, then Modified, the long message last: as the view narrows, never
        // one of them hidden while one that goes before it is shown.
        Table t(1400);
        t.fitter->setStretchColumn(0);
        t.fitter->setOptionalColumns({1, 2, 3});
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.fill();
        QTRY_COMPARE(t.fitter->stretchColumn(), 0);
        QHeaderView *header = t.view.horizontalHeader();
        QTRY_VERIFY(!header->isSectionHidden(1));
        QSet<int> seen;
        for (int width = 1400; width >= 200; width -= 10) {
            t.view.resize(width, 300);
            QTRY_COMPARE(t.view.viewport()->width(), width - 2 * t.view.frameWidth());
            // Laid out again: the shown columns fill the view, or (none of the optional ones
            // left) the descriptive one keeps its floor and the list scrolls sideways.
            const auto laidOut = [&t, header] {
                int sum = 0;
                for (int c = 0; c < 4; ++c)
                    sum += header->isSectionHidden(c) ? 0 : t.width(c);
                const bool none = header->isSectionHidden(1) && header->isSectionHidden(2) &&
                                  header->isSectionHidden(3);
                return sum == t.view.viewport()->width() ||
                       (none && sum > t.view.viewport()->width());
            };
            QTRY_VERIFY2(laidOut(), qPrintable(QString::number(width)));
            const bool version = !header->isSectionHidden(1),
                       modified = !header->isSectionHidden(2),
                       message = !header->isSectionHidden(3);
            QVERIFY2(!version || modified, qPrintable(QString::number(width)));
            QVERIFY2(!modified || message, qPrintable(QString::number(width)));
            seen.insert(int(version) + int(modified) + int(message));
        }
        QCOMPARE(seen, (QSet<int>{0, 1, 2, 3})); // each step was seen on the way
    }

    void theUsersColumnsWinAndAreRemembered()
    {
        QSettings().remove(u"views/fitterTest"_s);
        {
            Table t(330);
            t.fitter->rememberChoicesIn(u"views/fitterTest"_s);
            t.fitter->setStretchColumn(0);
            t.fitter->setOptionalColumns({3, 2});
            t.view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&t.view));
            t.fill();
            QHeaderView *header = t.view.horizontalHeader();
            QTRY_VERIFY(header->isSectionHidden(3));
            // Shown by the user in a narrow view, Version hidden: so they stay, at any width.
            t.fitter->choose(3, true);
            t.fitter->choose(1, false);
            for (const int width : {300, 1400, 500}) {
                t.view.resize(width, 300);
                QTest::qWait(20);
                QVERIFY2(!header->isSectionHidden(3), qPrintable(QString::number(width)));
                QVERIFY2(header->isSectionHidden(1), qPrintable(QString::number(width)));
            }
            QVERIFY(!t.fitter->userWidths()); // the widths still follow the window
        }
        Table again(330);
        again.fitter->rememberChoicesIn(u"views/fitterTest"_s);
        again.fitter->setStretchColumn(0);
        again.fitter->setOptionalColumns({3, 2});
        again.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.view));
        again.fill();
        QTRY_COMPARE(again.fitter->stretchColumn(), 0);
        QVERIFY(!again.view.horizontalHeader()->isSectionHidden(3));
        QVERIFY(again.view.horizontalHeader()->isSectionHidden(1));
        QSettings().remove(u"views/fitterTest"_s);
    }

    void theUsersWidthsAreKept()
    {
        Table t(700);
        t.fitter->setStretchColumn(3);
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.fill();
        QTRY_COMPARE(t.fitter->stretchColumn(), 3);
        // The user drags the name column's edge: from then on the widths are theirs.
        QWidget *handle = t.view.horizontalHeader()->viewport();
        QTest::mousePress(handle, Qt::LeftButton, {}, QPoint(t.width(0) - 1, 5));
        t.view.horizontalHeader()->resizeSection(0, 90);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, QPoint(89, 5));
        QVERIFY(t.fitter->userWidths());
        t.view.resize(1000, 300);
        QTest::qWait(50);
        QCOMPARE(t.width(0), 90);
        // A header restored from the user's widths is not fitted either (its titles whole).
        Table restored(700, true);
        restored.view.horizontalHeader()->resizeSection(1, 120);
        restored.view.show();
        restored.fill();
        QTest::qWait(50);
        QCOMPARE(restored.width(1), 120);
        QCOMPARE(restored.fitter->stretchColumn(), -1);
    }

    void onlyWidthsTheUserChoseComeBack()
    {
        // A header the user sized is saved with that mark; only then are its widths restored.
        QHeaderView sized(Qt::Horizontal);
        QStandardItemModel columns(0, 2);
        sized.setModel(&columns);
        sized.resizeSection(0, 333);
        QSettings().setValue(u"views/roles/header"_s, sized.saveState());
        QSettings().setValue(u"views/roles/widthsChosen"_s, true);
        {
            RolesPane pane;
            QVERIFY(pane.columnFitter()->userWidths());
            QCOMPARE(pane.view()->columnWidth(0), 333);
        }
        QSettings().remove(u"views/roles/widthsChosen"_s); // saved by the fitting, or before
        {
            RolesPane pane;
            QVERIFY(!pane.columnFitter()->userWidths());
        }
        QSettings().remove(u"views/roles"_s);
    }

    void namesAreCutAfterAWholeName()
    {
        const QFontMetrics metrics(QApplication::font());
        const QStringList groups{u"Infiniti Users"_s, u"Customer Service"_s, u"Human Resources"_s};
        const QString all = u"Infiniti Users, Customer Service, Human Resources"_s;
        QCOMPARE(ItemListDelegate::fit(groups, metrics, metrics.horizontalAdvance(all)), all);
        const QString two = u"Infiniti Users, Customer Service, +1 more"_s;
        QCOMPARE(ItemListDelegate::fit(groups, metrics, metrics.horizontalAdvance(two)), two);
        const QString one = u"Infiniti Users, +2 more"_s;
        QCOMPARE(ItemListDelegate::fit(groups, metrics, metrics.horizontalAdvance(two) - 1), one);
        // Not even the first whole: as much of it as fits, and how many more.
        const QString cut = ItemListDelegate::fit(groups, metrics,
                                                  metrics.horizontalAdvance(one) -
                                                      metrics.horizontalAdvance(u"Users"_s));
        QVERIFY2(cut.startsWith(u"Inf"_s) && cut.endsWith(u"…, +2 more"_s), qPrintable(cut));
        // One name is cut as any text.
        QCOMPARE(ItemListDelegate::fit({u"Customer Service"_s}, metrics, 1000),
                 u"Customer Service"_s);
    }

    void listsOfNamesAreDrawnByName()
    {
        // The columns that list names (the users' groups, the roles' permissions, the groups'
        // roles) get the delegate; the others keep the view's own.
        UsersModel users;
        RolesModel roles;
        GroupsModel groups;
        const std::pair<QAbstractItemModel *, int> lists[] = {{&users, UsersModel::Groups},
                                                              {&roles, RolesModel::Permissions},
                                                              {&groups, GroupsModel::Roles}};
        for (const auto &[model, column] : lists) {
            QTableView view;
            view.setModel(model);
            RowLook::apply(&view);
            QVERIFY(qobject_cast<ItemListDelegate *>(view.itemDelegateForColumn(column)));
            QVERIFY(!view.itemDelegateForColumn(0));
        }
    }
};

QTEST_MAIN(ListsTest)
#include "tst_lists.moc"
