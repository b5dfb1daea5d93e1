// What the signed-in account may do, read through the documented API against the emulator:
// the administrator's permissions come from the role of its group; an account refused its own
// user (403) has no administration; one that may read users but not roles cannot be told, and
// says why rather than guessing.
#include "api/AccountAccess.h"
#include "api/Session.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "SimFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class AccountTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;

    static AccountAccess::Outcome readAccess(AccountAccess &access)
    {
        QSignalSpy finished(&access, &AccountAccess::finished);
        access.start();
        if (!finished.wait(10000))
            qFatal("AccountAccess never finished");
        return access.outcome();
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<SimFixture>(40); }

    void theAdministratorsPermissionsComeFromItsGroup()
    {
        auto session = m_sim->signedInSession();
        AccountAccess access(session.get());
        QCOMPARE(readAccess(access), AccountAccess::Outcome::Known);
        QVERIFY(access.roles().contains(u"Global Administrator"_s));
        for (const auto &p : {u"Manage users"_s, u"Manage groups"_s, u"Manage security"_s,
                              u"Licensing"_s, u"Change settings"_s})
            QVERIFY2(access.may(p), qPrintable(p));
        QVERIFY(access.may(u"manage USERS"_s)); // names compare as the server compares them
        QVERIFY(!access.may(u"Impersonate"_s)); // Global Administrator does not have it here
    }

    void anAccountRefusedItsOwnUserHasNoAdministration()
    {
        auto session = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
        AccountAccess access(session.get());
        QCOMPARE(readAccess(access), AccountAccess::Outcome::NoAdministration);
        QVERIFY(!access.may(u"Manage users"_s));
        QVERIFY(!access.may(u"Licensing"_s));
        QCOMPARE(access.error().kind(), ApiError::Kind::Forbidden);
    }

    void withoutAnIdTheUserIsReadByName()
    {
        auto session = m_sim->signedInSession();
        session->setToken(session->token(), session->userName(),
                          QString()); // a token restored without its user id
        AccountAccess access(session.get());
        QCOMPARE(readAccess(access), AccountAccess::Outcome::Known);
        QVERIFY(access.may(u"Manage users"_s));
    }

    void rolesThatCannotBeReadLeaveItUnknownAndSaySo()
    {
        // A user administrator may read users and groups, not roles: the permissions of its
        // roles cannot be read, so nothing is assumed closed — and the reason is kept.
        sim::SimStore::User u;
        u.username = u"helpdesk"_s;
        u.password = u"Password1!"_s;
        u.groups = {u"IT Support"_s};
        m_sim->server->store().addUser(u);
        auto session = m_sim->signedInSession(u"helpdesk"_s, u"Password1!"_s);
        AccountAccess access(session.get());
        QCOMPARE(readAccess(access), AccountAccess::Outcome::Unknown);
        QCOMPARE(access.error().kind(), ApiError::Kind::Forbidden);
        QVERIFY(access.may(u"Manage security"_s)); // unknown: not closed
    }

    void aGroupListThatMovedWhileReadLeavesItUnknown()
    {
        // The account is in "Late"; its role is "Admin". The groups list's second page starts
        // one back (a group was created meanwhile): "B" comes twice, and whatever moved the
        // other way could be "Late". Permissions from such a list are not known: Unknown, and
        // nothing is assumed closed (it used to read the groups as they came and say Known).
        RawHttpResponder server;
        server.handler = [&server](const RawHttpResponder::Request &r) {
            const QByteArray target = r.target;
            if (target.startsWith("/api/v1/admin/users/"))
                return RawHttpResponder::answer(
                    200, R"({"id":"u1","username":"me","groups":["Late"],"roles":[]})");
            if (target.startsWith("/api/v1/admin/groups") && !target.contains("skip=2"))
                return RawHttpResponder::answer(
                    200,
                    R"({"groups":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"@nextLink":")" +
                        server.origin().toUtf8() + R"(/api/v1/admin/groups?$skip=2&$top=500"})");
            if (target.startsWith("/api/v1/admin/groups"))
                return RawHttpResponder::answer(
                    200, R"({"groups":[{"id":"b","name":"B"},{"id":"c","name":"C"}]})");
            if (target.startsWith("/api/v1/admin/roles"))
                return RawHttpResponder::answer(
                    200, R"({"roles":[{"id":"r","name":"Admin","permissions":["Manage users"]}]})");
            return RawHttpResponder::answer(404, R"({"message":"no"})");
        };
        Session session(profileFor(server.origin()));
        session.setToken(u"t"_s, u"me"_s, u"u1"_s);
        AccountAccess access(&session);
        QCOMPARE(readAccess(access), AccountAccess::Outcome::Unknown);
        QCOMPARE(access.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(access.error().message().contains(u"twice"_s),
                 qPrintable(access.error().message()));
        QVERIFY(access.may(u"Manage users"_s)); // unknown: not closed
    }

    void listsWithoutTheMembersItNeedsLeaveItUnknown_data()
    {
        QTest::addColumn<QByteArray>("groups");
        QTest::addColumn<QByteArray>("roles");
        QTest::addColumn<QString>("said");
        const QByteArray groups =
            "{\"groups\":[{\"id\":\"g\",\"name\":\"Staff\",\"roles\":[\"Admin\"]}]}";
        const QByteArray roles =
            "{\"roles\":[{\"id\":\"r\",\"name\":\"Admin\",\"permissions\":[\"Manage users\"]}]}";
        QTest::newRow("all there") << groups << roles << QString();
        QTest::newRow("groups without roles")
            << QByteArray("{\"groups\":[{\"id\":\"g\",\"name\":\"Staff\"}]}") << roles
            << u"roles of the group “Staff”"_s;
        QTest::newRow("the user's group not listed")
            << QByteArray("{\"groups\":[]}") << roles << u"the group “Staff”"_s;
        QTest::newRow("roles without permissions")
            << groups << QByteArray("{\"roles\":[{\"id\":\"r\",\"name\":\"Admin\"}]}")
            << u"permissions of the role “Admin”"_s;
    }

    void listsWithoutTheMembersItNeedsLeaveItUnknown()
    {
        // Which members of these lists say what an account may do is not documented: a list
        // without them made every area vanish (Known, no permissions), with no banner.
        QFETCH(QByteArray, groups);
        QFETCH(QByteArray, roles);
        QFETCH(QString, said);
        RawHttpResponder server([&](const RawHttpResponder::Request &r) {
            if (r.target.startsWith("/api/v1/admin/users/"))
                return RawHttpResponder::answer(
                    200, "{\"id\":\"u1\",\"username\":\"me\",\"groups\":[\"Staff\"],\"roles\":[]}");
            if (r.target.startsWith("/api/v1/admin/groups"))
                return RawHttpResponder::answer(200, groups);
            if (r.target.startsWith("/api/v1/admin/roles"))
                return RawHttpResponder::answer(200, roles);
            return RawHttpResponder::answer(404, "{}");
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"t"_s, u"me"_s, u"u1"_s);
        AccountAccess access(&session);
        if (said.isEmpty()) {
            QCOMPARE(readAccess(access), AccountAccess::Outcome::Known);
            QCOMPARE(access.permissions(), QStringList{u"Manage users"_s});
            QVERIFY(!access.may(u"Design projects"_s));
            return;
        }
        QCOMPARE(readAccess(access), AccountAccess::Outcome::Unknown);
        QVERIFY2(access.error().message().contains(said), qPrintable(access.error().message()));
        QVERIFY(access.may(u"Design projects"_s)); // unknown: nothing closed
    }

    void aServerThatIsDownIsNotReadAsNoPermissions()
    {
        auto session = m_sim->signedInSession();
        sim::SimFaults::Rule down;
        down.path = QRegularExpression(u"/users/"_s);
        down.status = 500;
        m_sim->server->faults().add(down);
        AccountAccess access(session.get());
        const auto outcome = readAccess(access);
        m_sim->server->faults().clear();
        QCOMPARE(outcome, AccountAccess::Outcome::Unknown);
        QCOMPARE(access.error().kind(), ApiError::Kind::Server);
        QVERIFY(access.may(u"Manage users"_s));
    }
};

QTEST_MAIN(AccountTest)
#include "tst_account.moc"
