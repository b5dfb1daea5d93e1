#include "SimServer.h"

#include "SimCertificate.h"
#include "SimRoutes.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonParseError>
#include <QSaveFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{
    const QString file = m_options.dataDir.isEmpty() ? QString() : m_options.dataDir + QStringLiteral("/store.json");
    if (!file.isEmpty() && QFile::exists(file)) {
        QFile in(file);
        QJsonParseError pe;
        const QJsonDocument doc = in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll(), &pe) : QJsonDocument();
        if (!doc.isObject() || !m_store.loadJson(doc.object(), &m_loadError)) {
            if (m_loadError.isEmpty())
                m_loadError = QStringLiteral("%1 is not a store the emulator wrote").arg(file);
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
    QSaveFile out(m_options.dataDir + QStringLiteral("/store.json"));
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
            *error = QStringLiteral("cannot load the store: %1").arg(m_loadError);
        return false;
    }
    if (!m_options.dataDir.isEmpty() && !QFile::exists(m_options.dataDir + QStringLiteral("/store.json")) && !save(error))
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
        m_tcp = ssl;
    } else {
        m_tcp = new QTcpServer(this);
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
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress host = m_tcp ? m_tcp->serverAddress() : m_options.bind;
    url.setHost(host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1")
                                                                            : host.toString());
    url.setPort(m_tcp ? m_tcp->serverPort() : 0);
    return url;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
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

    if (!segments.isEmpty() && segments.constFirst() == QLatin1StringView("__sim")) {
        write(socket, control(req.method, segments.mid(1), request.body()), close, std::nullopt);
        return true;
    }

    ++m_requestCount;
    const QByteArray host = req.header("Host");
    req.origin = (m_options.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + QString::fromLatin1(host.isEmpty() ? baseUrl().authority().toLatin1() : host);
    req.query = request.query();
    req.body = request.body();
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        req.token = QString::fromLatin1(auth.mid(7).trimmed());

    const QString query = request.url().query(QUrl::FullyEncoded);
    auto fault = m_faults.take(req.method, query.isEmpty() ? path : path + QLatin1Char('?') + query);
    SimResponse response;
    const bool api = segments.size() >= 3 && segments.at(0).compare(QLatin1StringView("api"), Qt::CaseInsensitive) == 0
                     && segments.at(1).compare(QLatin1StringView("v1"), Qt::CaseInsensitive) == 0;
    if (req.body.size() > m_options.maxBodyBytes) {
        response = SimResponse::error(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes));
    } else if (!fault && api && m_faults.rollFailure()) {
        response = SimResponse::error(503, QStringLiteral("Injected failure (--fail-rate)."));
    } else if (fault && fault->kind == SimFaults::Kind::Status) {
        response = SimResponse::error(fault->status, QStringLiteral("Injected fault."));
        if (fault->retryAfter >= 0)
            response.addHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else if (!api) {
        response = SimResponse::error(404, QStringLiteral("Not an Infiniti API path: %1").arg(path));
    } else {
        req.module = segments.at(2).toLower();
        req.segments = segments.mid(3);
        response = m_router.dispatch(req, m_store);
        // Every change is saved before it is acknowledged.
        const QString area = req.segments.value(0).toLower();
        const bool changesData = req.method != "GET" && area != QLatin1StringView("login") && area != QLatin1StringView("logoff");
        if (changesData && response.status >= 200 && response.status < 300 && !save()) {
            response = SimResponse::error(500, QStringLiteral("The change was made but could not be saved to --data."));
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
    write(socket, SimResponse::error(404, QStringLiteral("Not found.")), false, std::nullopt);
}

void SimServer::write(QTcpSocket *socket, const SimResponse &response, bool close,
                      const std::optional<SimFaults::Rule> &fault)
{
    if (fault && fault->kind == SimFaults::Kind::Reset) {
        socket->abort();
        return;
    }
    QByteArray body = response.body;
    if (fault && fault->kind == SimFaults::Kind::MalformedJson)
        body = "{\"users\": [ {\"id\": \"oops\", ";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !body.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[k, v] : response.headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (fault && fault->kind == SimFaults::Kind::Truncate) {
        socket->write(out + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(out + body);
    if (close)
        socket->disconnectFromHost();
}

SimResponse SimServer::control(const QByteArray &method, const QStringList &segments, const QByteArray &body)
{
    if (segments.value(0) != QLatin1StringView("faults") || segments.size() != 1)
        return SimResponse::error(404, QStringLiteral("Emulator control knows only /__sim/faults."));
    if (method == "GET")
        return SimResponse::json(200, m_faults.toJson());
    if (method == "DELETE") {
        m_faults.clear();
        return SimResponse::noContent();
    }
    if (method == "POST") {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (o.contains(QLatin1StringView("latencyMs")))
            m_faults.latencyMs = qMax(0, o.value(QLatin1StringView("latencyMs")).toInt());
        if (!o.contains(QLatin1StringView("path")))
            return SimResponse::json(200, m_faults.toJson());
        QString error;
        auto rule = SimFaults::ruleFromJson(o, &error);
        if (!rule)
            return SimResponse::error(400, error);
        m_faults.add(std::move(*rule));
        return SimResponse::json(201, m_faults.toJson());
    }
    return SimResponse::error(405, QStringLiteral("Use GET, POST or DELETE."));
}

} // namespace infiniti::sim
