// A large request body is read off the emulator's thread: other clients are answered meanwhile,
// the requests after it on its own connection wait their turn, and neither a connection that
// goes nor a server that stops while it is being read leaves anything dangling.
#include "formats/ProjectPackage.h"
#include "RawHttpClient.h"
#include "sim/SimProjects.h"
#include "sim/SimServer.h"
#include "SimStart.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

using namespace infiniti;
using namespace infiniti::test;

namespace {

const QString kGuid = u"dddddddd-0000-0000-0000-000000000001"_s;

std::unique_ptr<sim::SimServer> startSim()
{
    sim::SimOptions options;
    options.seed.users = 5;
    return test::startSim(std::move(options));
}

QString signIn(const sim::SimServer &server)
{
    return rawSignIn(server.baseUrl());
}

// An import of a package holding 3 MB of noise: a body of about 4 MB, read off the thread.
// `more`: documents besides it.
QByteArray largeImport(const QList<ProjectPackage::Document> &more = {})
{
    QByteArray noise(3 * 1024 * 1024, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < noise.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise[i] = char(x);
    }
    QList<ProjectPackage::Document> documents{{u"big"_s, noise}};
    documents += more;
    const QByteArray package =
        ProjectPackage::build({{{kGuid, u"Large body"_s, u"Content"_s, u"1.0"_s, {}},
                                u"<Intelledox_TemplateFile/>"_s,
                                documents}});
    return "{\"comment\":\"large\",\"ixpkg\":\"" + package.toBase64() + "\"}";
}

// A request that keeps its connection open.
QByteArray keptAlive(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                     const QString &token)
{
    return rawRequest(method, target, body, token)
        .replace("Connection: close\r\n", "")
        .replace("{authority}", "x");
}

// Holds each large body on the pool until told to go on: what happens meanwhile is then certain.
struct Gate
{
    QSemaphore entered, proceed;
    std::function<void()> hook()
    {
        return [this] {
            entered.release();
            proceed.acquire();
        };
    }
    bool waitEntered() // the event loop turns meanwhile: the emulator serves from this thread
    {
        return QTest::qWaitFor([this] { return entered.tryAcquire(); }, 10000);
    }
};

bool connectTo(QTcpSocket &socket, const QUrl &base)
{
    socket.connectToHost(base.host(), quint16(base.port()));
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000);
}

} // namespace

class SimLargeBodiesTest : public QObject
{
    Q_OBJECT

private slots:
    void othersAreAnsweredWhileALargeBodyIsRead()
    {
        const auto sim = startSim();
        const QString token = signIn(*sim);
        Gate gate;
        sim->setPreparationGate(gate.hook());
        QTcpSocket big, small;
        QVERIFY(connectTo(big, sim->baseUrl()));
        QVERIFY(connectTo(small, sim->baseUrl()));
        big.write(keptAlive("POST", "/api/v1/admin/projects", largeImport(), token));
        // The whole body is in: it is being read on the pool, held there by the gate.
        QVERIFY(gate.waitEntered());
        small.write(keptAlive("GET", "/api/v1/admin/users?$top=1", {}, token));
        QByteArray smallBuffer, bigBuffer;
        const RawAnswer users = readAnswer(small, &smallBuffer);
        QCOMPARE(users.status, 200);
        QVERIFY(!sim::SimProjects::project(sim->store(), kGuid)); // not yet
        QVERIFY(big.bytesAvailable() == 0);
        gate.proceed.release();
        const RawAnswer imported = readAnswer(big, &bigBuffer, 20000);
        QCOMPARE(imported.status, 201);
        QVERIFY(sim::SimProjects::project(sim->store(), kGuid));
    }

    void requestsAfterALargeBodyOnItsConnectionWaitTheirTurn()
    {
        const auto sim = startSim();
        const QString token = signIn(*sim);
        Gate gate;
        sim->setPreparationGate(gate.hook());
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sim->baseUrl()));
        // Pipelined: the import, then a GET of what it makes, then a large body that is no JSON.
        socket.write(
            keptAlive("POST", "/api/v1/admin/projects", largeImport(), token) +
            keptAlive("GET", "/api/v1/admin/projects/" + kGuid.toLatin1(), {}, token) +
            keptAlive("POST", "/api/v1/admin/groups", QByteArray(2 * 1024 * 1024, '['), token));
        QVERIFY(gate.waitEntered());
        gate.proceed.release();
        QVERIFY(gate.waitEntered()); // the third, once the first two are answered
        gate.proceed.release();
        QByteArray buffer;
        QCOMPARE(readAnswer(socket, &buffer, 20000).status, 201);
        const RawAnswer project = readAnswer(socket, &buffer);
        QCOMPARE(project.status, 200);
        QCOMPARE(project.json().value("name"_L1).toString(), u"Large body"_s);
        // The same refusal as for a small body.
        const RawAnswer notJson = readAnswer(socket, &buffer, 20000);
        QCOMPARE(notJson.status, 400);
        QVERIFY2(notJson.json().value("message"_L1).toString().contains(u"not valid JSON"_s),
                 notJson.body.constData());
    }

    void aLargeImportsVersionSizeIsTheLengthOfItsExport()
    {
        // The version's size is measured from the documents the pool decoded: the same bytes an
        // export is built from, whatever their extensions.
        const auto sim = startSim();
        const QString token = signIn(*sim);
        const QByteArray imported =
            rawExchange(sim->baseUrl(),
                        rawRequest("POST", "/api/v1/admin/projects",
                                   largeImport({{u"notes"_s, "some text", u"txt"_s},
                                                {u"upper"_s, QByteArray(5000, 'u'), u"DOCX"_s}}),
                                   token),
                        20000)
                .head;
        QVERIFY2(imported.startsWith("HTTP/1.1 201"), imported.constData());
        const RawAnswer history =
            rawExchange(sim->baseUrl(),
                        rawRequest("GET", "/api/v1/admin/projects/" + kGuid.toLatin1() + "/history",
                                   {}, token));
        const RawAnswer exported = rawExchange(
            sim->baseUrl(),
            rawRequest("GET", "/api/v1/admin/projects/" + kGuid.toLatin1() + "/export", {}, token),
            20000);
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.body.size() > 3 * 1024 * 1024);
        const QJsonArray versions = history.json().value("versions"_L1).toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(qint64(versions.at(0).toObject().value("size"_L1).toDouble()),
                 exported.body.size());
    }

    void aLargeLibraryFileIsCheckedAndMeasuredAsASmallOneIs()
    {
        // The file's Base64 is decoded on the pool: the same refusal, the same size.
        const auto sim = startSim();
        const QString token = signIn(*sim);
        const QByteArray file(3 * 1024 * 1024 + 7, 'f');
        const RawAnswer made =
            rawExchange(sim->baseUrl(),
                        rawRequest("POST", "/api/v1/admin/contentlibrary",
                                   "{\"name\":\"Large file\",\"extension\":\".bin\",\"binary\":\"" +
                                       file.toBase64() + "\"}",
                                   token),
                        20000);
        QCOMPARE(made.status, 201);
        QCOMPARE(qint64(made.json().value("size"_L1).toDouble()), file.size());
        QCOMPARE(made.json().value("binary"_L1).toString().toLatin1(), file.toBase64());
        const RawAnswer refused =
            rawExchange(sim->baseUrl(),
                        rawRequest("POST", "/api/v1/admin/contentlibrary",
                                   "{\"name\":\"Not Base64\",\"extension\":\".bin\",\"binary\":\"" +
                                       QByteArray(2 * 1024 * 1024, '!') + "\"}",
                                   token),
                        20000);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.json().value("errors"_L1).toObject().contains("binary"_L1),
                 refused.body.constData());
    }

    void aLargeBodyWhoseConnectionWentIsStillCarriedOut()
    {
        const auto sim = startSim();
        const QString token = signIn(*sim);
        Gate gate;
        sim->setPreparationGate(gate.hook());
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket, sim->baseUrl()));
            socket.write(keptAlive("POST", "/api/v1/admin/projects", largeImport(), token));
            QVERIFY(gate.waitEntered());
            socket.abort();
        }
        // The server's socket is gone (and its lane forgotten) before the body has been read.
        QTRY_COMPARE(sim->lanes(), 0);
        gate.proceed.release();
        // Arrived whole, so carried out, as a server does; nobody is left to answer.
        QTRY_VERIFY(sim::SimProjects::project(sim->store(), kGuid));
    }

    void stoppingWhileALargeBodyIsReadIsSafe()
    {
        auto sim = startSim();
        const QString token = signIn(*sim);
        Gate gate;
        sim->setPreparationGate(gate.hook());
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sim->baseUrl()));
        socket.write(keptAlive("POST", "/api/v1/admin/projects", largeImport(), token));
        QVERIFY(gate.waitEntered());
        gate.proceed.release();
        sim.reset(); // waits for the body being read; what it made goes nowhere
        QTRY_VERIFY(socket.state() != QAbstractSocket::ConnectedState);
        QCOMPARE(socket.bytesAvailable(), 0);
    }
};

QTEST_GUILESS_MAIN(SimLargeBodiesTest)
#include "tst_sim_large_bodies.moc"
