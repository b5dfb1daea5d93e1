// How every list lays out its columns and draws a cell that lists names, without a server:
// ColumnFitter (the first view's widths: the descriptive column takes the room left and gives
// it up first, optional columns give way on a narrow view, the user's own widths are kept) and
// ItemListDelegate (a list of names cut after a whole name, with how many more).
#include "models/GroupsModel.h"
#include "models/RolesModel.h"
#include "models/UsersModel.h"
#include "ui/lists/ColumnFitter.h"
#include "ui/lists/ItemListDelegate.h"
#include "ui/lists/RowLook.h"
#include "ui/security/RolesPane.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class ListsTest : public QObject
{
    Q_OBJECT

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
