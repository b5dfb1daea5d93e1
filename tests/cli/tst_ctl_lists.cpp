// infiniti-ctl's lists and imports at scale (issue #15), against servers the test scripts: a
// list asks for the next page before it writes the current one, yet writes every item once and
// in order, copies the server's objects for --json (one compact line each, whatever the server's
// layout), and fails — exit code of the failure, no count, nothing claimed — when any page fails
// or repeats. `projects import` streams its body, which the server receives byte for byte as
// the body built in memory.
#include "api/endpoints/ProjectsEndpoints.h"
#include "RawHttpResponder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace infiniti;
using test::RawHttpResponder;

// Named, not anonymous: lambdas in the test class capture these (gcc -Wsubobject-linkage).
namespace ctl_lists_test {
constexpr auto kListsToken = "tok-lists";

// Users u000…u(N-1), in pages of at most `cap` (below the $top asked for), each page with an
// @nextLink to the next; `answerFor` may replace a page's answer (by its first index).
struct ListServer
{
    RawHttpResponder http;
    int users = 0;
    int cap = 7;
    int gap = 0; // users the links skip after each page (what no guess can know)
    std::function<QByteArray(int skip, const QByteArray &normal)> answerFor;

    static QJsonObject user(int i)
    {
        return {
            {"id"_L1, u"id-%1"_s.arg(i)},
            {"username"_L1, u"u%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
            {"email"_L1, u"u%1@example.com"_s.arg(i)},
            {"groups"_L1, QJsonArray{u"Staff"_s, QJsonObject{{"name"_L1, u"G%1"_s.arg(i % 3)}}}},
            {"disabled"_L1, i % 2 == 1}};
    }

    ListServer()
    {
        http.handler = [this](const RawHttpResponder::Request &r) {
            const QUrl url(QString::fromLatin1(r.target));
            if (url.path() == "/api/v1/admin/login/forms"_L1)
                return RawHttpResponder::answer(200, QByteArray("{\"authorizationToken\":\"") +
                                                         kListsToken + "\",\"userGuid\":\"u-1\"}");
            if (url.path() == "/api/v1/admin/logoff"_L1)
                return RawHttpResponder::answer(204, {});
            if (url.path() == "/api/v1/admin/users"_L1) {
                const QUrlQuery q(url);
                const int skip = q.queryItemValue(u"$skip"_s).toInt();
                QJsonArray page;
                for (int i = skip; i < qMin(users, skip + cap); ++i)
                    page.append(user(i));
                QJsonObject o{{"users"_L1, page}};
                if (skip + cap + gap < users)
                    o.insert("@nextLink"_L1,
                             u"%1/api/v1/admin/users?$skip=%2&$top=500"_s.arg(http.origin())
                                 .arg(skip + cap + gap));
                const QByteArray normal = QJsonDocument(o).toJson(QJsonDocument::Compact);
                return RawHttpResponder::answer(200, answerFor ? answerFor(skip, normal) : normal);
            }
            if (url.path() == "/api/v1/admin/projects"_L1 && r.method == "POST")
                return RawHttpResponder::answer(
                    201, R"({"projects":[{"id":"p-1","name":"Imported","version":"1"}]})");
            return RawHttpResponder::answer(404, R"({"message":"no such route"})");
        };
    }
    int pagesAsked() const { return int(pageTargets().size()); }
    QList<QByteArray> pageTargets() const
    {
        QList<QByteArray> targets;
        for (const auto &r : http.requests) {
            if (r.target.startsWith("/api/v1/admin/users"))
                targets << r.target;
        }
        return targets;
    }
};

struct CtlRun
{
    int code = -1;
    QByteArray out, err;
};

CtlRun runCtl(const QString &origin, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"INFINITI_PASSWORD"_s, u"pw"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    QTemporaryDir home;
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(INFINITI_CTL),
            QStringList{u"--server"_s, origin, u"--user"_s, u"admin"_s} + args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    if (!done.wait(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace ctl_lists_test
using namespace ctl_lists_test;

class CtlListsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyItemOnceAndInOrder_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("cap");
        QTest::newRow("one page") << 5 << 7;
        QTest::newRow("pages of 7") << 61 << 7;
        QTest::newRow("pages of 1") << 9 << 1;
        QTest::newRow("none") << 0 << 7;
    }

    void everyItemOnceAndInOrder()
    {
        QFETCH(int, users);
        QFETCH(int, cap);
        ListServer server;
        server.users = users;
        server.cap = cap;

        CtlRun r = runCtl(server.http.origin(), {u"users"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), users);
        for (int i = 0; i < users; ++i) {
            const QByteArray expected =
                u"u%1"_s.arg(i, 3, 10, QLatin1Char('0')).toUtf8().leftJustified(30) + ' ' +
                u"u%1@example.com"_s.arg(i).toUtf8().leftJustified(38) + ' ' + "Staff, G" +
                QByteArray::number(i % 3);
            QCOMPARE(lines.at(i), expected);
        }
        QVERIFY2(r.err.contains(u"%1 user"_s.arg(users).toUtf8()), r.err.constData());
        // Every page once (the page after the next is asked for on a guess, which the links
        // confirm: no page twice), and at most one more: the guess past the last page.
        const int pages = qMax(1, (users + cap - 1) / cap);
        const QList<QByteArray> targets = server.pageTargets();
        QVERIFY2(targets.size() == pages || targets.size() == pages + 1,
                 targets.join(' ').constData());
        QCOMPARE(QSet<QByteArray>(targets.begin(), targets.end()).size(), targets.size());

        r = runCtl(server.http.origin(), {u"users"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QJsonArray expected;
        for (int i = 0; i < users; ++i)
            expected.append(ListServer::user(i));
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), expected);
        // One compact line per item, as before the items were copied rather than re-written.
        QByteArray old = "[";
        for (int i = 0; i < users; ++i)
            old += (i == 0 ? "\n" : ",\n") +
                   QJsonDocument(ListServer::user(i)).toJson(QJsonDocument::Compact);
        old += users == 0 ? "]\n" : "\n]\n";
        QCOMPARE(r.out, old);

        r = runCtl(server.http.origin(), {u"users"_s, u"list"_s, u"--csv"_s});
        QCOMPARE(r.code, 0);
        lines = r.out.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), users + 1);
        QCOMPARE(
            lines.at(0),
            QByteArray("id,username,firstName,lastName,email,disabled,lockedOut,groups,roles\r"));
        if (users > 1)
            QCOMPARE(lines.at(2), QByteArray("id-1,u001,,,u1@example.com,true,,Staff;G1,\r"));
    }

    void aGuessTheLinksDoNotConfirmIsNeverWritten()
    {
        // The server's links leave out three users after each page of 7: the guess at the page
        // after the next ($skip moved on by the 7 just read) asks for users the list does not
        // have there. Only what the links lead to is written, in order; after that first wrong
        // guess there are no more.
        ListServer server;
        server.users = 50;
        server.cap = 7;
        server.gap = 3;
        for (const QString &format : {u"--json"_s, u"--csv"_s, QString()}) {
            server.http.requests.clear();
            QStringList args{u"users"_s, u"list"_s};
            if (!format.isEmpty())
                args << format;
            const CtlRun r = runCtl(server.http.origin(), args);
            QCOMPARE(r.code, 0);
            QList<QByteArray> expected; // pages at 0, 10, 20, 30 and 40: users 0–6, 10–16, …
            for (int first = 0; first < 50; first += 10) {
                for (int i = first; i < first + 7; ++i)
                    expected << u"u%1"_s.arg(i, 3, 10, QLatin1Char('0')).toUtf8();
            }
            QList<QByteArray> seen;
            static const QRegularExpression name(u"\\bu\\d{3}\\b"_s);
            for (auto it = name.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
                const QByteArray n = it.next().captured().toUtf8();
                if (seen.isEmpty() || seen.last() != n) // (CSV and JSON name a user twice)
                    seen << n;
            }
            QCOMPARE(seen, expected);
            // The five pages once each, and nothing else but the one wrong guess (users 17–23;
            // the server may not see it: it is dropped as soon as the link says otherwise).
            QList<QByteArray> targets = server.pageTargets();
            targets.removeOne("/api/v1/admin/users?$skip=17&$top=500");
            QCOMPARE(targets, (QList<QByteArray>{"/api/v1/admin/users?$skip=0&$top=500",
                                                 "/api/v1/admin/users?$skip=10&$top=500",
                                                 "/api/v1/admin/users?$skip=20&$top=500",
                                                 "/api/v1/admin/users?$skip=30&$top=500",
                                                 "/api/v1/admin/users?$skip=40&$top=500"}));
        }
    }

    void aGuessThatFailsIsAskedAgainInTurn()
    {
        // The page asked for early on a guess fails (a server may refuse what comes before its
        // turn): that decides nothing; asked again in turn, it comes, and the list is whole.
        ListServer server;
        server.users = 40;
        server.cap = 10;
        int refused = 0;
        server.http.handler = [handler = server.http.handler,
                               &refused](const RawHttpResponder::Request &r) {
            if (r.target.contains("skip=20") && refused++ == 0)
                return RawHttpResponder::answer(500, R"({"message":"not yet"})");
            return handler(r);
        };
        const CtlRun r = runCtl(server.http.origin(), {u"users"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 40);
        QVERIFY(r.out.contains("u039"));
        QVERIFY2(r.err.contains("40 users"), r.err.constData());
        QCOMPARE(refused, 2); // the guess, refused, and the page in turn
        QCOMPARE(server.pageTargets().count("/api/v1/admin/users?$skip=20&$top=500"), 2);
    }

    void aServersOwnLayoutBecomesOneCompactLineEach()
    {
        ListServer server;
        server.users = 3;
        server.cap = 2;
        server.answerFor = [](int, const QByteArray &normal) {
            return QJsonDocument::fromJson(normal).toJson(
                QJsonDocument::Indented); // spaces and line breaks
        };
        const CtlRun r = runCtl(server.http.origin(), {u"users"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QByteArray old = "[";
        for (int i = 0; i < 3; ++i)
            old += (i == 0 ? "\n" : ",\n") +
                   QJsonDocument(ListServer::user(i)).toJson(QJsonDocument::Compact);
        QCOMPARE(r.out, old + "\n]\n");
    }

    void aPageThatFailsFailsTheList_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("server error") << QByteArray("500") << 5 << QByteArray("500");
        QTest::newRow("item not an object") << QByteArray(R"({"users":[{"id":"x"},null]})") << 5
                                            << QByteArray("item 2 of the list is not an object");
        QTest::newRow("not JSON") << QByteArray(R"({"users":[{"id":"x"},)") << 5
                                  << QByteArray("not JSON");
        QTest::newRow("users null")
            << QByteArray(R"({"users":null})") << 5 << QByteArray("is not a list");
    }

    void aPageThatFailsFailsTheList()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, code);
        QFETCH(QByteArray, says);
        ListServer server;
        server.users = 40;
        server.cap = 10;
        server.answerFor = [answer](int skip, const QByteArray &normal) -> QByteArray {
            return skip == 20 ? answer : normal; // the third page
        };
        if (answer == "500") {
            server.http.handler = [handler =
                                       server.http.handler](const RawHttpResponder::Request &r) {
                return r.target.contains("skip=20")
                           ? RawHttpResponder::answer(500, R"({"message":"boom"})")
                           : handler(r);
            };
        }
        for (const QString &format : {u"--text"_s, u"--json"_s, u"--csv"_s}) {
            QStringList args{u"users"_s, u"list"_s};
            if (format != "--text"_L1)
                args << format;
            const CtlRun r = runCtl(server.http.origin(), args);
            QCOMPARE(r.code, code);
            QVERIFY2(r.err.contains(says), r.err.constData());
            static const QRegularExpression count(u"^\\d+ users?$"_s,
                                                  QRegularExpression::MultilineOption);
            QVERIFY2(!QString::fromUtf8(r.err).contains(count),
                     r.err.constData()); // no count claimed
            // The pages before it were written, in order, and nothing after it.
            QVERIFY(r.out.contains("u019"));
            QVERIFY(!r.out.contains("u020"));
            QVERIFY(!r.out.contains("u030"));
        }
    }

    void aRepeatedPageFailsTheList()
    {
        // Every page after the first is the first again, under a new link each time.
        ListServer server;
        server.users = 100;
        server.cap = 10;
        server.answerFor = [&server](int skip, const QByteArray &) {
            QJsonArray page;
            for (int i = 0; i < 10; ++i)
                page.append(ListServer::user(i));
            return QJsonDocument(
                       QJsonObject{{"users"_L1, page},
                                   {"@nextLink"_L1, u"%1/api/v1/admin/users?$skip=%2&$top=500"_s
                                                        .arg(server.http.origin())
                                                        .arg(skip + 10)}})
                .toJson(QJsonDocument::Compact);
        };
        const CtlRun r = runCtl(server.http.origin(), {u"users"_s, u"list"_s});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("same page"), r.err.constData());
        QCOMPARE(r.out.count("u000"), 1); // the repeat is not written
        // The first page and its repeat, and perhaps the page after it, asked for on a guess
        // while the repeat was on its way (never written); nothing more.
        QVERIFY2(server.pagesAsked() == 2 || server.pagesAsked() == 3,
                 server.pageTargets().join(' ').constData());
    }

    void aListThatMovedWhileReadFails_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << QString();
        QTest::newRow("json") << u"--json"_s;
        QTest::newRow("csv") << u"--csv"_s;
    }

    void aListThatMovedWhileReadFails()
    {
        // A user is created in front once the first page is read: every later page starts one
        // user back, so the last of each page comes again (and had one been deleted instead,
        // one would be missing). The list is not printed as if whole: the repeat is not written,
        // no count, exit 5 and why.
        QFETCH(QString, format);
        ListServer server;
        server.users = 30;
        server.cap = 10;
        server.answerFor = [&server](int skip, const QByteArray &normal) {
            if (skip == 0)
                return normal;
            QJsonArray page;
            for (int i = skip - 1; i < qMin(server.users, skip + 9); ++i)
                page.append(ListServer::user(i));
            QJsonObject o{{"users"_L1, page}};
            if (skip + 10 < server.users)
                o.insert("@nextLink"_L1,
                         u"%1/api/v1/admin/users?$skip=%2&$top=500"_s.arg(server.http.origin())
                             .arg(skip + 10));
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QStringList args{u"users"_s, u"list"_s};
        if (!format.isEmpty())
            args << format;
        const CtlRun r = runCtl(server.http.origin(), args);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.count("listed id-9 twice") == 1, r.err.constData()); // said once
        QVERIFY2(r.err.contains("Could not read the user list: "), r.err.constData());
        QCOMPARE(r.out.count("u009"), 1);
        QVERIFY2(!r.out.contains("u010"), r.out.constData());   // nothing of the moved page
        QVERIFY2(!r.err.contains(" users"), r.err.constData()); // no count
        if (format == "--json"_L1) {
            // What was written, but left open: no JSON reader takes it for the whole list.
            QJsonParseError error;
            QVERIFY(QJsonDocument::fromJson(r.out, &error).isNull());
            QCOMPARE(QJsonDocument::fromJson(r.out + "]").array().size(), 10);
        }
    }

    void anImportSendsTheBodyBuiltInMemory()
    {
        ListServer server;
        const QString package = QStringLiteral(INFINITI_FIXTURES_DIR) +
                                u"/vendor-packages/DocuSign Baseline Project.ixpkg"_s;
        const CtlRun r = runCtl(server.http.origin(), {u"projects"_s, u"import"_s, package,
                                                       u"--comment"_s, u"streamed"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("imported: Imported v1 (p-1)"), r.out.constData());
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ProjectsEndpoints::ImportOptions options;
        options.comment = u"streamed"_s;
        const QByteArray expected =
            ProjectsEndpoints::importPackageBytes(f.readAll(), options).body;
        const auto posts = std::count_if(
            server.http.requests.begin(), server.http.requests.end(), [](const auto &req) {
                return req.method == "POST" && req.target.endsWith("/projects");
            });
        QCOMPARE(posts, 1);
        for (const auto &req : std::as_const(server.http.requests)) {
            if (req.method == "POST" && req.target.endsWith("/projects")) {
                QCOMPARE(req.header("Content-Length"), QByteArray::number(expected.size()));
                QVERIFY(req.body == expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(CtlListsTest)
#include "tst_ctl_lists.moc"
