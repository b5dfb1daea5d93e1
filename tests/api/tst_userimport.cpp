// CSV reading (RFC 4180) and importing users: per-row validation, nothing created for a
// rejected row, create vs update (keeping what the file does not mention), the report.
#include "formats/Csv.h"
#include "api/LoginJob.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "api/UserImport.h"

#include <QSignalSpy>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

class UserImportTest : public QObject
{
    Q_OBJECT

    const QStringList groups{QStringLiteral("Finance"), QStringLiteral("Legal"), QStringLiteral("Infiniti Users")};
    const QStringList roles{QStringLiteral("Designer"), QStringLiteral("End User")};

private slots:
    void csvReaderHandlesQuotesCommasLineBreaksAndBom()
    {
        QList<QStringList> rows;
        QString error;
        const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nZo\xC3\xAB,,last";
        QVERIFY(Csv::parse(data, &rows, &error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("Zoë"), QString(), QStringLiteral("last")}));
        // What we write, we read back.
        const QStringList odd{QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("l1\r\nl2"), QStringLiteral("Ünï")};
        QVERIFY(Csv::parse(Csv::record(odd), &rows, &error));
        QCOMPARE(rows.first(), odd);
        QVERIFY(!Csv::parse("a,\"open\nb,c\n", &rows, &error));
        QVERIFY(error.contains(QStringLiteral("line 1")));
    }

    void everyBadRowIsNamedWithItsReason()
    {
        UserImport import;
        QString error;
        QVERIFY2(import.load("Username,FirstName,Email,Groups,Roles,Disabled\n"
                            "good.one,Good,good@example.com,Finance;Legal,Designer,no\n"
                            ",Nameless,n@example.com,,,\n"
                            "twice,A,,,,\n"
                            "twice,B,,,,\n"
                            "bad.mail,B,not-an-email,,,\n"
                            "bad.group,B,,Nope,,\n"
                            "bad.role,B,,,Wizard,\n"
                            "bad.flag,B,,,,maybe\n"
                            "short.row,B\n",
                            groups, roles, &error), qPrintable(error));
        const auto &rows = import.rows();
        QCOMPARE(rows.size(), 9);
        QVERIFY(rows.at(0).valid());
        QCOMPARE(rows.at(0).user.groups, (QStringList{QStringLiteral("Finance"), QStringLiteral("Legal")}));
        QVERIFY(rows.at(1).problems.join(QString()).contains(QStringLiteral("no username")));
        QVERIFY(rows.at(2).problems.join(QString()).contains(QStringLiteral("2 times")));
        QVERIFY(rows.at(3).problems.join(QString()).contains(QStringLiteral("2 times")));
        QVERIFY(rows.at(4).problems.join(QString()).contains(QStringLiteral("not an email")));
        QVERIFY(rows.at(5).problems.join(QString()).contains(QStringLiteral("unknown group “Nope”")));
        QVERIFY(rows.at(6).problems.join(QString()).contains(QStringLiteral("unknown role “Wizard”")));
        QVERIFY(rows.at(7).problems.join(QString()).contains(QStringLiteral("true or false")));
        QVERIFY(rows.at(8).problems.join(QString()).contains(QStringLiteral("2 fields where the header has 6")));
        QCOMPARE(import.validCount(), 1);
        QCOMPARE(rows.at(0).line, 2);
    }

    void unreadableFilesAreRefusedWhole()
    {
        UserImport import;
        QString error;
        QVERIFY(!import.load("", groups, roles, &error));
        QVERIFY(!import.load("firstName,email\nA,a@example.com\n", groups, roles, &error));
        QVERIFY(error.contains(QStringLiteral("username")));
        QVERIFY(!import.load("username,shoeSize\nx,42\n", groups, roles, &error));
        QVERIFY(error.contains(QStringLiteral("shoeSize")));
    }

    void importCreatesAndUpdatesAndSkipsRejectedRows()
    {
        SimFixture sim(50);
        const auto signedIn = sim.signedInSession();
        Session &session = *signedIn;
        const QString endUserEmail = sim.server->store().userByName(QStringLiteral("enduser"))->email;

        UserImport import;
        QString error;
        QVERIFY(import.load("username,firstName,lastName,email,groups,password\n"
                            "fresh.user,Fresh,User,fresh@example.com,Finance,Pw1!\n"
                            "enduser,,Renamed,,Legal,\n"
                            "rejected.user,R,U,bad,,\n",
                            groups, roles, &error));
        QSignalSpy done(&import, &UserImport::finished);
        import.run(&session);
        QVERIFY(done.wait(10000));
        const auto *fresh = sim.server->store().userByName(QStringLiteral("fresh.user"));
        QVERIFY(fresh);
        QCOMPARE(fresh->groups, QStringList{QStringLiteral("Finance")});
        QCOMPARE(fresh->password, QStringLiteral("Pw1!"));
        const auto *end = sim.server->store().userByName(QStringLiteral("enduser"));
        QCOMPARE(end->lastName, QStringLiteral("Renamed"));
        QCOMPARE(end->firstName, QStringLiteral("Eddie")); // empty cell: left as it was
        QCOMPARE(end->email, endUserEmail);
        QCOMPARE(end->groups, QStringList{QStringLiteral("Legal")});
        QCOMPARE(end->password, QStringLiteral("enduser")); // no password given: unchanged
        QVERIFY(!sim.server->store().userByName(QStringLiteral("rejected.user")));
        const QByteArray report = import.report();
        QVERIFY(report.contains("2,fresh.user,create,ok,\r\n"));
        QVERIFY(report.contains("3,enduser,update,ok,\r\n"));
        QVERIFY(report.contains("4,rejected.user,,rejected,"));
    }
};

QTEST_GUILESS_MAIN(UserImportTest)
#include "tst_userimport.moc"
