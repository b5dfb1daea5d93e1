// Streamed uploads (issue #15): a project import's body is made from the file while it is sent
// (Base64FileBody) instead of in memory. It must be byte for byte the body built in memory,
// reach the server whole (real .NET-written packages too), go again from its start when a
// re-sign-in parked it, and fail loudly — never send a different package — when the file
// changes, grows, shrinks or vanishes before or while it is sent. The other way, a download
// with saveAs() goes to its file as it arrives (no answer-size bound, nothing in memory) and a
// failed or refused one leaves no file.
#include "api/ApiJob.h"
#include "api/Base64FileBody.h"
#include "api/DownloadJob.h"
#include "api/endpoints/ProjectsEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/Session.h"
#include "formats/Zip.h"
#include "RawHttpResponder.h"
#include "RawProfile.h"
#include "RunJob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;
using test::profileFor;
using test::RawHttpResponder;

namespace {
constexpr qint64 kBlock = 3 * 64 * 1024; // Base64FileBody's block of file bytes

QByteArray noise(qint64 size, quint32 seed)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

ProjectsEndpoints::ImportOptions someOptions()
{
    ProjectsEndpoints::ImportOptions o;
    o.comment = u"Größe \"quoted\""_s;
    o.overwriteProjects = true;
    o.folderName = u"Forms"_s;
    return o;
}

} // namespace

// A server that takes a connection but reads nothing until drain(): the client's writes stall
// once the kernel's buffers are full, so a test can change the file in the middle of a send.
// Outside the anonymous namespace: lambdas in the test class capture it (gcc's
// -Wsubobject-linkage).
class StallingServer : public QTcpServer
{
public:
    StallingServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                m_sockets << s;
        });
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    void drain()
    {
        for (QTcpSocket *s : std::as_const(m_sockets)) {
            s->readAll();
            connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
        }
    }

private:
    QList<QTcpSocket *> m_sockets;
};

class UploadTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void anOverwriteNamesTheProjectsItOverwrites()
    {
        // Contract 4.1: "when overwriting: id = project GUID to overwrite". A rename asked for
        // the same project stays as it is.
        ProjectsEndpoints::ImportOptions o;
        o.projects.append(QJsonObject{{"id"_L1, u"P2"_s}, {"name"_L1, u"Copy"_s}});
        o.overwrite({u"p1"_s, u"p2"_s, QString()});
        QVERIFY(o.overwriteProjects);
        const QJsonObject body =
            QJsonDocument::fromJson(ProjectsEndpoints::importPackageBytes("PK", o).body).object();
        QCOMPARE(body.value("overwriteProjects"_L1), QJsonValue(true));
        QCOMPARE(body.value("projects"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"id"_L1, u"P2"_s}, {"name"_L1, u"Copy"_s}},
                             QJsonObject{{"id"_L1, u"p1"_s}}}));
    }

    void theStreamedBodyIsTheBodyBuiltInMemory_data()
    {
        QTest::addColumn<qint64>("size");
        for (const qint64 size : {qint64(0), qint64(1), qint64(2), qint64(3), qint64(4), kBlock - 1,
                                  kBlock, kBlock + 1, 2 * kBlock + 2, qint64(1024 * 1024 + 7)})
            QTest::addRow("%lld bytes", size) << size;
    }

    void theStreamedBodyIsTheBodyBuiltInMemory()
    {
        QFETCH(qint64, size);
        const QByteArray package = noise(size, quint32(size) + 1);
        const QString path = m_dir.filePath(u"p%1.ixpkg"_s.arg(size));
        QVERIFY(writeFile(path, package));
        const QByteArray expected =
            ProjectsEndpoints::importPackageBytes(package, someOptions()).body;

        QString error;
        const auto request = ProjectsEndpoints::importPackage(path, someOptions(), &error);
        QVERIFY2(request && request->upload, qPrintable(error));
        QVERIFY(request->body.isEmpty()); // nothing of it in memory
        QCOMPARE(request->upload->size(), expected.size());
        std::unique_ptr<UploadDevice> device(request->upload->open(nullptr, &error));
        QVERIFY2(device, qPrintable(error));
        QVERIFY(!device->isSequential());
        QCOMPARE(device->size(), expected.size());

        // Read in uneven pieces, as Qt pulls it.
        QByteArray got;
        QRandomGenerator random(7);
        while (!device->atEnd()) {
            const QByteArray piece = device->read(1 + random.bounded(70000));
            QVERIFY(!piece.isEmpty());
            got += piece;
        }
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);

        // Qt's resend seeks back to the start; any position reads what is there.
        for (int i = 0; i < 20; ++i) {
            const qint64 at = random.bounded(expected.size() + 1);
            QVERIFY(device->seek(at));
            QCOMPARE(device->read(5000), expected.mid(at, 5000));
        }
        QVERIFY(device->seek(0));
        QVERIFY(device->readAll() == expected);
        QVERIFY(device->problem().isEmpty());
    }

    void theServerGetsTheWholeBody_data()
    {
        QTest::addColumn<QString>("file");
        const QString fixtures = QStringLiteral(INFINITI_FIXTURES_DIR);
        // The vendor's own packages (.NET: data descriptors) and packages written the way .NET
        // writes them (ZIP64 extra fields and end records, streamed entries).
        QTest::newRow("vendor: DocuSign")
            << fixtures + u"/vendor-packages/DocuSign Baseline Project.ixpkg"_s;
        QTest::newRow("vendor: AnswerLabels")
            << fixtures + u"/vendor-packages/Generate-AnswerLabels (NamedValuePairs).ixpkg"_s;
        QTest::newRow(".NET style, ZIP64 end") << fixtures + u"/zip/dotnet-style-zip64-end.ixpkg"_s;
        QTest::newRow("python, streamed") << fixtures + u"/zip/python-streamed.ixpkg"_s;
        QTest::newRow("1 MiB of noise") << QString();
    }

    void theServerGetsTheWholeBody()
    {
        QFETCH(QString, file);
        if (file.isEmpty()) {
            file = m_dir.filePath(u"noise.ixpkg"_s);
            QVERIFY(writeFile(file, noise(1024 * 1024 + 1, 99)));
        }
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray expected =
            ProjectsEndpoints::importPackageBytes(f.readAll(), someOptions()).body;

        RawHttpResponder server([](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(
                201, R"({"projects":[{"id":"p1","name":"X","version":"1"}]})");
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        QString error;
        const auto request = ProjectsEndpoints::importPackage(file, someOptions(), &error);
        QVERIFY2(request, qPrintable(error));
        ApiJob job(&session, *request);
        QVERIFY(test::runJob(&job, 60000));
        QVERIFY2(job.succeeded(), qPrintable(job.error().message()));
        QCOMPARE(server.requests.size(), 1);
        const auto &sent = server.requests.at(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.header("Content-Length"), QByteArray::number(expected.size()));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.body.size(), expected.size());
        QVERIFY(sent.body == expected);
    }

    void anImportParkedForASignInGoesWholeAfterIt()
    {
        // The console: a 401 parks what is sent next until the user signs in again; the parked
        // import is then sent from its start with a device of its own.
        int usersAsked = 0;
        RawHttpResponder server([&usersAsked](const RawHttpResponder::Request &r) {
            if (r.method == "GET" && ++usersAsked == 1)
                return RawHttpResponder::answer(401, R"({"message":"expired"})");
            if (r.method == "GET")
                return RawHttpResponder::answer(200, R"({"id":"1","username":"a"})");
            return RawHttpResponder::answer(201, R"({"projects":[]})");
        });
        Session session(profileFor(server.origin()));
        session.setReauthenticationEnabled(true);
        session.setToken(u"old"_s, u"admin"_s);
        QSignalSpy asked(&session, &Session::reauthenticationRequired);
        auto *read = new ApiJob(&session, UsersEndpoints::get(u"1"_s));
        read->setAutoDelete(false);
        read->start();
        QVERIFY(asked.wait(10000));
        QCOMPARE(session.state(), Session::State::Reauthenticating);

        const QString path = m_dir.filePath(u"parked.ixpkg"_s);
        const QByteArray package = noise(3 * kBlock + 5, 3);
        QVERIFY(writeFile(path, package));
        QString error;
        const auto request = ProjectsEndpoints::importPackage(path, someOptions(), &error);
        QVERIFY(request);
        ApiJob upload(&session, *request);
        upload.setAutoDelete(false);
        QSignalSpy done(&upload, &ApiJob::finished);
        upload.start();
        QTest::qWait(300);
        QCOMPARE(done.count(), 0); // parked, nothing sent
        QCOMPARE(server.requests.size(), 1);

        session.setToken(u"new"_s, u"admin"_s);
        QVERIFY(done.wait(20000));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().message()));
        const QByteArray expected =
            ProjectsEndpoints::importPackageBytes(package, someOptions()).body;
        bool found = false;
        for (const auto &r : std::as_const(server.requests)) {
            if (r.method != "POST")
                continue;
            found = true;
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer new"));
            QVERIFY(r.body == expected);
        }
        QVERIFY(found);
        delete read;
    }

    void aFileChangedBeforeItIsSentIsNotSent()
    {
        const QString path = m_dir.filePath(u"before.ixpkg"_s);
        QVERIFY(writeFile(path, noise(5000, 5)));
        QString error;
        const auto request = ProjectsEndpoints::importPackage(path, someOptions(), &error);
        QVERIFY(request);
        QVERIFY(writeFile(path, noise(4000, 5))); // replaced by a smaller one

        RawHttpResponder server(
            [](const RawHttpResponder::Request &) { return RawHttpResponder::answer(201, "{}"); });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        ApiJob job(&session, *request);
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::LocalFile);
        QVERIFY2(job.error().message().contains(u"before.ixpkg"_s),
                 qPrintable(job.error().message()));
        QVERIFY2(job.error().message().contains(u"changed size after it was read"_s),
                 qPrintable(job.error().message()));
        QVERIFY2(job.error().message().contains(u"nothing was sent"_s),
                 qPrintable(job.error().message()));
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 0);
    }

    void aFileThatChangesWhileItIsSentFailsLoudly_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("says");
        QTest::newRow("shrinks") << u"shrink"_s << u"changed size"_s;
        QTest::newRow("grows") << u"grow"_s << u"changed size"_s;
        QTest::newRow("removed") << u"remove"_s << u"was removed"_s;
        QTest::newRow("rewritten in place") << u"rewrite"_s << u"was changed"_s;
    }

    void aFileThatChangesWhileItIsSentFailsLoudly()
    {
        QFETCH(QString, change);
        QFETCH(QString, says);
        // Larger than the kernel's socket buffers: the upload is still going when it changes.
        constexpr qint64 kSize = 24 * 1024 * 1024;
        const QString path = m_dir.filePath(u"changing-%1.ixpkg"_s.arg(change));
        QVERIFY(writeFile(path, noise(kSize, 11)));
        QString error;
        const auto request = ProjectsEndpoints::importPackage(path, someOptions(), &error);
        QVERIFY(request);

        StallingServer server;
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        ApiJob job(&session, *request);
        bool changed = false;
        connect(&job, &ApiJob::progress, this, [&](qint64 done, qint64 total) {
            if (changed || done <= 0 || done >= total)
                return;
            changed = true;
            if (change == "shrink"_L1) {
                QFile::resize(path, kSize / 2);
            } else if (change == "grow"_L1) {
                QFile f(path);
                if (f.open(QIODevice::Append))
                    f.write("more");
            } else if (change == "remove"_L1) {
                QFile::remove(path);
            } else {
                QFile f(path);
                if (f.open(QIODevice::ReadWrite)) {
                    f.seek(kSize - 10);
                    f.write("0123456789"); // same size, other bytes
                    f.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                  QFileDevice::FileModificationTime);
                }
            }
            server.drain();
        });
        QVERIFY(test::runJob(&job, 60000));
        QVERIFY(changed);
        QCOMPARE(job.error().kind(), ApiError::Kind::LocalFile);
        const QString message = job.error().message();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
        QVERIFY2(message.contains(u"broken off"_s), qPrintable(message));
    }

    void aDownloadGoesToItsFileAsItArrives()
    {
        // A package (a project export is checked to be one whole ZIP) of 3 MB of noise.
        Zip::Writer package;
        QVERIFY(package.add(u"noise.bin"_s, noise(3 * 1024 * 1024 + 17, 21), false));
        const QByteArray file = package.finish();
        RawHttpResponder server([&file](const RawHttpResponder::Request &) {
            return RawHttpResponder::answer(
                200, file, "Content-Disposition: attachment; filename=\"Big form.ixpkg\"\r\n",
                "application/zip");
        });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        Session::Limits limits;
        limits.maxAnswerBytes = 1024 * 1024; // far below the file: it is not taken into memory
        session.setLimits(limits);
        QTemporaryDir dir;
        auto *job =
            new DownloadJob(&session, ProjectsEndpoints::exportLatest(u"p1"_s, u"Big form"_s));
        job->saveAs(
            [&dir](const DownloadJob &answer) { return dir.filePath(answer.suggestedFileName()); });
        QVERIFY(test::runJob(job, 30000));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
        QVERIFY(job->result().isEmpty());
        QCOMPARE(job->size(), file.size());
        QCOMPARE(job->savedPath(), dir.filePath(u"Big form.ixpkg"_s));
        QVERIFY(!QFile::exists(job->savedPath())); // not before commit()
        QString error;
        QVERIFY2(job->commit(&error), qPrintable(error));
        QFile saved(dir.filePath(u"Big form.ixpkg"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll() == file);
        delete job;
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aFailedOrRefusedDownloadLeavesNoFile_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::newRow("cut off") << QByteArray(
                                        "HTTP/1.1 200 OK\r\nContent-Length: 3000000\r\n\r\n") +
                                        QByteArray(1000000, 'x')
                                 << int(ApiError::Kind::Network);
        QTest::newRow("not found")
            << RawHttpResponder::answer(404, R"({"message":"No such project"})")
            << int(ApiError::Kind::NotFound);
    }

    void aFailedOrRefusedDownloadLeavesNoFile()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        RawHttpResponder server([&answer](const RawHttpResponder::Request &) { return answer; });
        Session session(profileFor(server.origin()));
        session.setToken(u"tok"_s, u"admin"_s);
        session.retryPolicy().maxAttempts = 2;
        session.retryPolicy().baseDelay = std::chrono::milliseconds(10);
        QTemporaryDir dir;
        auto *job = new DownloadJob(&session, ProjectsEndpoints::exportLatest(u"p1"_s, u"X"_s));
        job->saveAs([&dir](const DownloadJob &) { return dir.filePath(u"x.ixpkg"_s); });
        QVERIFY(test::runJob(job, 30000));
        QCOMPARE(int(job->error().kind()), kind);
        if (kind == int(ApiError::Kind::Network)) // never a short file taken for the whole
            QVERIFY2(job->error().message().contains(u"cut off after"_s),
                     qPrintable(job->error().message()));
        if (kind == int(ApiError::Kind::NotFound))
            QCOMPARE(job->error().serverMessage(),
                     u"No such project"_s); // the error's body was read, not saved
        delete job;
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(UploadTest)
#include "tst_upload.moc"
