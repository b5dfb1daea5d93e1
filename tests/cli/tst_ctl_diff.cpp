// infiniti-ctl diff and promote end to end, against two emulators seeded alike (both in this
// process; the target's profile is the one INFINITI_SIM_PROFILE names, so the strict variant
// has a strict target — and a strict source): identical servers exit 0; after the six changes
// of issue #18 (tests/common/CompareScenario.h) diff finds exactly those and exits 7, as a
// table, JSON and CSV; a promotion of some leaves exactly the others; --dry-run sends nothing
// that writes; a refused item is reported and the rest still go; deletions need --delete and
// the target's name; secrets cross only with --include-secrets and are never printed; the
// target's own password; usage errors before anything is sent.
#include "compare/CompareParts.h"
#include "CompareScenario.h"
#include "formats/Csv.h"
#include "RecordingProxy.h"
#include "sim/SimFaults.h"
#include "SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infiniti;
using namespace infiniti::test;

namespace {

// Two emulators seeded alike: "test" is the source, "production" the target.
struct CtlDiffServers
{
    SimFixture test{50, 7};
    SimFixture production{50, 7};

    QString change()
    {
        auto session = production.signedInSession();
        return scenario::changeServers(*test.server, *production.server, session.get());
    }
};

struct CtlDiffRun
{
    int code = -1;
    QByteArray out, err;
};

QStringList sortedKeysOf(const QJsonArray &differences)
{
    QStringList keys;
    for (const auto &d : differences)
        keys << d.toObject().value("key"_L1).toString();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The requests in what a client sent ("PATCH /api/v1/admin/roles/…"), in order.
QStringList requestLines(const QByteArray &sent)
{
    // Anywhere: a request line may follow the previous request's body without a line break.
    static const QRegularExpression line(u"(GET|POST|PATCH|PUT|DELETE) (/\\S*) HTTP/1\\.1\\r\\n"_s);
    QStringList out;
    auto it = line.globalMatch(QString::fromLatin1(sent));
    while (it.hasNext()) {
        const auto m = it.next();
        out << m.captured(1) + u" "_s + m.captured(2);
    }
    return out;
}

} // namespace

class CtlDiffTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    CtlDiffRun ctl(const QStringList &args, const QByteArray &toPassword = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFINITI_PASSWORD"_s, u"admin"_s);
        env.remove(u"INFINITI_TO_PASSWORD"_s);
        if (!toPassword.isEmpty())
            env.insert(u"INFINITI_TO_PASSWORD"_s, QString::fromUtf8(toPassword));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(INFINITI_CTL), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!done.wait(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QStringList servers(const CtlDiffServers &s, const QString &target = {})
    {
        return {u"--server"_s,
                s.test.server->baseUrl().toString(),
                u"--user"_s,
                u"admin"_s,
                u"--to-server"_s,
                target.isEmpty() ? s.production.server->baseUrl().toString() : target};
    }

    QJsonArray diffJson(const CtlDiffServers &s, int expectedCode)
    {
        const CtlDiffRun r = ctl(QStringList{u"diff"_s, u"--json"_s} + servers(s));
        if (r.code != expectedCode)
            qWarning("diff exited %d: %s", r.code, r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return r.code == expectedCode && doc.isArray() ? doc.array()
                                                       : QJsonArray{QJsonValue(u"failed"_s)};
    }

private slots:
    void identicalServersExitZero()
    {
        CtlDiffServers s;
        const CtlDiffRun r = ctl(QStringList{u"diff"_s} + servers(s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(
            r.out,
            QByteArray("part                name                            change   details\n"));
        QVERIFY2(r.err.contains("the same in 13 part"), r.err.constData());
        QCOMPARE(diffJson(s, 0), QJsonArray());
    }

    void findsExactlyTheChanges()
    {
        CtlDiffServers s;
        const QString username = s.change();
        const QStringList expected = scenario::expectedKeys(username);

        const QJsonArray found = diffJson(s, 7);
        QCOMPARE(sortedKeysOf(found), expected);
        for (const auto &v : found) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value("change"_L1).toString(), u"changed"_s);
            QVERIFY(!d.value("summary"_L1).toString().isEmpty());
            QVERIFY(!d.value("part"_L1).toString().isEmpty());
            QVERIFY(d.value("fields"_L1).isArray());
        }

        // The table: a header and one row per difference, in words.
        CtlDiffRun r = ctl(QStringList{u"diff"_s} + servers(s));
        QCOMPARE(r.code, 7);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.at(0).startsWith("part "));
        QVERIFY2(r.out.contains("roles               Designer                        changed  "
                                "Designer: permission Publish "
                                "projects here, not there\n"),
                 r.out.constData());
        QVERIFY(r.out.contains("Home Claim: named \xE2\x80\x9CHome Claims\xE2\x80\x9D there"));
        QVERIFY2(r.err.contains("6 difference") && r.err.contains(" in 13 part"),
                 r.err.constData());

        // --part limits what is read and compared.
        r = ctl(
            QStringList{u"diff"_s, u"--part"_s, u"roles"_s, u"--part"_s, u"users"_s, u"--json"_s} +
            servers(s));
        QCOMPARE(r.code, 7);
        QCOMPARE(sortedKeysOf(QJsonDocument::fromJson(r.out).array()),
                 QStringList({u"roles:designer"_s, u"users:"_s + username.toLower()}));
        r = ctl(QStringList{u"diff"_s, u"--part"_s, u"customFields"_s} + servers(s));
        QCOMPARE(r.code, 0);
    }

    void csvHasAHeaderAndARowPerDifference()
    {
        CtlDiffServers s;
        const QString username = s.change();
        const CtlDiffRun r = ctl(QStringList{u"diff"_s, u"--csv"_s, u"--bom"_s} + servers(s));
        QCOMPARE(r.code, 7);
        QVERIFY(r.out.startsWith(Csv::kUtf8Bom)); // the CSV options of every list apply
        QList<QStringList> rows;
        QString error;
        QVERIFY2(Csv::parse(r.out, &rows, &error), qPrintable(error));
        QVERIFY(r.out.contains("\r\n"));
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0), QStringList({u"part"_s, u"name"_s, u"change"_s, u"details"_s,
                                          u"fields"_s, u"key"_s}));
        QStringList keys;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 6);
            QCOMPARE(row.at(2), u"changed"_s);
            QVERIFY(row.at(5).startsWith(row.at(0) + u":"_s));
            keys << row.at(5);
        }
        std::sort(keys.begin(), keys.end());
        QCOMPARE(keys, scenario::expectedKeys(username));
        // Secrets are never in the output (the scenario has none differing; the seeded
        // connection strings are equal and not shown either).
        QVERIFY(!r.out.contains("Password="));
    }

    void aPromotionLeavesExactlyTheOthers()
    {
        CtlDiffServers s;
        const QString username = s.change();
        // By name as diff shows it, by key, and by the target's id.
        const QString designer = s.production.server->store().roleByName(u"Designer"_s)->id;
        const CtlDiffRun r =
            ctl(QStringList{u"promote"_s, u"--item"_s, u"projects:Motor Claim"_s, u"--item"_s,
                            u"users:"_s + username, u"--item"_s, u"roles:"_s + designer} +
                servers(s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.out.count('\n'), 4); // a header and three steps
        QVERIFY2(QRegularExpression(u"\\nprojects +Motor Claim +update +updated +"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY(QRegularExpression(u"\\nroles +Designer +update +updated +"_s)
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
        QVERIFY(QRegularExpression(
                    u"\\nusers +%1 +update +updated +"_s.arg(QRegularExpression::escape(username)))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
        QVERIFY2(r.err.contains("3 done, 0 left alone, 0 failed"), r.err.constData());
        QVERIFY2(r.err.contains("Compared again: the 3 difference") &&
                     r.err.contains("promoted now match"),
                 r.err.constData());

        QStringList left = scenario::expectedKeys(username);
        for (const QString &k : QStringList{u"projects:motor claim"_s, u"roles:designer"_s,
                                            u"users:"_s + username.toLower()})
            left.removeAll(k);
        QCOMPARE(sortedKeysOf(diffJson(s, 7)), left);

        // An object that is the same on both sides: said, nothing to do, exit 0; one that is on
        // neither: a usage error before anything is sent.
        CtlDiffRun same =
            ctl(QStringList{u"promote"_s, u"--item"_s, u"roles:Designer"_s} + servers(s));
        QCOMPARE(same.code, 0);
        QVERIFY2(same.err.contains("the same on both servers"), same.err.constData());
        QVERIFY(same.err.contains("nothing to promote"));
        CtlDiffRun unknown =
            ctl(QStringList{u"promote"_s, u"--item"_s, u"roles:No Such Role"_s} + servers(s));
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("neither server has roles:No Such Role"),
                 unknown.err.constData());
    }

    void theRestWithJsonOutput()
    {
        CtlDiffServers s;
        const QString username = s.change();
        const CtlDiffRun r = ctl(
            QStringList{u"promote"_s, u"--all-changed"_s, u"--part"_s, u"projects"_s, u"--json"_s} +
            servers(s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value("dryRun"_L1).toBool(true), false);
        const QJsonArray steps = report.value("steps"_L1).toArray();
        QCOMPARE(steps.size(), 2);
        QStringList results;
        for (const auto &v : steps) {
            const QJsonObject step = v.toObject();
            QCOMPARE(step.value("part"_L1).toString(), u"projects"_s);
            results << step.value("key"_L1).toString() + u"="_s +
                           step.value("action"_L1).toString() + u"/"_s +
                           step.value("result"_L1).toString();
        }
        results.sort();
        QCOMPARE(results, QStringList({u"projects:home claim=rename/renamed"_s,
                                       u"projects:motor claim=update/updated"_s}));
        QCOMPARE(report.value("remaining"_L1).toArray(), QJsonArray());
        QStringList left = scenario::expectedKeys(username);
        left.removeAll(u"projects:home claim"_s);
        left.removeAll(u"projects:motor claim"_s);
        QCOMPARE(sortedKeysOf(diffJson(s, 7)), left);
    }

    void aDryRunSendsNoWrites()
    {
        CtlDiffServers s;
        s.change();
        RecordingProxy target(s.production.server->baseUrl().port());
        const CtlDiffRun r = ctl(QStringList{u"promote"_s, u"--all-changed"_s, u"--dry-run"_s} +
                                 servers(s, target.origin()));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.out.count('\n'), 7);
        QCOMPARE(r.out.count(" not sent "), 6);
        QVERIFY2(r.err.contains("dry run, nothing sent: 6 step"), r.err.constData());
        const QStringList requests = requestLines(target.sent);
        QVERIFY(requests.size() > 10); // the comparison read the target through the proxy
        for (const QString &request : requests) {
            QVERIFY2(request.startsWith("GET "_L1) || request.endsWith("/login/forms"_L1) ||
                         request.endsWith("/logoff"_L1),
                     qPrintable(request));
        }
        QCOMPARE(diffJson(s, 7).size(), 6);
    }

    void aRefusedItemIsReportedAndTheRestGo()
    {
        CtlDiffServers s;
        s.change();
        const QString designer = s.production.server->store().roleByName(u"Designer"_s)->id;
        sim::SimFaults::Rule refuse;
        refuse.method = "PATCH";
        refuse.path = QRegularExpression(u"/roles/"_s + designer);
        refuse.status = 409;
        s.production.server->faults().add(refuse);
        const CtlDiffRun r = ctl(QStringList{u"promote"_s, u"--all-changed"_s} + servers(s));
        QCOMPARE(r.code, 6); // the refusal's: request rejected
        QVERIFY2(QRegularExpression(u"\\nroles +Designer +update +refused +Refused"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QCOMPARE(r.out.count(" updated "), 4);
        QCOMPARE(r.out.count(" renamed "), 1);
        QVERIFY2(r.err.contains("5 done, 0 left alone, 1 failed"), r.err.constData());
        QVERIFY2(r.err.contains("Compared again: 1 of the 6 difference") &&
                     r.err.contains("still differ:\n  roles:designer"),
                 r.err.constData());
        QCOMPARE(sortedKeysOf(diffJson(s, 7)), QStringList{u"roles:designer"_s});
    }

    void deletingTakesTheFlagAndTheTargetsName()
    {
        CtlDiffServers s;
        auto target = s.production.signedInSession();
        scenario::call(
            target.get(), "POST", "users",
            {{"username"_L1, u"only.there"_s}, {"groups"_L1, QJsonArray{u"Infiniti Users"_s}}});
        const QStringList args =
            QStringList{u"promote"_s, u"--all-changed"_s, u"--part"_s, u"users"_s} + servers(s);
        // Without --delete: left alone, and said why.
        CtlDiffRun r = ctl(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(u"\\nusers +only\\.there +leave +left +\\S"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY(s.production.server->store().userByName(u"only.there"_s));
        // --delete needs --confirm-target, and that the target's name.
        QCOMPARE(ctl(args + QStringList{u"--delete"_s}).code, 2);
        QCOMPARE(ctl(args + QStringList{u"--confirm-target"_s, u"x"_s}).code, 2);
        r = ctl(args + QStringList{u"--delete"_s, u"--confirm-target"_s,
                                   s.test.server->baseUrl().toString()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("does not name the target"), r.err.constData());
        QVERIFY(s.production.server->store().userByName(u"only.there"_s));
        r = ctl(args + QStringList{u"--delete"_s, u"--confirm-target"_s,
                                   s.production.server->baseUrl().toString()});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QRegularExpression(u"\\nusers +only\\.there +delete +deleted"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY(!s.production.server->store().userByName(u"only.there"_s));
        QCOMPARE(diffJson(s, 0), QJsonArray());
    }

    void secretsCrossOnlyWhenAsked()
    {
        CtlDiffServers s;
        auto source = s.test.signedInSession();
        const QString secret = u"https://brokers.example/api?key=SECRET-KEY"_s;
        scenario::call(source.get(), "POST", "datasources",
                       {{"name"_L1, u"Broker API"_s},
                        {"connectionType"_L1, u"REST"_s},
                        {"connectionString"_L1, secret}});
        const QStringList args =
            QStringList{u"promote"_s, u"--item"_s, u"dataSources:Broker API"_s} + servers(s);
        // Without --include-secrets: created without its connection string, and said so.
        CtlDiffRun r = ctl(args);
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QRegularExpression(u"\\ndataSources +Broker API +create +created +"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY2(r.err.contains("still differ:\n  dataSources:broker api (Broker API: connection "
                                "string set here, empty there)"),
                 r.err.constData());
        QVERIFY(storedDocument(*s.production.server, u"datasources"_s, u"name"_s, u"Broker API"_s)
                    .value("connectionString"_L1)
                    .toString()
                    .isEmpty());
        const CtlDiffRun diff = ctl(QStringList{u"diff"_s, u"--json"_s} + servers(s));
        QCOMPARE(diff.code, 7);
        // With it: the target's is updated; no output ever carries the secret.
        r = ctl(args + QStringList{u"--include-secrets"_s});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QRegularExpression(u"\\ndataSources +Broker API +update +updated +"_s)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY2(r.err.contains("promoted now match"), r.err.constData());
        QCOMPARE(storedDocument(*s.production.server, u"datasources"_s, u"name"_s, u"Broker API"_s)
                     .value("connectionString"_L1)
                     .toString(),
                 secret);
        for (const QByteArray &output : {r.out, r.err, diff.out, diff.err})
            QVERIFY(!output.contains("SECRET-KEY"));
        QCOMPARE(diffJson(s, 0), QJsonArray());
    }

    void theTargetsOwnPassword()
    {
        CtlDiffServers s;
        // INFINITI_TO_PASSWORD is the target's: a wrong one is refused there, and said so.
        CtlDiffRun r = ctl(QStringList{u"diff"_s} + servers(s), "wrong");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(s.production.server->baseUrl().toString().toUtf8()),
                 r.err.constData());
        QCOMPARE(ctl(QStringList{u"diff"_s} + servers(s), "admin").code, 0);
        // Another account on the target.
        r = ctl(QStringList{u"diff"_s, u"--to-user"_s, u"enduser"_s} + servers(s), "enduser");
        QCOMPARE(r.code, 3); // an end user may not list users
    }

    // A part the target could not be read for a server error (not a refusal) was followed by
    // "give the account access to users", which sent an administrator looking at roles.
    void aPartThatFailsToReadIsNamedWithTheRightAdvice()
    {
        CtlDiffServers s;
        sim::SimFaults::Rule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(u"/users\\?"_s);
        rule.status = 500;
        s.production.server->faults().add(rule);
        CtlDiffRun r = ctl(QStringList{u"diff"_s, u"--part"_s, u"users"_s} + servers(s));
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Nothing was compared") && r.err.contains("Try again") &&
                     !r.err.contains("access"),
                 r.err.constData());

        s.production.server->faults().clear();
        rule.status = 403;
        s.production.server->faults().add(rule);
        r = ctl(QStringList{u"diff"_s, u"--part"_s, u"users"_s} + servers(s));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("give the account access to users"), r.err.constData());
    }

    void usageErrorsSendNothing()
    {
        CtlDiffServers s;
        const QString url = s.test.server->baseUrl().toString();
        const QStringList source = {u"--server"_s, url, u"--user"_s, u"admin"_s};
        const int before = s.test.server->requestCount() + s.production.server->requestCount();
        QCOMPARE(ctl(QStringList{u"diff"_s} + source).code, 2); // no target
        QCOMPARE(ctl(QStringList{u"diff"_s, u"--to-server"_s, url} + source).code,
                 2); // the same server
        QCOMPARE(ctl(QStringList{u"diff"_s, u"--part"_s, u"widgets"_s} + servers(s)).code,
                 2);                                                   // no such part
        QCOMPARE(ctl(QStringList{u"promote"_s} + servers(s)).code, 2); // nothing named
        QCOMPARE(ctl(QStringList{u"promote"_s, u"--item"_s, u"users"_s} + servers(s)).code,
                 2); // no id
        QCOMPARE(ctl(QStringList{u"promote"_s, u"--item"_s, u"users:a"_s, u"--all-changed"_s} +
                     servers(s))
                     .code,
                 2);
        QCOMPARE(ctl(QStringList{u"promote"_s, u"--item"_s, u"users:a"_s, u"--part"_s, u"users"_s} +
                     servers(s))
                     .code,
                 2);
        QCOMPARE(ctl(QStringList{u"diff"_s, u"--item"_s, u"users:a"_s} + servers(s)).code,
                 2); // not diff's
        QCOMPARE(s.test.server->requestCount() + s.production.server->requestCount(), before);

        CtlDiffRun help = ctl({u"help"_s, u"diff"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith("Usage: infiniti-ctl diff --to-server URL"));
        QVERIFY(help.out.contains("--to-profile NAME"));
        for (const compare::Part part : compare::allParts()) // the list in --part's help is whole
            QVERIFY2(help.out.contains(compare::partId(part).toUtf8()),
                     qPrintable(compare::partId(part)));
        help = ctl({u"help"_s, u"promote"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--confirm-target NAME"));
        QVERIFY(help.out.contains("--include-secrets"));
        QVERIFY(ctl({u"--help"_s}).out.contains("7 the servers differ"));
    }
};

QTEST_GUILESS_MAIN(CtlDiffTest)
#include "tst_ctl_diff.moc"
