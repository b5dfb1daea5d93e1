// CSV reading (RFC 4180) and importing users: per-row validation, nothing created for a
// rejected row, create vs update (keeping what the file does not mention), the report.
#include "api/LoginJob.h"
#include "api/UserImport.h"
#include "formats/Csv.h"
#include "RunJob.h"
#include "SimFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class UserImportTest : public QObject
{
    Q_OBJECT

    const QStringList groups{u"Finance"_s, u"Legal"_s, u"Infiniti Users"_s};
    const QStringList roles{u"Designer"_s, u"End User"_s};

private slots:
    void csvReaderHandlesQuotesCommasLineBreaksAndBom()
    {
        QList<QStringList> rows;
        QString error;
        const QByteArray data =
            "\xEF\xBB\xBF"
            "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nZo\xC3\xAB,,last";
        QVERIFY(Csv::parse(data, &rows, &error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(rows.at(1), (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
        QCOMPARE(rows.at(2), (QStringList{u"Zoë"_s, QString(), u"last"_s}));
        // What we write, we read back.
        const QStringList odd{u"a,b"_s, u"\"q\""_s, u"l1\r\nl2"_s, u"Ünï"_s};
        QVERIFY(Csv::parse(Csv::record(odd), &rows, &error));
        QCOMPARE(rows.first(), odd);
        QVERIFY(!Csv::parse("a,\"open\nb,c\n", &rows, &error));
        QVERIFY(error.contains(u"line 1"_s));
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
                             groups, roles, &error),
                 qPrintable(error));
        const auto &rows = import.rows();
        QCOMPARE(rows.size(), 9);
        QVERIFY(rows.at(0).valid());
        QCOMPARE(rows.at(0).user.groups, (QStringList{u"Finance"_s, u"Legal"_s}));
        QVERIFY(rows.at(1).problems.join(QString()).contains(u"no username"_s));
        QVERIFY(rows.at(2).problems.join(QString()).contains(u"2 times"_s));
        QVERIFY(rows.at(3).problems.join(QString()).contains(u"2 times"_s));
        QVERIFY(rows.at(4).problems.join(QString()).contains(u"not an email"_s));
        QVERIFY(rows.at(5).problems.join(QString()).contains(u"unknown group “Nope”"_s));
        QVERIFY(rows.at(6).problems.join(QString()).contains(u"unknown role “Wizard”"_s));
        QVERIFY(rows.at(7).problems.join(QString()).contains(u"true or false"_s));
        QVERIFY(rows.at(8).problems.join(QString()).contains(u"2 fields where the header has 6"_s));
        QCOMPARE(import.validCount(), 1);
        QCOMPARE(rows.at(0).line, 2);
    }

    void unreadableFilesAreRefusedWhole()
    {
        UserImport import;
        QString error;
        QVERIFY(!import.load("", groups, roles, &error));
        QVERIFY(!import.load("firstName,email\nA,a@example.com\n", groups, roles, &error));
        QVERIFY(error.contains(u"username"_s));
        QVERIFY(!import.load("username,shoeSize\nx,42\n", groups, roles, &error));
        QVERIFY(error.contains(u"shoeSize"_s));
    }

    void importCreatesAndUpdatesAndSkipsRejectedRows()
    {
        SimFixture sim(50);
        const auto signedIn = sim.signedInSession();
        Session &session = *signedIn;
        const QString endUserEmail = sim.server->store().userByName(u"enduser"_s)->email;

        UserImport import;
        QString error;
        QVERIFY(import.load("username,firstName,lastName,email,groups,password\n"
                            "fresh.user,Fresh,User,fresh@example.com,Finance,Pw1!\n"
                            "enduser,,Renamed,,Legal,\n"
                            "rejected.user,R,U,bad,,\n"
                            "=cmd|calc,R,U,bad,,\n",
                            groups, roles, &error));
        QSignalSpy done(&import, &UserImport::finished);
        import.run(&session);
        QVERIFY(done.wait(10000));
        const auto *fresh = sim.server->store().userByName(u"fresh.user"_s);
        QVERIFY(fresh);
        QCOMPARE(fresh->groups, QStringList{u"Finance"_s});
        QCOMPARE(fresh->password, u"Pw1!"_s);
        const auto *end = sim.server->store().userByName(u"enduser"_s);
        QCOMPARE(end->lastName, u"Renamed"_s);
        QCOMPARE(end->firstName, u"Eddie"_s); // empty cell: left as it was
        QCOMPARE(end->email, endUserEmail);
        QCOMPARE(end->groups, QStringList{u"Legal"_s});
        QCOMPARE(end->password, u"enduser"_s); // no password given: unchanged
        QVERIFY(!sim.server->store().userByName(u"rejected.user"_s));
        const QByteArray report = import.report({',', true});
        QVERIFY(report.contains("2,fresh.user,create,ok,\r\n"));
        QVERIFY(report.contains("3,enduser,update,ok,\r\n"));
        QVERIFY(report.contains("4,rejected.user,,rejected,"));
        // Opened in a spreadsheet, the file's own cells run nothing (as every CSV of ours).
        QVERIFY2(report.contains("5,'=cmd|calc,,rejected,"), report.constData());
        QVERIFY(import.report({}).contains("5,=cmd|calc,,rejected,")); // raw, when asked
    }

    // One row after another made a 1,000-row file 2,000 round trips in a row: rows now go
    // several at once, each still creating or updating as it should.
    void rowsGoSeveralAtOnce()
    {
        SimFixture sim(50);
        const auto signedIn = sim.signedInSession();
        sim.server->faults().latencyMs = 150; // every answer held back: the asks pile up
        UserImport import;
        QString error;
        QByteArray csv = "username,firstName,lastName\n"
                         "enduser,Second,Name\n";
        for (int i = 0; i < 8; ++i)
            csv += "batch.user" + QByteArray::number(i) + ",B,U\n";
        QVERIFY(import.load(csv, groups, roles, &error));
        const int before = sim.server->requestCount();
        int askedByFirstAnswer = -1;
        connect(signedIn.get(), &Session::requestFinished, this, [&] {
            if (askedByFirstAnswer < 0)
                askedByFirstAnswer = sim.server->requestCount() - before;
        });
        QSignalSpy done(&import, &UserImport::finished);
        import.run(signedIn.get());
        QVERIFY(done.wait(20000));
        // Before the first answer came, as many look-ups were asked as run at once.
        QCOMPARE(askedByFirstAnswer, UserImport::kRowsAtOnce);
        for (const auto &row : import.rows())
            QVERIFY2(row.done, qPrintable(row.user.username + u": "_s + row.error.details()));
        QCOMPARE(import.rows().at(0).action, UserImport::Row::Action::Update);
        QCOMPARE(sim.server->store().userByName(u"enduser"_s)->firstName, u"Second"_s);
        for (int i = 1; i < import.rows().size(); ++i) {
            QCOMPARE(import.rows().at(i).action, UserImport::Row::Action::Create);
            QVERIFY(sim.server->store().userByName(import.rows().at(i).user.username));
        }
        QCOMPARE(import.rows().size(), 9);
    }
};

QTEST_GUILESS_MAIN(UserImportTest)
#include "tst_userimport.moc"
