// Groups, roles and group-members models under QAbstractItemModelTester for their whole life.
#include "api/LoginJob.h"
#include "models/GroupMembersModel.h"
#include "models/GroupsModel.h"
#include "models/RolesModel.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class DirectoryModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(2000);
        m_session = m_sim->signedInSession();
    }

    void groupsListEveryGroupWithItsRoles()
    {
        GroupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        const int total = int(m_sim->server->store().groups().size());
        QTRY_COMPARE(model.rowCount(), total);
        QTRY_COMPARE(model.state(), PagedListModel::State::Loaded);
        int system = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, GroupsModel::Name).data().toString() == u"Administrators"_s)
                QCOMPARE(model.index(r, GroupsModel::Roles).data().toString(),
                         u"Global Administrator"_s);
            system +=
                model.index(r, GroupsModel::System).data(PagedListModel::SortRole).toBool() ? 1 : 0;
        }
        QCOMPARE(system, 1);
        model.refresh();
        QTRY_COMPARE(model.rowCount(), total);
    }

    void rolesListPermissions()
    {
        RolesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), int(m_sim->server->store().roles().size()));
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, RolesModel::Name).data().toString() == u"End User"_s) {
                QCOMPARE(model.index(r, RolesModel::Permissions).data().toString(), u"(none)"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void membersOfAGroupPageIn()
    {
        const auto *finance = m_sim->server->store().groupByName(u"Finance"_s);
        QVERIFY(finance);
        int expected = 0;
        for (int i = 0; i < m_sim->server->store().userCount(); ++i)
            expected += m_sim->server->store().userAt(i)->groups.contains(u"Finance"_s) ? 1 : 0;
        QVERIFY(expected > 100); // more than one page
        GroupMembersModel model(finance->id);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.rowCount(), expected); // the whole list at once (a SparseListModel)
        model.loadAll();
        QTRY_COMPARE(model.loadedRows(), expected);
        for (int r = 0; r < model.rowCount(); r += 37)
            QVERIFY(model.index(r, UsersModel::Groups).data().toString().contains(u"Finance"_s));
    }

    void membersOfAMissingGroupIsAnError()
    {
        GroupMembersModel model(u"no-such-group"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QTRY_COMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::NotFound);
    }
};

QTEST_MAIN(DirectoryModelsTest)
#include "tst_directorymodels.moc"
