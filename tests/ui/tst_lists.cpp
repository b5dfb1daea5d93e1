// How every list draws a cell that lists names, without a server: ItemListDelegate (a list of
// names cut after a whole name, with how many more).
#include "models/GroupsModel.h"
#include "models/RolesModel.h"
#include "models/UsersModel.h"
#include "ui/lists/ItemListDelegate.h"
#include "ui/lists/RowLook.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class ListsTest : public QObject
{
    Q_OBJECT

private slots:
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
