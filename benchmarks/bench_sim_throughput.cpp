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
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// --- the baseline: reads a request's headers, answers the file's bytes, keeps the connection.
int serveBaseline(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray body = f.readAll();
    const QByteArray answer =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
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
    double serverCpu = 0; // CPU seconds the server used during the load
    double loadCpu = 0;   // CPU seconds this process used generating it
    std::vector<double> latenciesMs;
};

// CPU seconds (user + system) a process has used so far, from /proc.
double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields =
        line.mid(line.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// C connections, each sending the next request as soon as the previous answer is complete.
// Plain non-blocking sockets and epoll, one reused read buffer and no allocation per answer:
// the load must cost the same whichever server it measures. (A first version on QTcpSocket
// spent most of its CPU growing and trimming the heap — brk and the TLB flushes that follow —
// for one server's packet pattern and not the other's, and measured itself instead.)
struct Connection
{
    int fd = -1;
    qint64 sentAtNs = 0;
    QByteArray header;    // the answer's status line and headers so far
    qint64 bodyLeft = -1; // body bytes still to come; -1 while reading headers
    qsizetype sent = 0;   // bytes of the current request written
};

Result load(const QUrl &url, const QByteArray &token, int connections, int seconds,
            qint64 serverPid)
{
    const QByteArray request =
        "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
        " HTTP/1.1\r\nHost: " + url.host().toLatin1() + "\r\nAccept: application/json\r\n" +
        (token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    Result result;
    result.latenciesMs.reserve(size_t(seconds) * 200000);
    QElapsedTimer clock;
    const int poller = epoll_create1(0);
    std::vector<Connection> conns{size_t(connections)};
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(url.port()));
    inet_pton(AF_INET, url.host().toLatin1().constData(), &address.sin_addr);
    for (size_t i = 0; i < conns.size(); ++i) {
        Connection &c = conns[i];
        c.fd = socket(AF_INET, SOCK_STREAM, 0);
        if (c.fd < 0 ||
            ::connect(c.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            fprintf(stderr, "cannot connect to %s\n", qPrintable(url.authority()));
            return result;
        }
        const int one = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
        c.header.reserve(4096);
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = i;
        epoll_ctl(poller, EPOLL_CTL_ADD, c.fd, &event);
    }
    const auto send = [&](Connection &c) {
        c.sentAtNs = clock.nsecsElapsed();
        c.sent = 0;
        while (c.sent <
               request.size()) { // a few hundred bytes: the socket buffer takes them at once
            const ssize_t n =
                ::write(c.fd, request.constData() + c.sent, size_t(request.size() - c.sent));
            if (n <= 0)
                return false;
            c.sent += n;
        }
        return true;
    };
    const double serverCpuBefore = processCpuSeconds(serverPid);
    const double loadCpuBefore = ownCpuSeconds();
    clock.start();
    for (Connection &c : conns)
        send(c);
    static char buffer[1 << 18];
    const qint64 stopAtNs = qint64(seconds) * 1000000000;
    int open = connections;
    epoll_event events[64];
    while (open > 0) {
        const int ready = epoll_wait(poller, events, 64, 1000);
        if (ready <= 0 && clock.nsecsElapsed() > stopAtNs + 2000000000LL)
            break; // answers that never came
        for (int e = 0; e < ready; ++e) {
            Connection &c = conns[events[e].data.u64];
            for (;;) {
                const ssize_t n = ::read(c.fd, buffer, sizeof buffer);
                if (n <= 0) {
                    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                        ++result.errors;
                        epoll_ctl(poller, EPOLL_CTL_DEL, c.fd, nullptr);
                        --open;
                    }
                    break;
                }
                for (ssize_t at = 0; at < n;) {
                    if (c.bodyLeft < 0) { // headers: up to the blank line
                        const qsizetype before = c.header.size();
                        c.header.append(buffer + at, n - at);
                        const qsizetype end =
                            c.header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
                        if (end < 0) {
                            at = n;
                            continue;
                        }
                        at += end + 4 - before;
                        c.header.truncate(end + 4);
                        const qsizetype length = c.header.indexOf("Content-Length:");
                        c.bodyLeft = length < 0
                                         ? 0
                                         : c.header
                                               .mid(length + 15,
                                                    c.header.indexOf("\r\n", length) - length - 15)
                                               .trimmed()
                                               .toLongLong();
                        if (!c.header.startsWith("HTTP/1.1 200"))
                            ++result.errors;
                    }
                    const qint64 take = qMin<qint64>(c.bodyLeft, n - at);
                    c.bodyLeft -= take;
                    at += ssize_t(take);
                    if (c.bodyLeft == 0) { // one whole answer
                        ++result.requests;
                        const qint64 now = clock.nsecsElapsed();
                        result.latenciesMs.push_back(double(now - c.sentAtNs) / 1e6);
                        c.header.clear();
                        c.bodyLeft = -1;
                        if (now >= stopAtNs || !send(c)) {
                            epoll_ctl(poller, EPOLL_CTL_DEL, c.fd, nullptr);
                            --open;
                        }
                    }
                }
            }
        }
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.serverCpu = processCpuSeconds(serverPid) - serverCpuBefore;
    result.loadCpu = ownCpuSeconds() - loadCpuBefore;
    for (Connection &c : conns)
        ::close(c.fd);
    ::close(poller);
    return result;
}

void report(const char *name, Result r)
{
    std::sort(r.latenciesMs.begin(), r.latenciesMs.end());
    const auto pct = [&](double p) {
        return r.latenciesMs.empty() ? 0.0
                                     : r.latenciesMs[size_t(p * double(r.latenciesMs.size() - 1))];
    };
    double sum = 0;
    for (double v : r.latenciesMs)
        sum += v;
    printf("%-16s %7.0f req/s   mean %5.2f ms   p50 %5.2f ms   p99 %5.2f ms   CPU: server %3.0f "
           "%%, load %3.0f %%   (%d requests, %d errors)\n",
           name, double(r.requests) / r.seconds,
           r.latenciesMs.empty() ? 0 : sum / double(r.latenciesMs.size()), pct(0.50), pct(0.99),
           100 * r.serverCpu / r.seconds, 100 * r.loadCpu / r.seconds, r.requests, r.errors);
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
    setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured, also into a pipe
    const QStringList args = app.arguments();
    if (args.value(1) == "--baseline"_L1)
        return serveBaseline(args.value(2));
    const int users = args.value(1, u"1000000"_s).toInt();
    const int connections = args.value(2, u"8"_s).toInt();
    const int seconds = args.value(3, u"8"_s).toInt();

    // Servers on CPU 1, the load on CPU 0 (when there are two): the same footing for both
    // servers, and no run where the scheduler happens to put a server beside the load.
    const bool pin =
        QThread::idealThreadCount() >= 2 && !QStandardPaths::findExecutable(u"taskset"_s).isEmpty();
    if (pin) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(0, &set);
        sched_setaffinity(0, sizeof(set), &set);
    }
    auto startServer = [pin](QProcess &p, const QString &program, const QStringList &arguments) {
        if (pin)
            p.start(u"taskset"_s, QStringList{u"-c"_s, u"1"_s, program} + arguments);
        else
            p.start(program, arguments);
    };
    QProcess sim;
    QElapsedTimer seeding;
    seeding.start();
    startServer(sim, QStringLiteral(INFINITI_SIM), {u"--users"_s, QString::number(users)});
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
    login.write("POST /api/v1/admin/login/forms HTTP/1.1\r\nHost: x\r\nContent-Type: "
                "application/json\r\nContent-Length: " +
                QByteArray::number(credentials.size()) + "\r\n\r\n" + credentials);
    QByteArray reply;
    while (!reply.contains("}") && login.waitForReadyRead(5000))
        reply += login.readAll();
    const QByteArray token = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4))
                                 .object()
                                 .value("authorizationToken"_L1)
                                 .toString()
                                 .toLatin1();
    QUrl page = base;
    page.setPath(u"/api/v1/admin/users"_s);
    page.setQuery(u"$skip=%1&$top=100"_s.arg(users / 2));
    QTcpSocket probe;
    probe.connectToHost(base.host(), quint16(base.port()));
    probe.waitForConnected(3000);
    probe.write("GET " + page.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n");
    QByteArray answer;
    while (probe.waitForReadyRead(5000)) {
        answer += probe.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        const qsizetype at = answer.indexOf("Content-Length:");
        if (end > 0 && at > 0 &&
            answer.size() >= end + 4 +
                                 answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15)
                                     .trimmed()
                                     .toLongLong())
            break;
    }
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"page.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return 1;
    file.close();
    printf("page: %lld bytes (100 users from the middle of the list)\n", qint64(body.size()));

    QProcess baseline;
    startServer(baseline, QCoreApplication::applicationFilePath(),
                {u"--baseline"_s, file.fileName()});
    const int baselinePort = firstLine(baseline).toInt();
    QUrl staticUrl = page;
    staticUrl.setPort(baselinePort);

    printf("%d keep-alive connections, %d s each, on loopback%s\n", connections, seconds,
           pin ? " (servers pinned to CPU 1, load to CPU 0)" : "");
    const Result simResult = load(page, token, connections, seconds, sim.processId());
    report("infiniti-sim", simResult);
    const Result staticResult = load(staticUrl, {}, connections, seconds, baseline.processId());
    report("static baseline", staticResult);
    printf("emulator / baseline throughput: %.2f\n",
           (double(simResult.requests) / simResult.seconds) /
               (double(staticResult.requests) / staticResult.seconds));
    sim.kill();
    baseline.kill();
    sim.waitForFinished();
    baseline.waitForFinished();
    return 0;
}
