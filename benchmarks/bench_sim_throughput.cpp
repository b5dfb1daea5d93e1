// Throughput of the emulator for a 100-user page out of 1,000,000 users, side by side with a
// tiny static server answering the same bytes (the physical reference on this machine):
// requests/s and latency (mean, p50, p99) with C keep-alive connections for D seconds each.
// Usage: bench_sim_throughput [users=1000000] [connections=8] [seconds=8]
// (The same program is the baseline server when started with --baseline FILE.)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <sched.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

// --- the baseline: reads a request's headers, answers the file's bytes, keeps the connection.
int serveBaseline(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray body = f.readAll();
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    auto *server = new QTcpServer;
    if (!server->listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(server, &QTcpServer::newConnection, server, [server, answer] {
        while (QTcpSocket *s = server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer, answer] {
                *buffer += s->readAll();
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) { // GETs: no bodies
                    buffer->remove(0, end + 4);
                    s->write(answer);
                }
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    printf("%d\n", server->serverPort());
    fflush(stdout);
    return QCoreApplication::exec();
}

struct Result
{
    int requests = 0;
    int errors = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
};

// C connections, each sending the next request as soon as the previous answer is complete.
Result load(const QUrl &url, const QByteArray &token, int connections, int seconds)
{
    const QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: "
                               + url.host().toLatin1() + "\r\nAccept: application/json\r\n"
                               + (token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    Result result;
    QElapsedTimer clock;
    bool running = true;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int c = 0; c < connections; ++c) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        auto buffer = std::make_shared<QByteArray>();
        auto sentAt = std::make_shared<qint64>(0);
        auto send = [s, request, sentAt, &clock] {
            *sentAt = clock.nsecsElapsed();
            s->write(request);
        };
        QObject::connect(s, &QTcpSocket::connected, s, send);
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer, sentAt, send, &result, &clock, &running] {
            *buffer += s->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype at = buffer->indexOf("Content-Length:");
                const qsizetype lineEnd = buffer->indexOf("\r\n", at);
                const qint64 length = at >= 0 && at < end ? buffer->mid(at + 15, lineEnd - at - 15).trimmed().toLongLong() : 0;
                if (buffer->size() < end + 4 + length)
                    return;
                if (!buffer->startsWith("HTTP/1.1 200"))
                    ++result.errors;
                buffer->remove(0, end + 4 + length);
                ++result.requests;
                result.latenciesMs.push_back(double(clock.nsecsElapsed() - *sentAt) / 1e6);
                if (running)
                    send();
            }
        });
        sockets.push_back(std::move(socket));
    }
    clock.start();
    for (auto &s : sockets)
        s->connectToHost(url.host(), quint16(url.port()));
    QTimer::singleShot(seconds * 1000, [&running] { running = false; });
    while (running || std::any_of(sockets.begin(), sockets.end(), [](const auto &s) { return s->bytesToWrite() > 0; }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50); // a benchmark's own loop
    result.seconds = double(clock.elapsed()) / 1000;
    QElapsedTimer grace;
    grace.start();
    while (grace.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20); // answers in flight
    return result;
}

void report(const char *name, Result r)
{
    std::sort(r.latenciesMs.begin(), r.latenciesMs.end());
    const auto pct = [&](double p) { return r.latenciesMs.empty() ? 0.0 : r.latenciesMs[size_t(p * double(r.latenciesMs.size() - 1))]; };
    double sum = 0;
    for (double v : r.latenciesMs)
        sum += v;
    printf("%-22s %8.0f req/s   mean %6.2f ms   p50 %6.2f ms   p99 %6.2f ms   (%d requests, %d errors)\n", name,
           double(r.requests) / r.seconds, r.latenciesMs.empty() ? 0 : sum / double(r.latenciesMs.size()), pct(0.50), pct(0.99),
           r.requests, r.errors);
}

QByteArray firstLine(QProcess &p)
{
    if (!p.waitForReadyRead(120000))
        return {};
    return p.readLine().trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--baseline"))
        return serveBaseline(args.value(2));
    const int users = args.value(1, QStringLiteral("1000000")).toInt();
    const int connections = args.value(2, QStringLiteral("8")).toInt();
    const int seconds = args.value(3, QStringLiteral("8")).toInt();

    // Servers on CPU 1, the load on CPU 0 (when there are two): the same footing for both
    // servers, and no run where the scheduler happens to put a server beside the load.
    const bool pin = QThread::idealThreadCount() >= 2 && !QStandardPaths::findExecutable(QStringLiteral("taskset")).isEmpty();
    if (pin) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(0, &set);
        sched_setaffinity(0, sizeof(set), &set);
    }
    auto startServer = [pin](QProcess &p, const QString &program, const QStringList &arguments) {
        if (pin)
            p.start(QStringLiteral("taskset"), QStringList{QStringLiteral("-c"), QStringLiteral("1"), program} + arguments);
        else
            p.start(program, arguments);
    };
    QProcess sim;
    QElapsedTimer seeding;
    seeding.start();
    startServer(sim, QStringLiteral(INFINITI_SIM), {QStringLiteral("--users"), QString::number(users)});
    const QUrl base(QString::fromUtf8(firstLine(sim)));
    if (!base.isValid() || base.isEmpty()) {
        fprintf(stderr, "the emulator did not start\n");
        return 1;
    }
    printf("emulator with %d users ready in %.1f s\n", users + 2, double(seeding.elapsed()) / 1000);

    // Sign in, then fetch the page once: its exact bytes are what the baseline serves.
    QTcpSocket login;
    login.connectToHost(base.host(), quint16(base.port()));
    login.waitForConnected(3000);
    const QByteArray credentials = R"({"username":"admin","password":"admin"})";
    login.write("POST /api/v1/admin/login/forms HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(credentials.size()) + "\r\n\r\n" + credentials);
    QByteArray reply;
    while (!reply.contains("}") && login.waitForReadyRead(5000))
        reply += login.readAll();
    const QByteArray token = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object()
                                 .value(QLatin1StringView("authorizationToken")).toString().toLatin1();
    QUrl page = base;
    page.setPath(QStringLiteral("/api/v1/admin/users"));
    page.setQuery(QStringLiteral("$skip=%1&$top=100").arg(users / 2));
    QTcpSocket probe;
    probe.connectToHost(base.host(), quint16(base.port()));
    probe.waitForConnected(3000);
    probe.write("GET " + page.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + token + "\r\n\r\n");
    QByteArray answer;
    while (probe.waitForReadyRead(5000)) {
        answer += probe.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        const qsizetype at = answer.indexOf("Content-Length:");
        if (end > 0 && at > 0 && answer.size() >= end + 4 + answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong())
            break;
    }
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("page.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return 1;
    file.close();
    printf("page: %lld bytes (100 users from the middle of the list)\n", qint64(body.size()));

    QProcess baseline;
    startServer(baseline, QCoreApplication::applicationFilePath(), {QStringLiteral("--baseline"), file.fileName()});
    const int baselinePort = firstLine(baseline).toInt();
    QUrl staticUrl = page;
    staticUrl.setPort(baselinePort);

    printf("%d keep-alive connections, %d s each, on loopback%s\n", connections, seconds,
           pin ? " (servers pinned to CPU 1, load to CPU 0)" : "");
    const Result simResult = load(page, token, connections, seconds);
    const Result staticResult = load(staticUrl, {}, connections, seconds);
    report("infiniti-sim", simResult);
    report("static baseline", staticResult);
    printf("emulator / baseline throughput: %.2f\n",
           (double(simResult.requests) / simResult.seconds) / (double(staticResult.requests) / staticResult.seconds));
    sim.kill();
    baseline.kill();
    sim.waitForFinished();
    baseline.waitForFinished();
    return 0;
}
