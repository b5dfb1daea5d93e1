// The Client module and workflow on the emulator: every vendor example body accepted at its
// endpoint; tasks and their not-allowed paths; answer files; generation through to a real
// .docx with the values; a failing and a cancelled generation; 405 on deleting a running one;
// prepare form; project results; a bad-input sweep.
#include "api/DownloadJob.h"
#include "formats/Docx.h"
#include "RunJob.h"
#include "SimFixture.h"
#include "TestRequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

class SimClientTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_user;

    DownloadJob *send(QByteArray method, QByteArray path, QByteArray body = {},
                      Session *as = nullptr, ApiModule module = ApiModule::Client)
    {
        return sendRequest(as ? as : m_user.get(), std::move(method), path, std::move(body), this,
                           module);
    }
    DownloadJob *admin(QByteArray method, QByteArray path, QByteArray body = {})
    {
        return send(std::move(method), std::move(path), std::move(body), m_admin.get(),
                    ApiModule::Admin);
    }
    static QByteArray example(const QString &name) { return exampleBody(name); }
    static QByteArray idOf(ApiJob *job)
    {
        return job->json().object().value("id"_L1).toString().toUtf8();
    }
    QByteArray aForm()
    {
        const QJsonArray folders =
            send("GET", "forms")->json().object().value("folders"_L1).toArray();
        for (const auto &f : folders) {
            for (const auto &form : f.toObject().value("forms"_L1).toArray()) {
                if (form.toObject().value("name"_L1).toString() == "Motor Claim"_L1)
                    return form.toObject().value("id"_L1).toString().toUtf8();
            }
        }
        return {};
    }
    QJsonObject waitForOperation(const QByteArray &id)
    {
        QJsonObject op;
        (void)QTest::qWaitFor(
            [&] {
                op = send("GET", "operations/" + id)->json().object();
                const QString s = op.value("status"_L1).toString();
                return s != "notStarted"_L1 && s != "running"_L1;
            },
            10000);
        return op;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(30);
        m_sim->server->store().generationMs = 600;
        m_admin = m_sim->signedInSession();
        m_user = m_sim->signedInSession(u"enduser"_s, u"enduser"_s);
    }

    void everyVendorExampleIsAccepted()
    {
        const QByteArray form =
            "597ec154-d49c-421b-9232-a385782daae6"; // the vendor's own publish id, seeded
        const QByteArray group = admin("POST", "groups", "{\"name\":\"For the example\"}")
                                     ->json()
                                     .object()
                                     .value("id"_L1)
                                     .toString()
                                     .toUtf8();
        QByteArray task;
        for (const auto &t : send("GET", "workflow", {}, m_admin.get())
                                 ->json()
                                 .object()
                                 .value("workflows"_L1)
                                 .toArray()) {
            if (t.toObject().value("allowReassign"_L1).toBool())
                task = t.toObject().value("id"_L1).toString().toUtf8();
        }
        QVERIFY(!task.isEmpty());
        const QByteArray inProgress =
            idOf(send("POST", "inprogressanswerfiles",
                      example(u"client-inprogressanswerfiles-post.request.json"_s)));
        struct Case
        {
            const char *file;
            QByteArray method, path;
            ApiModule module;
            Session *as;
        };
        const QList<Case> cases = {
            {"client-login-forms-post.request.json", "POST", "login/forms", ApiModule::Client,
             nullptr},
            {"admin-login-forms-post.request.json", "POST", "login/forms", ApiModule::Admin,
             nullptr},
            {"client-generate-post-options.request.json", "POST", "generate/" + form,
             ApiModule::Client, m_user.get()},
            {"client-generate-post-values.request.json", "POST", "generate/" + form,
             ApiModule::Client, m_user.get()},
            {"client-generate-post-data.request.json", "POST", "generate/" + form,
             ApiModule::Client, m_user.get()},
            {"client-generate-post-answerfile.request.json", "POST", "generate/" + form,
             ApiModule::Client, m_user.get()},
            {"client-prepareform-post.request.json", "POST", "prepareform/" + form,
             ApiModule::Client, m_user.get()},
            {"client-workflow-reassign-post.request.json", "POST", "workflow/" + task + "/reassign",
             ApiModule::Client, m_admin.get()},
            {"client-answerfiles-post.request.json", "POST", "answerfiles", ApiModule::Client,
             m_user.get()},
            {"client-inprogressanswerfiles-post.request.json", "POST", "inprogressanswerfiles",
             ApiModule::Client, m_user.get()},
            {"client-inprogressanswerfiles-patch.request.json", "PATCH",
             "inprogressanswerfiles/" + inProgress, ApiModule::Client, m_user.get()},
            {"admin-users-post.request.json", "POST", "users", ApiModule::Admin, m_admin.get()},
            {"admin-users-patch.request.json", "PATCH", "users/{created}", ApiModule::Admin,
             m_admin.get()}, // the user just posted
            {"admin-groups-post.request.json", "POST", "groups", ApiModule::Admin, m_admin.get()},
            {"admin-groups-patch.request.json", "PATCH", "groups/" + group, ApiModule::Admin,
             m_admin.get()},
            {"admin-contentfolders-post.request.json", "POST", "contentfolders", ApiModule::Admin,
             m_admin.get()},
            {"admin-customfields-post.request.json", "POST", "customFields", ApiModule::Admin,
             m_admin.get()},
            {"admin-datasources-post.request.json", "POST", "datasources", ApiModule::Admin,
             m_admin.get()},
            {"admin-communicationtemplates-post.request.json", "POST", "communicationTemplates",
             ApiModule::Admin, m_admin.get()},
            {"admin-projects-sync-import-post.request.json", "POST", "projects/sync/import",
             ApiModule::Admin, m_admin.get()}, // brings the project the export names
            {"admin-projects-sync-export-post.request.json", "POST", "projects/sync/export",
             ApiModule::Admin, m_admin.get()},
        };
        QStringList covered;
        QByteArray createdUser;
        for (const Case &c : cases) {
            QByteArray body = example(QString::fromLatin1(c.file));
            QVERIFY2(!body.isEmpty(), c.file);
            if (QByteArray(c.file).contains("login"))
                body.replace("insertPassword", "admin")
                    .replace("yourPassword", "admin"); // placeholders for the password
            ApiRequest r;
            r.method = c.method;
            r.module = c.module;
            r.encodedPath = QByteArray(c.path).replace("{created}", createdUser);
            r.body = body;
            r.contentType = "application/json";
            r.authenticated = c.as != nullptr;
            Session anonymous(m_sim->profile());
            auto *job = new DownloadJob(c.as ? c.as : &anonymous, r, this);
            runJob(job);
            QVERIFY2(job->httpStatus() >= 200 && job->httpStatus() < 300,
                     qPrintable(u"%1 → %2 %3"_s.arg(QLatin1String(c.file))
                                    .arg(job->httpStatus())
                                    .arg(QString::fromUtf8(job->body().left(300)))));
            if (QByteArray(c.file) == "admin-users-post.request.json")
                createdUser = idOf(job);
            covered << QString::fromLatin1(c.file);
        }
        // The PATCH bodies of folders, library, custom fields, connectors, templates and data
        // sources are covered by tst_sim_settings and tst_sim_library; the rest are here.
        const QStringList elsewhere = {u"admin-contentfolders-patch.request.json"_s,
                                       u"admin-contentlibrary-patch.request.json"_s,
                                       u"admin-customfields-patch.request.json"_s,
                                       u"admin-connectorsettings-patch.request.json"_s,
                                       u"admin-communicationtemplates-patch.request.json"_s,
                                       u"admin-datasources-patch.request.json"_s,
                                       u"client-login-response.json"_s};
        for (const QString &file :
             QDir(QStringLiteral(INFINITI_EXAMPLES_DIR)).entryList({u"*.json"_s}, QDir::Files))
            QVERIFY2(covered.contains(file) || elsewhere.contains(file),
                     qPrintable(file + u" is not sent anywhere"_s));
    }

    void tasksAndWhatTheyAllow()
    {
        const QJsonArray tasks =
            send("GET", "workflow")->json().object().value("workflows"_L1).toArray();
        QVERIFY(tasks.size() >= 3);
        QByteArray cancellable, notCancellable, groupLocked;
        for (const auto &t : tasks) {
            const QJsonObject o = t.toObject();
            for (const char *key : {"id", "assignedDateTime", "assignedBy", "assignedType",
                                    "publishId", "locked", "projectName", "stateName",
                                    "allowCancellation", "allowReassign", "allowUnlock", "dueUtc"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            if (o.value("assignedType"_L1).toString() == "User"_L1 &&
                o.value("allowCancellation"_L1).toBool())
                cancellable = o.value("id"_L1).toString().toUtf8();
            if (o.value("assignedType"_L1).toString() == "User"_L1 &&
                !o.value("allowCancellation"_L1).toBool())
                notCancellable = o.value("id"_L1).toString().toUtf8();
            if (o.value("allowUnlock"_L1).toBool())
                groupLocked = o.value("id"_L1).toString().toUtf8();
        }
        QVERIFY(!cancellable.isEmpty() && !notCancellable.isEmpty());
        auto *refused = send("DELETE", "workflow/" + notCancellable);
        QCOMPARE(refused->httpStatus(), 400);
        QVERIFY(refused->error().serverMessage().contains(u"does not allow cancellation"_s));
        QCOMPARE(send("DELETE", "workflow/" + cancellable)->httpStatus(), 204);
        QCOMPARE(send("GET", "workflow/" + cancellable)->httpStatus(), 404); // no longer a task
        if (!groupLocked.isEmpty()) {
            QCOMPARE(send("PATCH", "workflow/" + groupLocked)->httpStatus(), 204);
            QCOMPARE(send("PATCH", "workflow/" + groupLocked)->httpStatus(),
                     400); // not locked any more
        }
        QCOMPARE(send("PATCH", "workflow/" + notCancellable)->httpStatus(),
                 400); // not a group task
        // Submit moves it on; at the last state it completes and leaves the list.
        QByteArray id = notCancellable;
        for (int i = 0; i < 6 && send("GET", "workflow/" + id)->httpStatus() == 200; ++i)
            QCOMPARE(send("POST", "workflow/" + id + "/submit")->httpStatus(), 204);
        QCOMPARE(send("GET", "workflow/" + id)->httpStatus(), 404);
        QCOMPARE(admin("GET", "workflow/" + id)->json().object().value("status"_L1).toString(),
                 u"Completed"_s);
    }

    void adminWorkflowAbortReassignRevert()
    {
        const QJsonArray all = admin("GET", "workflow?status=InProgress")
                                   ->json()
                                   .object()
                                   .value("workflows"_L1)
                                   .toArray();
        QVERIFY(all.size() >= 5);
        for (const auto &w : all)
            QCOMPARE(w.toObject().value("status"_L1).toString(), u"InProgress"_s);
        auto page = admin("GET", "workflow?$top=5");
        QCOMPARE(page->json().object().value("workflows"_L1).toArray().size(), 5);
        QVERIFY(page->json().object().contains("@nextLink"_L1));
        const QByteArray a = all.at(0).toObject().value("id"_L1).toString().toUtf8();
        const QByteArray b = all.at(1).toObject().value("id"_L1).toString().toUtf8();
        QCOMPARE(admin("POST", "workflow/" + a + "/reassign",
                       "{\"assignToName\":\"Finance\",\"comment\":\"Over to "
                       "you\",\"sendNotification\":true}")
                     ->httpStatus(),
                 204);
        const QJsonObject moved = admin("GET", "workflow/" + a)->json().object();
        QCOMPARE(moved.value("assignedTo"_L1).toString(), u"Finance"_s);
        QCOMPARE(moved.value("assignedType"_L1).toString(), u"Group"_s);
        QCOMPARE(
            admin("POST", "workflow/" + a + "/reassign", "{\"assignToName\":\"nobody-at-all\"}")
                ->httpStatus(),
            400);
        QCOMPARE(admin("POST", "workflow/" + a + "/reassign", "{}")->httpStatus(), 400);
        QCOMPARE(admin("DELETE", "workflow/" + b)->httpStatus(), 204);
        QCOMPARE(admin("GET", "workflow/" + b)->json().object().value("status"_L1).toString(),
                 u"Aborted"_s);
        QCOMPARE(admin("DELETE", "workflow/" + b)->httpStatus(), 409);
        QCOMPARE(admin("POST", "workflow/" + b + "/revert")->httpStatus(), 409);
        // Revert until the first state, then 400.
        int reverted = 0;
        while (admin("POST", "workflow/" + a + "/revert")->httpStatus() == 204)
            ++reverted;
        QCOMPARE(admin("POST", "workflow/" + a + "/revert")->httpStatus(), 400);
        QCOMPARE(send("GET", "workflow", {}, m_user.get(), ApiModule::Admin)->httpStatus(), 403);
    }

    void answerFilesCrud()
    {
        const QByteArray form = aForm();
        QVERIFY(!form.isEmpty());
        auto *made = send(
            "POST", "answerfiles",
            QJsonDocument(QJsonObject{{"description"_L1, u"Mine"_s},
                                      {"publishId"_L1, QString::fromUtf8(form)},
                                      {"answerXml"_L1, u"<AnswerFile><a>1</a></AnswerFile>"_s}})
                .toJson());
        QCOMPARE(made->httpStatus(), 201);
        const QByteArray id = idOf(made);
        QVERIFY(made->rawHeader("Location").endsWith(QByteArray("answerfiles/" + id)));
        const QJsonArray list =
            send("GET", "answerfiles")->json().object().value("answerFiles"_L1).toArray();
        QCOMPARE(list.at(0).toObject().value("id"_L1).toString().toUtf8(), id); // newest first
        QVERIFY(!list.at(0).toObject().contains("answerXml"_L1));
        QCOMPARE(send("GET", "answerfiles/" + id)->json().object().value("answerXml"_L1).toString(),
                 u"<AnswerFile><a>1</a></AnswerFile>"_s);
        QCOMPARE(send("PATCH", "answerfiles/" + id, "{\"description\":\"Renamed\"}")
                     ->json()
                     .object()
                     .value("description"_L1)
                     .toString(),
                 u"Renamed"_s);
        QCOMPARE(
            send("PATCH", "answerfiles/" + id, "{\"answerXml\":\"<AnswerFile>\"}")->httpStatus(),
            400);
        // Someone else's answer files are not visible.
        QCOMPARE(send("GET", "answerfiles/" + id, {}, m_admin.get())->httpStatus(), 404);
        QCOMPARE(send("DELETE", "answerfiles/" + id)->httpStatus(), 204);
        QCOMPARE(send("GET", "answerfiles/" + id)->httpStatus(), 404);
    }

    void generationThroughToADocx()
    {
        const QByteArray form = aForm();
        auto *started =
            send("POST", "generate/" + form,
                 "{\"values\":{\"customerName\":\"Olivia Smith\",\"claimNumber\":\"C-1234\"}}");
        QCOMPARE(started->httpStatus(), 202);
        QCOMPARE(started->rawHeader("Retry-After"), QByteArray("1"));
        QCOMPARE(started->json().object().value("status"_L1).toString(), u"notStarted"_s);
        const QByteArray location = started->rawHeader("Location");
        QVERIFY(location.contains("/api/v1/client/operations/"));
        const QByteArray opId = location.mid(location.lastIndexOf('/') + 1);
        const QByteArray runId = started->json().object().value("runId"_L1).toString().toUtf8();
        QCOMPARE(send("GET", "operations?runid=" + runId)
                     ->json()
                     .object()
                     .value("id"_L1)
                     .toString()
                     .toUtf8(),
                 opId);
        const QJsonObject done = waitForOperation(opId);
        QCOMPARE(done.value("status"_L1).toString(), u"succeeded"_s);
        QVERIFY(done.contains("finishedUtc"_L1));
        const QString output = done.value("resourceLocation"_L1).toString();
        QVERIFY(output.contains(u"/generatedoutput/"_s));
        const QByteArray outputId = output.section(QLatin1Char('/'), -1).toUtf8();
        const QJsonArray files =
            send("GET", "generatedoutput/" + outputId)->json().object().value("files"_L1).toArray();
        QCOMPARE(files.size(), 2);
        QByteArray docxId;
        for (const auto &f : files) {
            if (f.toObject().value("extension"_L1).toString() == "docx"_L1)
                docxId = f.toObject().value("id"_L1).toString().toUtf8();
        }
        auto *file =
            send("GET", "generatedoutput/" + outputId + "/file/" + docxId + "?extension=.docx");
        QCOMPARE(file->httpStatus(), 200);
        QVERIFY(file->rawHeader("Content-Type").contains("wordprocessingml"));
        QCOMPARE(file->suggestedFileName(), u"Motor Claim.docx"_s);
        const auto text = Docx::paragraphs(file->body());
        QVERIFY(text);
        QVERIFY(text->contains(u"customerName: Olivia Smith"_s));
        QVERIFY(text->contains(u"claimNumber: C-1234"_s));
        QCOMPARE(send("GET", "generatedoutput/" + outputId + "/file/" + docxId + "?extension=.pdf")
                     ->httpStatus(),
                 404);
        QCOMPARE(send("GET", "generatedoutput/" + outputId, {}, m_admin.get())->httpStatus(),
                 404); // not theirs
    }

    void failingCancelledAndRunningGenerations()
    {
        const QByteArray form = aForm();
        auto *failing = send("POST", "generate/" + form,
                             "{\"values\":{\"failGeneration\":\"the printer is on fire\"}}");
        const QJsonObject failed = waitForOperation(idOf(failing));
        QCOMPARE(failed.value("status"_L1).toString(), u"failed"_s);
        QVERIFY(failed.value("message"_L1).toString().contains(u"printer is on fire"_s));
        QVERIFY(!failed.contains("resourceLocation"_L1));

        m_sim->server->store().generationMs = 3000;
        auto *early = send("POST", "generate/" + form, "{}");
        QCOMPARE(send("DELETE", "operations/" + idOf(early))->httpStatus(), 204);
        QCOMPARE(
            send("GET", "operations/" + idOf(early))->json().object().value("status"_L1).toString(),
            u"cancelled"_s);
        auto *running = send("POST", "generate/" + form, "");
        QTest::qWait(1100); // past the first third: running
        QCOMPARE(send("GET", "operations/" + idOf(running))
                     ->json()
                     .object()
                     .value("status"_L1)
                     .toString(),
                 u"running"_s);
        auto *refused = send("DELETE", "operations/" + idOf(running));
        QCOMPARE(refused->httpStatus(), 405);
        QCOMPARE(refused->rawHeader("Allow"), QByteArray("GET"));
        m_sim->server->store().generationMs = 600;
    }

    void prepareFormAndImpersonation()
    {
        const QByteArray form = aForm();
        auto *prepared = send("POST", "prepareform/" + form,
                              "{\"options\":{\"createInProgress\":true,\"saveDescription\":"
                              "\"Prefilled\"},\"values\":{\"customerName\":\"Jo\"}}");
        QCOMPARE(prepared->httpStatus(), 201);
        QVERIFY(prepared->rawHeader("Location").contains("/Produce/wizard/"));
        const QByteArray inProgress =
            prepared->json().object().value("inProgressAnswerFileId"_L1).toString().toUtf8();
        QVERIFY(send("GET", "inprogressanswerfiles/" + inProgress)
                    ->json()
                    .object()
                    .value("answerXml"_L1)
                    .toString()
                    .contains(u"Jo"_s));
        QCOMPARE(send("POST", "prepareform/not-a-form", "{}")->httpStatus(), 404);
    }

    void projectResults()
    {
        const QJsonArray projects =
            admin("GET", "projects")->json().object().value("projects"_L1).toArray();
        int total = 0;
        for (const auto &p : projects) {
            auto *all =
                admin("GET", "projectResults/" + p.toObject().value("id"_L1).toString().toUtf8());
            QCOMPARE(all->httpStatus(), 200);
            const int n = int(all->json().object().value("results"_L1).toArray().size());
            total += n;
            const int completed =
                int(admin("GET", "projectResults/" +
                                     p.toObject().value("id"_L1).toString().toUtf8() + "?state=1")
                        ->json()
                        .object()
                        .value("results"_L1)
                        .toArray()
                        .size());
            const int running =
                int(admin("GET", "projectResults/" +
                                     p.toObject().value("id"_L1).toString().toUtf8() + "?state=2")
                        ->json()
                        .object()
                        .value("results"_L1)
                        .toArray()
                        .size());
            QCOMPARE(completed + running, n);
        }
        QVERIFY(total >= 60);
        QCOMPARE(admin("GET", "projectResults/x?state=7")->httpStatus(), 400);
    }

    void badInputSweep_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("generate: not json")
            << QByteArray("POST") << QByteArray("generate/597ec154-d49c-421b-9232-a385782daae6")
            << QByteArray("{oops") << 400;
        QTest::newRow("generate: values not an object")
            << QByteArray("POST") << QByteArray("generate/597ec154-d49c-421b-9232-a385782daae6")
            << QByteArray("{\"values\":[1]}") << 400;
        QTest::newRow("generate: bad answer file")
            << QByteArray("POST") << QByteArray("generate/597ec154-d49c-421b-9232-a385782daae6")
            << QByteArray("{\"answerFile\":\"<a>\"}") << 400;
        QTest::newRow("generate: data not an array")
            << QByteArray("POST") << QByteArray("generate/597ec154-d49c-421b-9232-a385782daae6")
            << QByteArray("{\"data\":\"x\"}") << 400;
        QTest::newRow("generate: unknown form")
            << QByteArray("POST") << QByteArray("generate/nope") << QByteArray("{}") << 404;
        QTest::newRow("answer file: no xml")
            << QByteArray("POST") << QByteArray("answerfiles")
            << QByteArray("{\"publishId\":\"597ec154-d49c-421b-9232-a385782daae6\"}") << 400;
        QTest::newRow("answer file: no form")
            << QByteArray("POST") << QByteArray("answerfiles")
            << QByteArray("{\"answerXml\":\"<a/>\",\"publishId\":\"nope\"}") << 400;
        QTest::newRow("in progress: bad date")
            << QByteArray("POST") << QByteArray("inprogressanswerfiles")
            << QByteArray("{\"answerXml\":\"<a/"
                          ">\",\"publishId\":\"597ec154-d49c-421b-9232-a385782daae6\",\"runDate\":"
                          "\"yesterday\"}")
            << 400;
        QTest::newRow("operations without runid")
            << QByteArray("GET") << QByteArray("operations") << QByteArray() << 400;
        QTest::newRow("unknown operation")
            << QByteArray("GET") << QByteArray("operations/nope") << QByteArray() << 404;
        QTest::newRow("unknown task")
            << QByteArray("POST") << QByteArray("workflow/nope/submit") << QByteArray() << 404;
        QTest::newRow("wrong method")
            << QByteArray("PUT") << QByteArray("answerfiles") << QByteArray("{}") << 405;
        QTest::newRow("unknown route")
            << QByteArray("GET") << QByteArray("nothing/here") << QByteArray() << 404;
    }

    void badInputSweep()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const size_t ops = m_sim->server->store().documents(u"operations"_s).size();
        auto *job = send(method, path, body);
        QCOMPARE(job->httpStatus(), status);
        QVERIFY(job->json().object().contains("message"_L1));
        QCOMPARE(m_sim->server->store().documents(u"operations"_s).size(), ops); // nothing started
    }
};

QTEST_GUILESS_MAIN(SimClientTest)
#include "tst_sim_client.moc"
