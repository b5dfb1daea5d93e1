#include "sim/SimConnectionGuard.h"

#include "sim/SimHttp.h"

#include <QPointer>
#include <QTcpSocket>

#include <algorithm>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxChunkLine = 1024;
// Qt 6.4's header parser keeps at most 100 fields: past that it drops them all and then frames
// the request on its own (the body read as the next request), so more are refused here.
constexpr int kMaxHeaderFields = 100;

// What Qt skips before a request line.
bool blank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

bool digitsOnly(const QByteArray &v)
{
    return !v.isEmpty() &&
           std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool hexOnly(const QByteArray &v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), hexDigit);
}

// What the client sent, for a message: printable ASCII, at most 80 characters.
QString shown(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes.left(80))
        out += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'?');
    return bytes.size() > 80 ? out + u"…"_s : out;
}

bool validRequestLine(const QList<QByteArray> &parts)
{
    if (parts.size() != 3)
        return false;
    const QByteArray &version = parts.at(2);
    const bool httpVersion = version.size() == 8 && version.startsWith("HTTP/") &&
                             version.at(5) >= '0' && version.at(5) <= '9' && version.at(6) == '.' &&
                             version.at(7) >= '0' && version.at(7) <= '9';
    const QByteArray &method = parts.at(0);
    const bool token =
        std::all_of(method.begin(), method.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    const QByteArray &target = parts.at(1);
    return httpVersion && token &&
           (target.startsWith('/') || target == "*" || target.startsWith("http://") ||
            target.startsWith("https://"));
}

// A Host field value (RFC 9110 7.2, RFC 3986 3.2.2): uri-host [ ":" port ]. It is copied into
// the links and locations answered ("as the client addressed us"), so nothing else may pass.
bool validHost(const QByteArray &value)
{
    QByteArray host = value;
    if (host.startsWith('[')) { // IP-literal: hex digits, ':' and '.' (IPv4 tail) in brackets
        const qsizetype close = host.indexOf(']');
        if (close < 3)
            return false;
        const QByteArray literal = host.mid(1, close - 1);
        if (!std::all_of(literal.begin(), literal.end(),
                         [](char c) { return hexDigit(c) || c == ':' || c == '.'; }) ||
            !literal.contains(':'))
            return false;
        host = host.mid(close + 1);
        return host.isEmpty() ||
               (host.startsWith(':') && (host.size() == 1 || digitsOnly(host.mid(1))));
    }
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0) {
        const QByteArray port = host.mid(colon + 1);
        if ((!port.isEmpty() && !digitsOnly(port)) || port.size() > 5)
            return false;
        host.truncate(colon);
    }
    // reg-name or IPv4address: unreserved, pct-encoded, sub-delims.
    static constexpr std::string_view allowed = "-._~!$&'()*+,;=%";
    return !host.isEmpty() && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               allowed.find(c) != std::string_view::npos;
    });
}

// The authority of an absolute-form target ("http://host:port/path"), which takes the place
// of the Host field (RFC 9112 3.2.2).
QByteArray targetAuthority(const QByteArray &target)
{
    const qsizetype scheme = target.indexOf("://");
    if (scheme < 0 || target.startsWith('/'))
        return {};
    const qsizetype from = scheme + 3;
    qsizetype to = from;
    while (to < target.size() && target.at(to) != '/' && target.at(to) != '?' &&
           target.at(to) != '#')
        ++to;
    return target.mid(from, to - from);
}

// The request line's words, or the refusal of a line that is no HTTP/1.x request line.
std::optional<std::pair<int, QString>> checkRequestLine(const QByteArray &line,
                                                        QList<QByteArray> *parts)
{
    *parts = line.split(' ');
    parts->removeAll(QByteArray());
    if (!validRequestLine(*parts))
        return std::pair{400, u"The request line is malformed: \"%1\"."_s.arg(shown(line))};
    if (!parts->at(2).startsWith("HTTP/1."))
        return std::pair{505, u"%1 is not supported: send HTTP/1.1."_s.arg(shown(parts->at(2)))};
    return std::nullopt;
}
} // namespace

SimConnectionGuard::SimConnectionGuard(QTcpSocket *socket, qint64 maxBody, int requestTimeoutMs,
                                       int idleTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBody(maxBody)
    , m_timeoutMs(requestTimeoutMs)
{
    setObjectName(u"SimConnectionGuard"_s);
    m_timer.setSingleShot(true);
    m_timer.setInterval(requestTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Refused)
            m_socket->abort(); // a refused body stopped coming: not waited for
        else
            refuse(408, u"The request did not arrive within %1 ms."_s.arg(m_timeoutMs));
    });
    connect(socket, &QTcpSocket::readyRead, this, &SimConnectionGuard::inspect);
    // A connection with no request under way is closed after the keep-alive time, as servers
    // do (IIS after 120 s): idle connections that are never closed run the process out of file
    // descriptors, and then nobody is served.
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (isIdle())
            closeSoon();
        else if (m_phase == Phase::Gap)
            m_idle.start(); // an answer still going out: idle from when it is gone
    });
    m_idleSince.start();
    if (idleTimeoutMs > 0)
        m_idle.start();
}

bool SimConnectionGuard::isIdle() const
{
    return !m_answerOwed && m_phase == Phase::Gap && m_blankBytes == 0 && m_consumed == m_seen &&
           m_socket->bytesAvailable() == 0 && m_socket->bytesToWrite() == 0 &&
           m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimConnectionGuard::close()
{
    closeSoon();
}

SimConnectionGuard *SimConnectionGuard::of(const QTcpSocket *socket)
{
    return socket ? socket->findChild<SimConnectionGuard *>(u"SimConnectionGuard"_s,
                                                            Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void SimConnectionGuard::inspect()
{
    if (m_phase == Phase::Refused)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (m_consumed + available < m_seen) // QHttpServer read more than we thought: catch up
        m_consumed = m_seen - available;
    const qint64 total = m_consumed + available;
    if (total > m_seen) {
        const qint64 from = m_seen;
        m_seen = total;
        feed(m_socket->peek(available).mid(from - m_consumed), from);
        if (m_phase == Phase::Refused)
            return;
    }
    // What QHttpServer's slot, which runs next, reads: up to the end of the first complete
    // request (it answers that one, then signals itself for the rest), else everything.
    while (!m_ends.isEmpty() && m_ends.constFirst() <= m_consumed)
        m_ends.removeFirst();
    m_consumed = !m_ends.isEmpty() && m_ends.constFirst() <= total ? m_ends.takeFirst() : total;
}

void SimConnectionGuard::feed(const QByteArray &bytes, qint64 offset)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && m_phase != Phase::Refused) {
        switch (m_phase) {
        case Phase::Gap:
            if (blank(bytes.at(i))) {
                ++i;
                // Blank lines alone are no request: past one stray CRLF they must lead to one
                // within the timeout.
                if (++m_blankBytes > 2 && !m_timer.isActive())
                    m_timer.start();
                break;
            }
            m_phase = Phase::Head;
            m_line.clear();
            m_lineChecked = false;
            m_idle.stop();
            if (!m_timer.isActive())
                m_timer.start();
            break;
        case Phase::Head: {
            bool complete = false;
            i += feedHead(bytes, i, &complete);
            if (complete)
                headComplete(offset + i);
            break;
        }
        case Phase::Body:
        case Phase::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            progress();
            if (m_remaining > 0)
                break;
            if (m_phase == Phase::Body) {
                requestDone(offset + i);
            } else {
                m_phase = Phase::ChunkEnd;
                m_line.clear();
            }
            break;
        }
        case Phase::ChunkSize: {
            const qsizetype nl = bytes.indexOf('\n', i);
            const qsizetype end = nl < 0 ? n : nl + 1;
            m_line.append(bytes.constData() + i, end - i);
            i = end;
            if (nl >= 0)
                chunkSizeLine();
            else if (m_line.size() > kMaxChunkLine)
                refuse(400, u"Bad chunked framing: a chunk-size line longer than 1 KiB."_s);
            break;
        }
        case Phase::ChunkEnd:
        case Phase::LastChunkEnd:
            // Exactly CRLF: Qt's parser reads two bytes here whatever they are.
            m_line += bytes.at(i++);
            if (!QByteArrayView("\r\n").startsWith(m_line)) {
                refuse(
                    400,
                    m_phase == Phase::ChunkEnd
                        ? u"Bad chunked framing: a chunk's data is not followed by CRLF."_s
                        : u"Bad chunked framing: the last chunk must be followed by CRLF (trailer fields are not accepted)."_s);
            } else if (m_line.size() == 2) {
                if (m_phase == Phase::LastChunkEnd) {
                    requestDone(offset + i);
                } else {
                    m_phase = Phase::ChunkSize;
                    m_line.clear();
                }
            }
            break;
        case Phase::Refused:
            break;
        }
    }
}

qsizetype SimConnectionGuard::feedHead(const QByteArray &bytes, qsizetype from, bool *complete)
{
    const qsizetype before = m_line.size();
    m_line.append(bytes.constData() + from, bytes.size() - from);
    // The request line is checked as soon as it ends (Qt closes the connection without a word
    // on one it cannot read, before the head is complete).
    if (const qsizetype nl = m_lineChecked ? -1 : m_line.indexOf('\n'); nl >= 0) {
        m_lineChecked = true;
        QList<QByteArray> parts;
        if (const auto bad = checkRequestLine(
                m_line.left(nl).chopped(nl > 0 && m_line.at(nl - 1) == '\r' ? 1 : 0), &parts)) {
            refuse(bad->first, bad->second);
            return bytes.size() - from;
        }
    }
    // The head ends at the first blank line (CRLF CRLF; Qt takes bare LFs too).
    const qsizetype start = qMax<qsizetype>(0, before - 2);
    const qsizetype crlf = m_line.indexOf("\n\r\n", start);
    const qsizetype lf = m_line.indexOf("\n\n", start);
    qsizetype end = -1;
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        end = crlf + 3;
    else if (lf >= 0)
        end = lf + 2;
    if (end < 0) {
        if (m_line.size() > kMaxHead)
            refuse(431, u"The request headers are larger than 64 KiB."_s);
        return bytes.size() - from;
    }
    if (end > kMaxHead) {
        refuse(431, u"The request headers are larger than 64 KiB."_s);
        return bytes.size() - from;
    }
    m_line.truncate(end);
    *complete = true;
    return end - before;
}

void SimConnectionGuard::headComplete(qint64 end)
{
    QList<QByteArray> lines = m_line.split('\n');
    m_line.clear();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    QList<QByteArray> parts;
    if (const auto bad = checkRequestLine(lines.value(0), &parts))
        return refuse(bad->first, bad->second);
    QByteArrayList lengths, codings;
    QByteArray connection;
    QByteArrayList hosts;
    bool expectContinue = false;
    int fields = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (++fields > kMaxHeaderFields)
            return refuse(431,
                          u"The request has more than %1 header fields."_s.arg(kMaxHeaderFields));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, u"Folded header lines are not accepted: \"%1\"."_s.arg(shown(line)));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, u"A header line has no name: \"%1\"."_s.arg(shown(line)));
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1);
        if (name == "content-length") {
            for (const QByteArray &v : value.split(','))
                lengths << v.trimmed();
        } else if (name == "transfer-encoding") {
            for (const QByteArray &v : value.split(','))
                codings << v.trimmed().toLower();
        } else if (name == "connection") {
            connection += value.toLower() + ',';
        } else if (name == "host") {
            hosts << value.trimmed();
        } else if (name == "expect") {
            expectContinue = value.trimmed().toLower() == "100-continue";
        }
    }
    if (!codings.isEmpty() && codings != QByteArrayList{"chunked"})
        return refuse(
            400,
            u"Transfer-Encoding \"%1\" is not supported: send the body chunked or with a Content-Length."_s
                .arg(shown(codings.join(", "))));
    if (!codings.isEmpty() && !lengths.isEmpty())
        return refuse(400,
                      u"Both Content-Length and Transfer-Encoding are given: send one of them."_s);
    for (const QByteArray &v : std::as_const(lengths)) {
        if (!digitsOnly(v) || v.size() > 18)
            return refuse(400, u"Content-Length \"%1\" is not a number of bytes."_s.arg(shown(v)));
    }
    for (const QByteArray &v : std::as_const(lengths)) {
        if (v.toLongLong() != lengths.constFirst().toLongLong())
            return refuse(
                400, u"Conflicting Content-Length headers: %1."_s.arg(shown(lengths.join(", "))));
    }
    // HTTP/1.0 closes after each answer unless the client asks to keep the connection.
    const bool http10 = parts.at(2) == "HTTP/1.0";
    // RFC 9112 3.2: an HTTP/1.1 request has exactly one Host field, and a valid one; what it
    // says (or an absolute-form target's authority, which wins) goes into the links answered.
    if (hosts.size() > 1)
        return refuse(400, u"The request has %1 Host header fields: send one."_s.arg(hosts.size()));
    if (hosts.isEmpty() && !http10)
        return refuse(400, u"An HTTP/1.1 request needs a Host header field."_s);
    if (!hosts.isEmpty() && !validHost(hosts.constFirst()))
        return refuse(
            400,
            u"The Host header \"%1\" is not a host name or address with an optional port."_s.arg(
                shown(hosts.constFirst())));
    QByteArray authority = targetAuthority(parts.at(1));
    if (!authority.isEmpty() && !validHost(authority))
        return refuse(
            400,
            u"The request target's authority \"%1\" is not a host name or address with an optional port."_s
                .arg(shown(authority)));
    if (authority.isEmpty())
        authority = hosts.value(0);
    const bool keepAlive = connection.contains("keep-alive");
    m_heads.enqueue(
        {parts.at(1), parts.at(0), authority, http10 && !keepAlive, http10 && keepAlive});
    const qint64 length = lengths.isEmpty() ? 0 : lengths.constFirst().toLongLong();
    if (codings.isEmpty() && length > m_maxBody) {
        // Everything not yet read is dropped now; the rest of the declared body as it comes.
        return refuse(413, u"The request body is larger than the limit; it was not kept."_s,
                      length + (end - m_consumed));
    }
    // A client that waits for "100 Continue" before its body (as .NET's HttpWebRequest and
    // curl do for large ones) is told to go on at once, rather than after its own timeout;
    // not when the body is already coming, nor to HTTP/1.0.
    if (expectContinue && !http10 && (!codings.isEmpty() || length > 0) && m_seen == end)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (!codings.isEmpty()) {
        m_phase = Phase::ChunkSize;
        m_bodyBytes = 0;
        m_line.clear();
        progress();
        return;
    }
    if (length == 0)
        return requestDone(end);
    m_phase = Phase::Body;
    m_remaining = length;
    progress();
}

void SimConnectionGuard::chunkSizeLine()
{
    QByteArray line = m_line;
    m_line.clear();
    if (!line.endsWith("\r\n"))
        return refuse(400, u"Bad chunked framing: a chunk-size line must end with CRLF."_s);
    line.chop(2);
    const qsizetype semicolon = line.indexOf(';'); // a chunk extension follows
    const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    if (!hexOnly(size) || size.size() > 15)
        return refuse(
            400, u"Bad chunked framing: \"%1\" is not a chunk size (hexadecimal digits)."_s.arg(
                     shown(size)));
    const qint64 value = size.toLongLong(nullptr, 16);
    if (value == 0) {
        m_phase = Phase::LastChunkEnd;
        return;
    }
    m_bodyBytes += value;
    if (m_bodyBytes > m_maxBody)
        return refuse(413, u"The request body went past the limit."_s);
    m_remaining = value;
    m_phase = Phase::ChunkData;
}

void SimConnectionGuard::requestDone(qint64 end)
{
    m_ends.append(end);
    m_phase = Phase::Gap;
    m_blankBytes = 0;
    m_timer.stop();
    m_idleSince.start();
    if (m_idle.interval() > 0)
        m_idle.start(); // from the request's end: its answer is written before the loop turns
}

void SimConnectionGuard::progress()
{
    m_timer.start(); // the body must keep coming: silence longer than the timeout is a 408
}

void SimConnectionGuard::refuse(int status, const QString &message, qint64 drain)
{
    m_phase = Phase::Refused;
    m_timer.stop();
    m_idle.stop();
    m_heads.clear();
    m_ends.clear();
    // From here on the connection is ours: QHttpServer (whose slot would run next) never sees
    // the refused request, and what we read is not kept for its read transaction.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &SimConnectionGuard::discard);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->write(SimResponse::error(status, message).wire(true));
    m_draining = drain;
    discard();
    if (m_draining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        closeSoon(); // else the client reads the answer once its body is sent
}

void SimConnectionGuard::discard()
{
    const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
    if (m_draining <= 0)
        return;
    m_draining -= qMax<qint64>(0, dropped);
    if (m_draining > 0)
        m_timer.start(); // the rest of the body must keep coming
    else
        closeSoon();
}

void SimConnectionGuard::closeSoon()
{
    m_timer.stop();
    m_idle.stop();
    m_socket->disconnectFromHost();
    QTimer::singleShot(2000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
        if (s)
            s->abort(); // a client that does not read its answer is not waited for
    });
}

GuardedTcpServer::GuardedTcpServer(const Settings &settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_guards.removeIf([](const QPointer<SimConnectionGuard> &g) { return g.isNull(); });
    if (m_settings.maxConnections > 0 && m_guards.size() >= m_settings.maxConnections) {
        // Full: the connection idle the longest makes room; with none idle the newcomer is
        // told so and closed (never left to wait, never a descriptor the process lacks).
        SimConnectionGuard *oldest = nullptr;
        for (const auto &g : std::as_const(m_guards)) {
            if (g->isIdle() && (!oldest || g->idleMs() > oldest->idleMs()))
                oldest = g;
        }
        if (oldest) {
            m_guards.removeOne(oldest);
            oldest->close();
        } else {
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(
                SimResponse::error(
                    503, u"The emulator has %1 connections open, its limit: try again."_s.arg(
                             m_settings.maxConnections))
                    .wire(true));
            socket->disconnectFromHost();
            QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
            return;
        }
    }
    m_guards.append(new SimConnectionGuard(socket, m_settings.maxBody, m_settings.requestTimeoutMs,
                                           m_settings.idleTimeoutMs));
    addPendingConnection(socket);
}

} // namespace infiniti::sim
