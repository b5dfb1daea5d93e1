#include "sim/SimServer.h"

#include "sim/SimCertificate.h"
#include "sim/SimRoutes.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonParseError>
#include <QSaveFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// A response as it goes on the wire, with Connection: close when the connection ends after it.
QByteArray wireFormat(const SimResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !response.body.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[k, v] : response.headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out + response.body;
}

// Watches one connection before QHttpServer reads it (our slot is connected first): a declared
// body over the limit is answered 413 at once, without reading it; a body that keeps coming
// (chunked, or longer than declared) is cut at the limit; headers that do not complete within
// the header timeout (a slow or stalled client) get 408. Each case closes the connection, so
// one bad client costs nothing beyond its socket.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, qint64 maxBody, int headerTimeoutMs)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(maxBody)
    {
        m_headerTimer.setSingleShot(true);
        m_headerTimer.setInterval(headerTimeoutMs);
        connect(&m_headerTimer, &QTimer::timeout, this, [this] { refuse(408, "The request headers took too long."); });
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
        // A response going out ends the request: the next bytes start another one.
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            m_header.clear();
            m_headerDone = false;
            m_received = 0;
            m_headerTimer.stop();
        });
    }

private:
    void inspect()
    {
        if (m_draining > 0) {
            // A refused body is read and dropped (never buffered), so the client gets to read
            // the 413 instead of a broken upload; then the connection closes.
            const QByteArray dropped = m_socket->read(qMin(m_draining, m_socket->bytesAvailable()));
            m_draining -= dropped.size();
            if (m_draining <= 0)
                m_socket->disconnectFromHost();
            return;
        }
        if (m_refused)
            return;
        const qint64 fresh = m_socket->bytesAvailable(); // QHttpServer consumed what came before
        const QByteArray bytes = m_socket->peek(fresh);
        if (!m_headerDone) {
            if (m_header.isEmpty())
                m_headerTimer.start();
            m_header += bytes;
            const qsizetype end = m_header.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_header.size() > 64 * 1024)
                    refuse(431, "The request headers are larger than 64 KiB.");
                return;
            }
            m_headerDone = true;
            m_headerTimer.stop();
            m_received = m_header.size() - (end + 4);
            for (const QByteArray &line : m_header.left(end).split('\n')) {
                const qint64 declared = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
                if (line.trimmed().toLower().startsWith("content-length:") && declared > m_maxBody) {
                    // What already came with the headers is QHttpServer's to drop; the rest is ours.
                    m_draining = qMin<qint64>(declared - m_received, qint64(1) << 30);
                    refuse(413, "The request body is larger than the limit; it was not kept.", false);
                    return;
                }
            }
        } else {
            m_received += fresh;
        }
        if (m_received > m_maxBody + 64 * 1024)
            refuse(413, "The request body went past the limit.");
    }

    void refuse(int status, const char *message, bool close = true)
    {
        m_refused = true;
        m_headerTimer.stop();
        m_socket->write(wireFormat(SimResponse::error(status, QString::fromLatin1(message)), true));
        if (!close)
            return; // draining the refused body first
        m_socket->disconnectFromHost();
        QTimer::singleShot(2000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
            if (s)
                s->abort(); // a client that does not read its answer is not waited for
        });
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    QTimer m_headerTimer;
    QByteArray m_header;
    bool m_headerDone = false;
    bool m_refused = false;
    qint64 m_received = 0;
    qint64 m_draining = 0; // bytes of a refused body still to drop
};

// Plain HTTP: our own sockets, guarded before QHttpServer sees them.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBody, int headerTimeoutMs, QObject *parent)
        : QTcpServer(parent)
        , m_maxBody(maxBody)
        , m_headerTimeoutMs(headerTimeoutMs)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_maxBody, m_headerTimeoutMs);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBody;
    int m_headerTimeoutMs;
};

} // namespace

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{
    const QString file = m_options.dataDir.isEmpty() ? QString() : m_options.dataDir + u"/store.json"_s;
    if (!file.isEmpty() && QFile::exists(file)) {
        QFile in(file);
        QJsonParseError pe;
        const QJsonDocument doc = in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll(), &pe) : QJsonDocument();
        if (!doc.isObject() || !m_store.loadJson(doc.object(), &m_loadError)) {
            if (m_loadError.isEmpty())
                m_loadError = u"%1 is not a store the emulator wrote"_s.arg(file);
        }
    } else {
        seedStore(m_store, m_options.seed);
    }
    m_store.tokenTtlSeconds = m_options.tokenTtlSeconds;
    m_store.generationMs = m_options.generationMs;
    m_faults.latencyMs = m_options.latencyMs;
    m_faults.failRate = m_options.failRate;
    for (const auto &rule : std::as_const(m_options.faults))
        m_faults.add(rule);
    registerAuthRoutes(m_router, m_store);
    registerUserRoutes(m_router, m_store);
    registerGroupRoutes(m_router, m_store);
    registerRoleRoutes(m_router, m_store);
    registerSettingsRoutes(m_router, m_store);
    registerLicenseRoutes(m_router, m_store);
    registerLibraryRoutes(m_router, m_store);
    registerDataSourceRoutes(m_router, m_store);
    registerProjectRoutes(m_router, m_store);
    registerWorkflowRoutes(m_router, m_store);
    registerClientRoutes(m_router, m_store);
}

SimServer::~SimServer() = default;

bool SimServer::save(QString *error)
{
    if (m_options.dataDir.isEmpty())
        return true;
    QDir().mkpath(m_options.dataDir);
    // Written to a temporary file and renamed over the old one: a crash never leaves half a store.
    QSaveFile out(m_options.dataDir + u"/store.json"_s);
    const QByteArray data = QJsonDocument(m_store.toJson()).toJson(QJsonDocument::Compact);
    if (out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

bool SimServer::start(QString *error)
{
    if (!m_loadError.isEmpty()) {
        if (error)
            *error = u"cannot load the store: %1"_s.arg(m_loadError);
        return false;
    }
    if (!m_options.dataDir.isEmpty() && !QFile::exists(m_options.dataDir + u"/store.json"_s) && !save(error))
        return false;
    // Our own QTcpServer, listened and then bound: the pattern that works before and after
    // QHttpServer's API change in Qt 6.8.
    if (m_options.tls) {
        QString problem;
        const SimCertificate generated = SimCertificate::generate(&problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        m_certificate = generated.certificate;
        auto *ssl = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(generated.certificate);
        config.setPrivateKey(generated.key);
        ssl->setSslConfiguration(config);
        // HTTPS: the same guard, attached when the handshake starts.
        connect(ssl, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            new ConnectionGuard(socket, m_options.maxBodyBytes, m_options.headerTimeoutMs);
        });
        m_tcp = ssl;
    } else {
        m_tcp = new GuardedTcpServer(m_options.maxBodyBytes, m_options.headerTimeoutMs, this);
    }
    if (!m_tcp->listen(m_options.bind, m_options.port)) {
        if (error)
            *error = m_tcp->errorString();
        return false;
    }
    bind(m_tcp);
    return true;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    const QHostAddress host = m_tcp ? m_tcp->serverAddress() : m_options.bind;
    url.setHost(host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s
                                                                            : host.toString());
    url.setPort(m_tcp ? m_tcp->serverPort() : 0);
    return url;
}


bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The fast path: a GET answered before to the same token, nothing changed since, no fault
    // to inject — the same bytes again, without parsing anything further.
    const bool quiet = m_faults.latencyMs == 0 && m_faults.failRate <= 0 && !m_faults.hasRules();
    if (quiet && request.method() == QHttpServerRequest::Method::Get && !m_cache.isEmpty()) {
        const QByteArray auth = request.value("Authorization");
        const QByteArray key = cacheKey(request.value("Host"), request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), auth);
        const auto hit = m_cache.constFind(key);
        if (hit != m_cache.constEnd() && m_store.userForToken(QString::fromLatin1(auth.mid(7).trimmed()))
            && !request.value("Connection").toLower().contains("close")) {
            ++m_requestCount;
            socket->write(hit->wire);
            return true;
        }
    }
    SimRequest req;
    req.method = methodName(request.method());
    for (const auto &h : request.headers())
        req.headers.append({h.first, h.second});
    const QByteArray connection = req.header("Connection").toLower();
    const bool close = connection.contains("close");

    const QString path = request.url().path(QUrl::FullyEncoded);
    req.rawTarget = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QStringList encoded = path.split(QLatin1Char('/'), Qt::KeepEmptyParts);
    QStringList segments;
    for (const auto &s : encoded)
        segments << QUrl::fromPercentEncoding(s.toUtf8());
    while (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    while (!segments.isEmpty() && segments.constLast().isEmpty())
        segments.removeLast(); // with or without a trailing slash

    if (!segments.isEmpty() && segments.constFirst() == "__sim"_L1) {
        write(socket, control(req.method, segments.mid(1), request.body()), close, std::nullopt);
        return true;
    }

    ++m_requestCount;
    const QByteArray host = req.header("Host");
    req.origin = (m_options.tls ? u"https://"_s : u"http://"_s) + QString::fromLatin1(host.isEmpty() ? baseUrl().authority().toLatin1() : host);
    req.query = request.query();
    req.body = request.body();
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        req.token = QString::fromLatin1(auth.mid(7).trimmed());

    const QString query = request.url().query(QUrl::FullyEncoded);
    auto fault = m_faults.take(req.method, query.isEmpty() ? path : path + QLatin1Char('?') + query);
    SimResponse response;
    const bool api = segments.size() >= 3 && segments.at(0).compare("api"_L1, Qt::CaseInsensitive) == 0
                     && segments.at(1).compare("v1"_L1, Qt::CaseInsensitive) == 0;
    if (req.body.size() > m_options.maxBodyBytes) {
        response = SimResponse::error(413, u"The request body is larger than %1 bytes."_s.arg(m_options.maxBodyBytes));
    } else if (!fault && api && m_faults.rollFailure()) {
        response = SimResponse::error(503, u"Injected failure (--fail-rate)."_s);
    } else if (fault && fault->kind == SimFaults::Kind::Status) {
        response = SimResponse::error(fault->status, u"Injected fault."_s);
        if (fault->retryAfter >= 0)
            response.addHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else if (!api) {
        response = SimResponse::error(404, u"Not an Infiniti API path: %1"_s.arg(path));
    } else {
        req.module = segments.at(2).toLower();
        req.segments = segments.mid(3);
        const QString area = req.segments.value(0).toLower();
        // A GET asked before by the same (still valid) token, with nothing changed since, gets the
        // same bytes without being built again. Operations and outputs change with time: never.
        const bool cacheable = req.method == "GET" && !req.token.isEmpty() && area != "operations"_L1
                               && area != "generatedoutput"_L1;
        const QByteArray key = cacheable ? cacheKey(req.header("Host"), req.rawTarget, req.header("Authorization")) : QByteArray();
        const auto hit = cacheable ? m_cache.constFind(key) : m_cache.constEnd();
        if (hit != m_cache.constEnd() && m_store.userForToken(req.token)) {
            response = hit->response;
        } else {
            response = m_router.dispatch(req, m_store);
            if (cacheable && response.status == 200 && response.body.size() < 4 * 1024 * 1024) {
                if (m_cachedBytes > 64 * 1024 * 1024)
                    dropCache();
                m_cache.insert(key, {response, wireFormat(response, false)});
                m_cachedBytes += response.body.size();
            }
        }
        // Every change is saved before it is acknowledged.
        const bool changesData = req.method != "GET" && area != "login"_L1 && area != "logoff"_L1;
        if (changesData)
            dropCache();
        if (changesData && response.status >= 200 && response.status < 300 && !save()) {
            response = SimResponse::error(500, u"The change was made but could not be saved to --data."_s);
        }
    }

    const int delay = m_faults.latencyMs + (fault ? fault->delayMs : 0);
    if (delay <= 0) {
        write(socket, response, close, fault);
    } else {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, response, close, fault] {
            if (guard)
                write(guard, response, close, fault);
        });
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SimResponse::error(404, u"Not found."_s), false, std::nullopt);
}

void SimServer::write(QTcpSocket *socket, const SimResponse &response, bool close,
                      const std::optional<SimFaults::Rule> &fault)
{
    if (fault && fault->kind == SimFaults::Kind::Reset) {
        socket->abort();
        return;
    }
    SimResponse sent = response;
    if (fault && fault->kind == SimFaults::Kind::MalformedJson)
        sent.body = "{\"users\": [ {\"id\": \"oops\", ";
    const QByteArray wire = wireFormat(sent, close);
    if (fault && fault->kind == SimFaults::Kind::Truncate) {
        // The headers promise the whole body; half of it comes, then the connection ends.
        socket->write(wire.left(wire.size() - (sent.body.size() - sent.body.size() / 2)));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(wire);
    if (close)
        socket->disconnectFromHost();
}

SimResponse SimServer::control(const QByteArray &method, const QStringList &segments, const QByteArray &body)
{
    if (segments.value(0) != "faults"_L1 || segments.size() != 1)
        return SimResponse::error(404, u"Emulator control knows only /__sim/faults."_s);
    if (method == "GET")
        return SimResponse::json(200, m_faults.toJson());
    if (method == "DELETE") {
        m_faults.clear();
        return SimResponse::noContent();
    }
    if (method == "POST") {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (o.contains("latencyMs"_L1))
            m_faults.latencyMs = qMax(0, o.value("latencyMs"_L1).toInt());
        if (!o.contains("path"_L1))
            return SimResponse::json(200, m_faults.toJson());
        QString error;
        auto rule = SimFaults::ruleFromJson(o, &error);
        if (!rule)
            return SimResponse::error(400, error);
        m_faults.add(std::move(*rule));
        return SimResponse::json(201, m_faults.toJson());
    }
    return SimResponse::error(405, u"Use GET, POST or DELETE."_s);
}

} // namespace infiniti::sim
