// infiniti-ctl end to end against the emulator: output formats, credentials from the
// environment or standard input (never argv), exit codes, one-shot tokens logged off again,
// and login/logout through the real keychain when one is available.
#include "SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace infiniti;
using namespace infiniti::test;

class CtlTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_home;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    Run ctl(const QStringList &args, const QByteArray &password = {}, const QByteArray &stdinData = {},
            bool closeStdin = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("INFINITI_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("INFINITI_PASSWORD"), QString::fromUtf8(password));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(INFINITI_CTL), args);
        if (!p.waitForStarted(5000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        if (closeStdin)
            p.closeWriteChannel();
        if (!done.wait(30000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QStringList server(const QString &user = QStringLiteral("admin")) const
    {
        return {QStringLiteral("--server"), m_sim->server->baseUrl().toString(), QStringLiteral("--user"), user};
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<SimFixture>(1200); }

    void listAsJsonIsTheServersObjects()
    {
        const Run r = ctl(server() << QStringLiteral("users") << QStringLiteral("list") << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY2(doc.isArray(), r.out.left(200).constData());
        QCOMPARE(doc.array().size(), m_sim->server->store().userCount());
        const QJsonObject admin = doc.array().at(0).toObject();
        QCOMPARE(admin.value(QLatin1StringView("username")).toString(), QStringLiteral("admin"));
        QVERIFY(admin.contains(QLatin1StringView("streetAddress")));
        QVERIFY(admin.contains(QLatin1StringView("timezone")));
    }

    void listAsCsvHasAHeaderAndARowPerUser()
    {
        const Run r = ctl(server() << QStringLiteral("users") << QStringLiteral("list") << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_sim->server->store().userCount() + 1);
        QVERIFY(lines.at(0).startsWith("id,username,firstName,lastName,email,disabled,lockedOut,groups,roles"));
        QVERIFY(r.out.contains("\r\n"));
    }

    void passwordFromStandardInput()
    {
        const Run r = ctl(server() << QStringLiteral("users") << QStringLiteral("get") << QStringLiteral("--name")
                                   << QStringLiteral("enduser") << QStringLiteral("--json"),
                          {}, "admin\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("username")).toString(), QStringLiteral("enduser"));
    }

    void getByIdAndByAnAwkwardName()
    {
        sim::SimStore::User u;
        u.username = QStringLiteral("user.name@example.com");
        u.firstName = QStringLiteral("Üser");
        const QString id = m_sim->server->store().addUser(u)->id;
        Run r = ctl(server() << QStringLiteral("users") << QStringLiteral("get") << QStringLiteral("--name")
                             << QStringLiteral("user.name@example.com") << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("id")).toString(), id);
        r = ctl(server() << QStringLiteral("users") << QStringLiteral("get") << id, "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("\"firstName\": \"\xC3\x9C" "ser\""));
    }

    void exitCodesTellFailuresApart()
    {
        QCOMPARE(ctl(server()).code, 2);                                                       // no command
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("frobnicate")).code, 2);
        const Run argvPassword = ctl(server() << QStringLiteral("--password") << QStringLiteral("admin") << QStringLiteral("login"));
        QCOMPARE(argvPassword.code, 2);
        QVERIFY(argvPassword.err.contains("never taken from the command line"));
        QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("list")}).code, 2);               // no server

        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("list"), "wrong").code, 3);
        const Run forbidden = ctl(server(QStringLiteral("enduser")) << QStringLiteral("users") << QStringLiteral("list"), "enduser");
        QCOMPARE(forbidden.code, 3);
        QVERIFY(forbidden.err.contains("Manage users"));
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("list")).code, 3);   // no credentials at all

        const Run unreachable = ctl({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--user"),
                                     QStringLiteral("admin"), QStringLiteral("users"), QStringLiteral("list")}, "admin");
        QCOMPARE(unreachable.code, 4);

        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("get") << QStringLiteral("no-such-id"), "admin").code, 6);

        sim::SimFaults::Rule rule;
        rule.path = QRegularExpression(QStringLiteral("/users\\?"));
        rule.status = 500;
        rule.remaining = 1;
        m_sim->server->faults().add(rule);
        const Run broken = ctl(server() << QStringLiteral("users") << QStringLiteral("list"), "admin");
        QCOMPARE(broken.code, 5);
        QVERIFY(broken.err.contains("500"));
    }

    void groupsAndRolesCreateUpdateGetListDelete()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("group.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name":"Auditors","email":"audit@example.com","roles":["End User"]})");
        f.close();
        Run r = ctl(server() << QStringLiteral("groups") << QStringLiteral("create") << QStringLiteral("--file") << file
                             << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        const QString id = QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl(server() << QStringLiteral("groups") << QStringLiteral("create") << QStringLiteral("--file") << file, "admin").code, 6); // 409

        // Only the given keys change; JSON on standard input, the password in the environment.
        r = ctl(server() << QStringLiteral("groups") << QStringLiteral("update") << id << QStringLiteral("--file")
                         << QStringLiteral("-") << QStringLiteral("--json"),
                "admin", R"({"emailIndividualMembers": true})");
        QCOMPARE(r.code, 0);
        const QJsonObject updated = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(updated.value(QLatin1StringView("emailIndividualMembers")).toBool(), true);
        QCOMPARE(updated.value(QLatin1StringView("email")).toString(), QStringLiteral("audit@example.com"));

        r = ctl(server() << QStringLiteral("groups") << QStringLiteral("list") << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QByteArray(id.toUtf8() + ",Auditors,audit@example.com,false,false,true,End User\r\n")));

        r = ctl(server() << QStringLiteral("roles") << QStringLiteral("create") << QStringLiteral("--file") << QStringLiteral("-")
                         << QStringLiteral("--json"),
                "admin", R"({"name":"Auditor","permissions":["Manage users","Some future permission"]})");
        QCOMPARE(r.code, 0);
        const QJsonObject role = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(role.value(QLatin1StringView("permissions")).toArray().size(), 2);
        const QString roleId = role.value(QLatin1StringView("id")).toString();
        QCOMPARE(ctl(server() << QStringLiteral("roles") << QStringLiteral("get") << roleId, "admin").code, 0);
        QCOMPARE(ctl(server() << QStringLiteral("roles") << QStringLiteral("delete") << roleId, "admin").code, 0);
        QCOMPARE(ctl(server() << QStringLiteral("roles") << QStringLiteral("get") << roleId, "admin").code, 6);
        QCOMPARE(ctl(server() << QStringLiteral("groups") << QStringLiteral("delete") << id, "admin").code, 0);

        // Bad input is a usage error naming the problem; nothing is sent.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        r = ctl(server() << QStringLiteral("users") << QStringLiteral("create") << QStringLiteral("--file") << file, "admin");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not valid JSON"));
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("create"), "admin").code, 2); // no --file
    }

    void usersImportWithDryRunAndReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("username,firstName,email,groups\nimported.one,One,one@example.com,Finance\nbroken,,nope,\n");
        f.close();
        Run r = ctl(server() << QStringLiteral("users") << QStringLiteral("import") << path << QStringLiteral("--dry-run"), "admin");
        QCOMPARE(r.code, 6);
        QVERIFY(r.out.contains("2,imported.one,create,would run,"));
        QVERIFY(r.out.contains("3,broken,,rejected,"));
        QVERIFY(!m_sim->server->store().userByName(QStringLiteral("imported.one"))); // nothing changed

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("username,firstName,email,groups\nimported.one,One,one@example.com,Finance\n");
        f.close();
        r = ctl(server() << QStringLiteral("users") << QStringLiteral("import") << path, "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("2,imported.one,create,ok,"));
        QVERIFY(m_sim->server->store().userByName(QStringLiteral("imported.one")));
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("import") << dir.filePath(QStringLiteral("missing.csv")), "admin").code, 2);
    }

    void settingsFoldersAndLicense()
    {
        Run r = ctl(server() << QStringLiteral("customfields") << QStringLiteral("list") << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("id,name,validationType,location\r\n"));
        QVERIFY(r.out.contains(",PolicyNumber,Text,ResponseMetadata\r\n"));
        QCOMPARE(ctl(server() << QStringLiteral("customfields") << QStringLiteral("delete") << QStringLiteral("x"), "admin").code, 2);
        r = ctl(server() << QStringLiteral("connectors") << QStringLiteral("list"), "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Default SQL Server Connection String"));
        r = ctl(server() << QStringLiteral("contentfolders") << QStringLiteral("create") << QStringLiteral("--file")
                         << QStringLiteral("-") << QStringLiteral("--json"),
                "admin", "{\"name\":\"From CLI\",\"groups\":[\"Legal\"]}");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("name")).toString(), QStringLiteral("From CLI"));

        r = ctl(server() << QStringLiteral("license") << QStringLiteral("get") << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("edition")).toString(), QStringLiteral("Enterprise"));
        r = ctl(server() << QStringLiteral("license") << QStringLiteral("update") << QStringLiteral("--key")
                         << QStringLiteral("INF1-Gold-10-20300101-0000"), "admin");
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains("checksum"));
        QCOMPARE(ctl(server() << QStringLiteral("license") << QStringLiteral("update"), "admin").code, 2);
        QCOMPARE(ctl(server(QStringLiteral("enduser")) << QStringLiteral("license") << QStringLiteral("get"), "enduser").code, 3);
    }

    void libraryDataSourcesAndObjects()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Cover letter.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear customer,");
        f.close();
        Run r = ctl(server() << QStringLiteral("library") << QStringLiteral("create") << QStringLiteral("--file") << file
                             << QStringLiteral("--category") << QStringLiteral("Letters") << QStringLiteral("--json"),
                    "admin");
        QCOMPARE(r.code, 0);
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(made.value(QLatin1StringView("name")).toString(), QStringLiteral("Cover letter"));
        QCOMPARE(made.value(QLatin1StringView("category")).toString(), QStringLiteral("Letters"));
        QVERIFY(!made.contains(QLatin1StringView("binary")));
        const QString id = made.value(QLatin1StringView("id")).toString();

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Dear valued customer,");
        f.close();
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("replace") << id << QStringLiteral("--file") << file, "admin").code, 0);
        const QString out = dir.filePath(QStringLiteral("current.txt"));
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("get") << id << QStringLiteral("--out") << out, "admin").code, 0);
        QFile current(out);
        QVERIFY(current.open(QIODevice::ReadOnly));
        QCOMPARE(current.readAll(), QByteArray("Dear valued customer,"));
        const QString first = dir.filePath(QStringLiteral("v1.txt"));
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("export") << id << QStringLiteral("1")
                              << QStringLiteral("--out") << first, "admin").code, 0);
        QFile v1(first);
        QVERIFY(v1.open(QIODevice::ReadOnly));
        QCOMPARE(v1.readAll(), QByteArray("Dear customer,"));
        r = ctl(server() << QStringLiteral("library") << QStringLiteral("history") << id << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count("\r\n"), 3); // header and two versions
        QVERIFY(r.out.contains("\r\n2,"));
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("export") << id << QStringLiteral("9")
                              << QStringLiteral("--out") << dir.filePath(QStringLiteral("none.txt")), "admin").code, 6);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.txt"))));
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("export") << id << QStringLiteral("1"), "admin").code, 2);
        QCOMPARE(ctl(server() << QStringLiteral("library") << QStringLiteral("create") << QStringLiteral("--file")
                              << dir.filePath(QStringLiteral("missing.png")), "admin").code, 2);

        // Data sources: no connection string outside --json.
        r = ctl(server() << QStringLiteral("datasources") << QStringLiteral("list") << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(",Policy Database,SQL Server,UserNamePassword,"));
        QVERIFY(!r.out.contains("Password=")); // the secret in the seeded connection string
        QString policies;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.contains("Policy Database"))
                policies = QString::fromUtf8(line.left(line.indexOf(',')));
        }
        r = ctl(server() << QStringLiteral("dataobjects") << QStringLiteral("list") << QStringLiteral("--datasource") << policies
                         << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        r = ctl(server() << QStringLiteral("dataobjects") << QStringLiteral("create") << QStringLiteral("--datasource") << policies
                         << QStringLiteral("--file") << QStringLiteral("-"), "admin", "{\"displayName\":\"Agents\"}");
        QCOMPARE(r.code, 0);
        QCOMPARE(ctl(server() << QStringLiteral("dataobjects") << QStringLiteral("list"), "admin").code, 2); // which source?
    }

    void syncPackagesExportAndImport()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("letters.iqpkg"));
        const QString id = storedDocument(*m_sim->server, QStringLiteral("projects"), QStringLiteral("name"),
                                          QStringLiteral("Settlement Letter"))
                               .value(QLatin1StringView("id"))
                               .toString();
        Run r = ctl(server() << QStringLiteral("sync") << QStringLiteral("export") << id << QStringLiteral("--out") << pack
                             << QStringLiteral("--without") << QStringLiteral("users"),
                    "admin");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("1 projects") && r.err.contains("2 contentLibraryItems"), r.err.constData());
        QFile f(pack);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(saved.value(QLatin1StringView("projects")).toArray().size(), 1);
        QVERIFY(saved.value(QLatin1StringView("users")).toArray().isEmpty());

        // The signature is gone here; IfNotExists brings back only that, and says so per part.
        auto &library = m_sim->server->store().documents(QStringLiteral("contentLibraryItems"));
        const auto signature = std::find_if(library.begin(), library.end(), [](const QJsonObject &o) {
            return o.value(QLatin1StringView("name")).toString() == QLatin1String("Signature - Claims Manager");
        });
        QVERIFY(signature != library.end());
        const QJsonObject kept = *signature;
        library.erase(signature);
        r = ctl(server() << QStringLiteral("sync") << QStringLiteral("import") << pack << QStringLiteral("--mode")
                         << QStringLiteral("IfNotExists") << QStringLiteral("--csv"),
                "admin");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("contentLibraryItems,1,0,1,"), r.out.constData()); // created 1, skipped 1
        QVERIFY(r.out.contains("projects,0,0,1,"));
        const auto back = std::find_if(library.begin(), library.end(), [&](const QJsonObject &o) { return o.value(QLatin1StringView("id")) == kept.value(QLatin1StringView("id")); });
        QVERIFY(back != library.end());
        QCOMPARE(back->value(QLatin1StringView("binary")), kept.value(QLatin1StringView("binary")));

        // Bad input is named and nothing is sent.
        const QString broken = dir.filePath(QStringLiteral("broken.iqpkg"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"projects\": [");
        b.close();
        r = ctl(server() << QStringLiteral("sync") << QStringLiteral("import") << broken, "admin");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not a sync package"));
        QCOMPARE(ctl(server() << QStringLiteral("sync") << QStringLiteral("import") << pack << QStringLiteral("--mode")
                              << QStringLiteral("Sometimes"), "admin").code, 2);
        QCOMPARE(ctl(server() << QStringLiteral("sync") << QStringLiteral("export") << QStringLiteral("--out") << pack
                              << QStringLiteral("--without") << QStringLiteral("colours"), "admin").code, 2);
        QCOMPARE(ctl(server() << QStringLiteral("sync") << QStringLiteral("export"), "admin").code, 2); // no --out
    }

    void projectsBackupExportImportRenameHistory()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("backup"));
        Run r = ctl(server() << QStringLiteral("projects") << QStringLiteral("export") << QStringLiteral("--all") << backup, "admin");
        QCOMPARE(r.code, 0);
        const QStringList files = QDir(backup).entryList({QStringLiteral("*.ixpkg")}, QDir::Files);
        QCOMPARE(files.size(), int(m_sim->server->store().documents(QStringLiteral("projects")).size()));
        QVERIFY(r.err.contains("exported"));

        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("list") << QStringLiteral("--csv"), "admin");
        QCOMPARE(r.code, 0);
        QString id;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.contains(",Welcome Email,"))
                id = QString::fromUtf8(line.left(line.indexOf(',')));
        }
        QVERIFY(!id.isEmpty());
        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("history") << id << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        const int versions = int(QJsonDocument::fromJson(r.out).array().size());
        QVERIFY(versions >= 2);
        QCOMPARE(ctl(server() << QStringLiteral("projects") << QStringLiteral("export") << id << QStringLiteral("--version")
                              << QStringLiteral("1.0") << QStringLiteral("--out") << dir.path(), "admin").code, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Welcome Email v1.0.ixpkg"))));

        // Import: refused without --overwrite (exit 6, the reason printed), then a new version.
        const QString package = QDir(backup).filePath(files.filter(QStringLiteral("Welcome Email")).value(0));
        const QString junk = dir.filePath(QStringLiteral("junk.ixpkg"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("junk");
        j.close();
        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("import") << package, "admin");
        QCOMPARE(r.code, 6);
        QVERIFY(r.out.contains("already exists"));
        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("import") << package << junk << QStringLiteral("--overwrite")
                         << QStringLiteral("--comment") << QStringLiteral("from backup"), "admin");
        QCOMPARE(r.code, 2); // the junk file
        QVERIFY(r.out.contains("imported: Welcome Email v"));
        QVERIFY(r.out.contains("junk.ixpkg\tnot imported: not a ZIP"));
        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("history") << id << QStringLiteral("--json"), "admin");
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), versions + 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QLatin1StringView("comment")).toString(), QStringLiteral("from backup"));

        QCOMPARE(ctl(server() << QStringLiteral("projects") << QStringLiteral("rename") << id << QStringLiteral("--name")
                              << QStringLiteral("Welcome Mail"), "admin").code, 0);
        r = ctl(server() << QStringLiteral("projects") << QStringLiteral("get") << id << QStringLiteral("--json"), "admin");
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("name")).toString(), QStringLiteral("Welcome Mail"));
        QCOMPARE(ctl(server() << QStringLiteral("projects") << QStringLiteral("rename") << id, "admin").code, 2);
        QCOMPARE(ctl(server() << QStringLiteral("projects") << QStringLiteral("delete") << id, "admin").code, 0);
        QCOMPARE(ctl(server() << QStringLiteral("projects") << QStringLiteral("get") << id, "admin").code, 6);
    }

    void produceFromTheCommandLine()
    {
        m_sim->server->store().generationMs = 400;
        Run r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("forms") << QStringLiteral("list") << QStringLiteral("--csv"), "enduser");
        QCOMPARE(r.code, 0);
        QString form;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.contains(",Motor Claim,"))
                form = QString::fromUtf8(line.split(',').value(2));
        }
        QVERIFY(!form.isEmpty());
        QTemporaryDir out;
        r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("generate") << form << QStringLiteral("--value")
                                                 << QStringLiteral("customerName=Jo Bloggs") << QStringLiteral("--wait")
                                                 << QStringLiteral("--out") << out.path(),
                "enduser");
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("succeeded"));
        QFile text(out.filePath(QStringLiteral("Motor Claim.txt")));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("customerName: Jo Bloggs"));
        const QString operation = QString::fromUtf8(r.out.split('\t').value(0));
        QTemporaryDir again;
        QCOMPARE(ctl(server(QStringLiteral("enduser")) << QStringLiteral("outputs") << operation << QStringLiteral("--out") << again.path(), "enduser").code, 0);
        QVERIFY(QFile::exists(again.filePath(QStringLiteral("Motor Claim.docx"))));
        // A failing generation: the server's reason and exit 6.
        r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("generate") << form << QStringLiteral("--value")
                                                 << QStringLiteral("failGeneration=no printer") << QStringLiteral("--wait"), "enduser");
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains("no printer"));

        r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("tasks") << QStringLiteral("list") << QStringLiteral("--json"), "enduser");
        QCOMPARE(r.code, 0);
        const QJsonArray tasks = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!tasks.isEmpty());
        QString refuses;
        for (const auto &t : tasks) {
            if (t.toObject().value(QLatin1StringView("assignedType")).toString() == QLatin1String("User")
                && !t.toObject().value(QLatin1StringView("allowCancellation")).toBool())
                refuses = t.toObject().value(QLatin1StringView("id")).toString();
        }
        if (!refuses.isEmpty()) {
            r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("tasks") << QStringLiteral("cancel") << refuses, "enduser");
            QCOMPARE(r.code, 6);
            QVERIFY(r.err.contains("does not allow cancellation"));
        }
        const QString first = tasks.at(0).toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(ctl(server(QStringLiteral("enduser")) << QStringLiteral("tasks") << QStringLiteral("submit") << first, "enduser").code, 0);

        r = ctl(server(QStringLiteral("enduser")) << QStringLiteral("prepareform") << form << QStringLiteral("--value")
                                                 << QStringLiteral("customerName=Mia") << QStringLiteral("--in-progress"), "enduser");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("/Produce/wizard/"));
        QCOMPARE(ctl(server(QStringLiteral("enduser")) << QStringLiteral("inprogress") << QStringLiteral("list"), "enduser").code, 0);

        // The administrator's side.
        r = ctl(server() << QStringLiteral("workflow") << QStringLiteral("list") << QStringLiteral("--json"), "admin");
        QCOMPARE(r.code, 0);
        QString live;
        for (const auto &w : QJsonDocument::fromJson(r.out).array()) {
            if (w.toObject().value(QLatin1StringView("status")).toString() == QLatin1String("InProgress"))
                live = w.toObject().value(QLatin1StringView("id")).toString();
        }
        QCOMPARE(ctl(server() << QStringLiteral("workflow") << QStringLiteral("reassign") << live << QStringLiteral("--to")
                              << QStringLiteral("Finance") << QStringLiteral("--notify"), "admin").code, 0);
        QCOMPARE(ctl(server() << QStringLiteral("workflow") << QStringLiteral("abort") << live, "admin").code, 0);
        r = ctl(server() << QStringLiteral("workflow") << QStringLiteral("abort") << live, "admin");
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains("only one in progress"));
        QCOMPARE(ctl(server() << QStringLiteral("workflow") << QStringLiteral("reassign") << live, "admin").code, 2); // --to missing
        QCOMPARE(ctl(server(QStringLiteral("enduser")) << QStringLiteral("workflow") << QStringLiteral("list"), "enduser").code, 3);
    }

    void aOneShotTokenIsLoggedOffAgain()
    {
        const int before = m_sim->server->store().tokenCount();
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("get") << QStringLiteral("--name") << QStringLiteral("admin"), "admin").code, 0);
        QCOMPARE(m_sim->server->store().tokenCount(), before);
    }

    void loginRemembersAndLogoutForgets()
    {
        if (qEnvironmentVariableIsEmpty("INFINITI_TEST_KEYRING"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh");
        const Run login = ctl(server() << QStringLiteral("login"), "admin");
        QCOMPARE(login.code, 0);
        QVERIFY(login.err.contains("Signed in"));
        QVERIFY(!login.out.contains("admin\n")); // nothing secret on stdout
        const int tokens = m_sim->server->store().tokenCount();
        const Run reuse = ctl(server() << QStringLiteral("users") << QStringLiteral("get") << QStringLiteral("--name")
                                       << QStringLiteral("admin") << QStringLiteral("--json"));
        QCOMPARE(reuse.code, 0);
        QCOMPARE(m_sim->server->store().tokenCount(), tokens); // the remembered token, no new login
        QCOMPARE(ctl(server() << QStringLiteral("logout")).code, 0);
        QCOMPARE(m_sim->server->store().tokenCount(), tokens - 1);
        QCOMPARE(ctl(server() << QStringLiteral("users") << QStringLiteral("list")).code, 3);
    }
};

QTEST_GUILESS_MAIN(CtlTest)
#include "tst_ctl.moc"
