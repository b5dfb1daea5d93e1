#include "sim/SimServer.h"

#include "sim/SimCertificate.h"
#include "sim/SimConnectionGuard.h"
#include "sim/SimRoutes.h"
#include "sim/SimStrictProfile.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Qt 6.4 writes every request with all its headers, the bearer token included, to its
// "qt.httpserver" debug category. That line is switched off for Qt's category and written here
// instead, under the same name, with the Authorization header redacted.
Q_LOGGING_CATEGORY(lcSimHttp, "qt.httpserver")

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void redactingFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (category != &lcSimHttp() && qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

void installRedactingFilter()
{
    static std::once_flag once;
    std::call_once(once, [] {
        lcSimHttp(); // made before the filter runs: a category made inside it would deadlock
        g_previousFilter = QLoggingCategory::installFilter(redactingFilter);
    });
}

QString describe(const QHttpServerRequest &request, const QByteArray &target)
{
    QString headers;
    for (const auto &[name, value] : request.headers()) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                            name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0 ||
                            name.compare("Cookie", Qt::CaseInsensitive) == 0;
        headers += u"(%1: %2)"_s.arg(QString::fromLatin1(name),
                                     secret ? u"<redacted>"_s : QString::fromLatin1(value));
    }
    return u"%1 %2 (Headers: %3)(RemoteHost: %4)(BodySize: %5)"_s
        .arg(QString::fromLatin1(methodName(request.method())), QString::fromLatin1(target),
             headers, request.remoteAddress().toString())
        .arg(request.body().size());
}

// How many connections fit in the open-file limit, leaving room for the rest of the process.
int connectionsThatFit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return int(qBound<rlim_t>(8, limit.rlim_cur > 64 ? limit.rlim_cur - 64 : 8, 100000));
#endif
    return 1000;
}

// A body at least this large is read off the server's thread (SimServer::serve).
constexpr qsizetype kPreparedBodyBytes = 1024 * 1024;

bool isBearer(const QByteArray &authorization)
{
    // The scheme is case-insensitive (RFC 9110 11.1): "bearer" and "BEARER" are "Bearer".
    return authorization.size() > 7 && authorization.at(6) == ' ' &&
           authorization.left(6).compare("Bearer", Qt::CaseInsensitive) == 0;
}

// fsync of a directory, so that a file renamed into it stays there after a crash.
void syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{
    installRedactingFilter();
    const QString file =
        m_options.dataDir.isEmpty() ? QString() : m_options.dataDir + u"/store.json"_s;
    if (!file.isEmpty() && QFile::exists(file)) {
        QFile in(file);
        QJsonParseError pe;
        const QJsonDocument doc = in.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(in.readAll(), &pe)
                                      : QJsonDocument();
        if (!doc.isObject() || !m_store.loadJson(doc.object(), &m_loadError)) {
            if (m_loadError.isEmpty())
                m_loadError = u"%1 is not a store the emulator wrote"_s.arg(file);
        }
    } else {
        seedStore(m_store, m_options.seed);
    }
    m_store.tokenTtlSeconds = m_options.tokenTtlSeconds;
    m_store.idleTimeoutSeconds = m_options.idleTimeoutSeconds >= 0
                                     ? m_options.idleTimeoutSeconds
                                     : (m_options.strict ? kStrictIdleTimeoutSeconds : 0);
    m_router.setStrict(m_options.strict);
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

SimServer::~SimServer()
{
    // Bodies still being prepared are read to the end (they touch nothing of ours), and what
    // they made is dropped with the events posted to us. The lanes stop listening for their
    // sockets, which go after us.
    m_pool.clear();
    m_pool.waitForDone();
    for (const auto &lane : std::as_const(m_lanes))
        disconnect(lane->gone);
}

bool SimServer::save(QString *error)
{
    if (m_options.dataDir.isEmpty())
        return true;
    // The store holds passwords in clear: the directory we make and the file are the owner's only.
    if (!QDir(m_options.dataDir).exists() && QDir().mkpath(m_options.dataDir))
        QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner);
    // Written to a temporary file and renamed over the old one: a crash never leaves half a
    // store. Qt 6.4's commit() happens to fdatasync the file (seen with strace), which its
    // documentation does not promise: the file is fsynced here, and the directory after the
    // rename, so that an acknowledged change is on disk.
    QSaveFile out(m_options.dataDir + u"/store.json"_s);
    const QByteArray data = QJsonDocument(m_store.toJson()).toJson(QJsonDocument::Compact);
    bool ok = out.open(QIODevice::WriteOnly) &&
              out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
              out.write(data) == data.size() && out.flush();
#ifdef Q_OS_UNIX
    if (ok && ::fsync(out.handle()) != 0) {
        if (error)
            *error = qt_error_string(errno);
        out.cancelWriting();
        return false;
    }
#endif
    if (ok && out.commit()) {
        syncDirectory(m_options.dataDir);
        return true;
    }
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
    if (!m_options.dataDir.isEmpty() && !QFile::exists(m_options.dataDir + u"/store.json"_s) &&
        !save(error))
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
            new SimConnectionGuard(socket, m_options.maxBodyBytes, m_options.requestTimeoutMs,
                                   m_options.idleConnectionMs);
        });
        m_tcp = ssl;
    } else {
        GuardedTcpServer::Settings settings;
        settings.maxBody = m_options.maxBodyBytes;
        settings.requestTimeoutMs = m_options.requestTimeoutMs;
        settings.idleTimeoutMs = m_options.idleConnectionMs;
        settings.maxConnections =
            m_options.maxConnections > 0 ? m_options.maxConnections : connectionsThatFit();
        m_tcp = new GuardedTcpServer(settings, this);
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
    // The target exactly as sent (QUrl turns %2E into '.', which users/name/ must not see).
    SimConnectionGuard *guard = SimConnectionGuard::of(socket);
    const SimConnectionGuard::Head framed = guard ? guard->takeHead() : SimConnectionGuard::Head{};
    QByteArray target = framed.target;
    if (target.isEmpty() || !target.startsWith('/'))
        target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    qCDebug(lcSimHttp).noquote() << "Request:" << describe(request, target);
    // Nothing before it on this connection still waits for its answer.
    const std::shared_ptr<Lane> lane = m_lanes.value(socket);
    const bool inTurn = !lane || lane->idle();
    // The fast path: a GET answered before to the same token, nothing changed since, no fault
    // to inject — the same bytes again, without parsing anything further.
    const bool quiet = m_faults.latencyMs == 0 && m_faults.failRate <= 0 && !m_faults.hasRules();
    if (inTurn && quiet && request.method() == QHttpServerRequest::Method::Get &&
        !m_cache.isEmpty()) {
        const QByteArray auth = request.value("Authorization");
        const auto hit = m_cache.constFind(cacheKey(framed.authority, target, auth));
        if (hit != m_cache.constEnd() && isBearer(auth) &&
            m_store.userForToken(QString::fromLatin1(auth.mid(7).trimmed())) &&
            !framed.closeAfter && !framed.keepAliveSaid &&
            !request.value("Connection").toLower().contains("close")) {
            ++m_requestCount;
            socket->write(hit->wire);
            return true;
        }
    }
    Arrival arrival = arrive(request, framed, target);
    if (inTurn && !worthPreparing(arrival)) {
        answer(socket, std::move(arrival));
        return true;
    }
    // A large body, or requests after one: they wait their turn on the connection's lane.
    std::shared_ptr<Lane> waitsOn = lane;
    if (!waitsOn) {
        waitsOn = std::make_shared<Lane>();
        waitsOn->socket = socket;
        waitsOn->gone =
            connect(socket, &QObject::destroyed, this, [this, socket] { m_lanes.remove(socket); });
        m_lanes.insert(socket, waitsOn);
    }
    waitsOn->waiting.enqueue(std::move(arrival));
    serve(waitsOn);
    return true;
}

SimServer::Arrival SimServer::arrive(const QHttpServerRequest &request,
                                     const SimConnectionGuard::Head &framed,
                                     const QByteArray &target) const
{
    Arrival a;
    a.framed = framed;
    SimRequest &req = a.req;
    req.method = methodName(request.method());
    if (req.method == "UNKNOWN" && !framed.method.isEmpty() && framed.method.size() <= 32)
        req.method = framed.method; // "Method TRACE is not allowed", not "Method UNKNOWN"
    for (const auto &h : request.headers())
        req.headers.append({h.first, h.second});
    a.close = framed.closeAfter || req.header("Connection").toLower().contains("close");
    a.head = request.method() == QHttpServerRequest::Method::Head;

    a.path = request.url().path(QUrl::FullyEncoded);
    a.query = request.url().query(QUrl::FullyEncoded);
    req.rawTarget = target;
    req.rawPath = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const QStringList encoded = a.path.split(QLatin1Char('/'), Qt::KeepEmptyParts);
    for (const auto &s : encoded)
        a.segments << QUrl::fromPercentEncoding(s.toUtf8());
    while (!a.segments.isEmpty() && a.segments.constFirst().isEmpty())
        a.segments.removeFirst();
    while (!a.segments.isEmpty() && a.segments.constLast().isEmpty())
        a.segments.removeLast(); // with or without a trailing slash
    a.api = a.segments.size() >= 3 &&
            a.segments.at(0).compare("api"_L1, Qt::CaseInsensitive) == 0 &&
            a.segments.at(1).compare("v1"_L1, Qt::CaseInsensitive) == 0;
    if (a.api) {
        req.module = a.segments.at(2).toLower();
        req.segments = a.segments.mid(3);
    }

    // As the client addressed us (contract 9.2), checked by the connection guard.
    req.origin = (m_options.tls ? u"https://"_s : u"http://"_s) +
                 QString::fromLatin1(framed.authority.isEmpty() ? baseUrl().authority().toLatin1()
                                                                : framed.authority);
    req.query = request.query();
    req.body = request.body();
    req.strict = m_options.strict;
    req.pageCap = qMax(1, m_options.pageCap);
    req.patchDropsFile = m_options.strict && m_options.patchDropsFile;
    req.maxBody = m_options.maxBodyBytes;
    const QByteArray auth = req.header("Authorization");
    if (isBearer(auth))
        req.token = QString::fromLatin1(auth.mid(7).trimmed());
    return a;
}

bool SimServer::worthPreparing(const Arrival &arrival) const
{
    // Reading a 200 MB import took this thread 15 s, everyone else waiting; a body this large
    // is read on the pool. A caller the answer will refuse (401) is answered at once.
    return arrival.api && !arrival.req.prepared && arrival.req.body.size() >= kPreparedBodyBytes &&
           arrival.req.body.size() <= m_options.maxBodyBytes && !arrival.req.token.isEmpty() &&
           m_store.userForToken(arrival.req.token);
}

void SimServer::serve(const std::shared_ptr<Lane> &lane)
{
    while (!lane->busy && !lane->waiting.isEmpty()) {
        auto next = std::make_shared<Arrival>(lane->waiting.dequeue());
        if (!worthPreparing(*next)) {
            answer(lane->socket, std::move(*next));
            continue;
        }
        lane->busy = true;
        if (SimConnectionGuard *guard = SimConnectionGuard::of(lane->socket))
            guard->setAnswerOwed(true);
        // Only the body and the route's preparation are read there (nothing of the store); the
        // answer is made here when they are done, in the connection's order.
        m_pool.start([this, lane, next, prepare = m_router.preparation(next->req),
                      gate = m_preparationGate] {
            if (gate)
                gate();
            auto prepared = std::make_shared<SimPrepared>();
            prepared->json = SimRequest::parseObject(next->req.body, &prepared->refusal);
            if (prepared->json && prepare)
                prepared->made = prepare(*prepared->json, next->req);
            QMetaObject::invokeMethod(
                this,
                [this, lane, next, prepared] {
                    next->req.prepared = prepared;
                    lane->busy = false;
                    if (SimConnectionGuard *guard = SimConnectionGuard::of(lane->socket))
                        guard->setAnswerOwed(false);
                    answer(lane->socket, std::move(*next));
                    serve(lane);
                },
                Qt::QueuedConnection);
        });
        return;
    }
}

void SimServer::answer(QTcpSocket *socket, Arrival arrival)
{
    SimRequest &req = arrival.req;
    const SimConnectionGuard::Head &framed = arrival.framed;
    const bool close = arrival.close;
    const QStringList &segments = arrival.segments;
    const QString &path = arrival.path;

    if (!segments.isEmpty() && segments.constFirst() == "__sim"_L1) {
        const SimResponse answer =
            segments.size() == 2 && segments.at(1) == "faults"_L1
                ? m_faults.control(req.method, req.body)
                : SimResponse::error(404, u"Emulator control knows only /__sim/faults."_s);
        write(socket, answer, close, std::nullopt, arrival.head);
        return;
    }

    ++m_requestCount;
    auto fault = m_faults.take(
        req.method, arrival.query.isEmpty() ? path : path + QLatin1Char('?') + arrival.query);
    const bool api = arrival.api;
    std::optional<SimResponse> refused;
    if (req.body.size() > m_options.maxBodyBytes) {
        refused = SimResponse::error(
            413, u"The request body is larger than %1 bytes."_s.arg(m_options.maxBodyBytes));
    } else if (!fault && api && m_faults.rollFailure()) {
        refused = SimResponse::error(503, u"Injected failure (--fail-rate)."_s);
    } else if (fault && fault->kind == SimFaults::Kind::Status) {
        refused = SimResponse::error(fault->status, u"Injected fault."_s);
        if (fault->retryAfter >= 0)
            refused->addHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else if (!api) {
        refused = SimResponse::error(404, u"Not an Infiniti API path: %1"_s.arg(path));
    }
    SimResponse response;
    if (refused) {
        response = *refused;
        if (m_options.strict)
            StrictProfile::shapeAnswer(req, response);
    } else {
        const QString area = req.segments.value(0).toLower();
        // A GET asked before by the same (still valid) token, with nothing changed since, gets the
        // same bytes without being built again. Operations and outputs change with time: never.
        const bool cacheable = req.method == "GET" && !req.token.isEmpty() &&
                               area != "operations"_L1 && area != "generatedoutput"_L1;
        const QByteArray key =
            cacheable ? cacheKey(framed.authority, req.rawTarget, req.header("Authorization"))
                      : QByteArray();
        const auto hit = cacheable ? m_cache.constFind(key) : m_cache.constEnd();
        if (hit != m_cache.constEnd() && m_store.userForToken(req.token)) {
            response = hit->response;
        } else {
            response = m_router.dispatch(req, m_store);
            if (m_options.strict) // before it is cached: the cache holds answers as sent
                StrictProfile::shapeAnswer(req, response);
            if (cacheable && response.status == 200 && response.body.size() < 4 * 1024 * 1024) {
                Cached entry{response, response.wire(false)};
                const qint64 cost = key.size() + entry.response.body.size() + entry.wire.size();
                if (m_cachedBytes + cost > kMaxCachedBytes)
                    dropCache();
                m_cache.insert(key, std::move(entry));
                m_cachedBytes += cost;
            }
        }
        // Every change is saved before it is acknowledged.
        const bool changesData = req.method != "GET" && area != "login"_L1 && area != "logoff"_L1;
        if (changesData)
            dropCache();
        if (changesData && response.status >= 200 && response.status < 300 && !save()) {
            response =
                SimResponse::error(500, u"The change was made but could not be saved to --data."_s);
        }
    }

    // An HTTP/1.0 client closes after the answer unless it is told the connection stays.
    if (framed.keepAliveSaid && !close)
        response.addHeader("Connection", "keep-alive");
    const bool head = arrival.head;
    const int delay = m_faults.latencyMs + (fault ? fault->delayMs : 0);
    if (delay <= 0) {
        write(socket, response, close, fault, head);
    } else {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, response, close, fault, head] {
            if (guard)
                if (guard)
                    write(guard, response, close, fault, head);
        });
    }
}

qint64 SimServer::cacheFootprint() const
{
    qint64 bytes = 0;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        bytes += it.key().size() + it->response.body.size() + it->wire.size();
    return bytes;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SimResponse::error(404, u"Not found."_s), false, std::nullopt);
}

void SimServer::write(QTcpSocket *socket, const SimResponse &response, bool close,
                      const std::optional<SimFaults::Rule> &fault, bool head)
{
    if (!socket) // gone while its request was carried out: nobody to answer
        return;
    if (fault && fault->kind == SimFaults::Kind::Reset) {
        socket->abort();
        return;
    }
    SimResponse sent = response;
    if (fault && fault->kind == SimFaults::Kind::MalformedJson)
        sent.body = "{\"users\": [ {\"id\": \"oops\", ";
    QByteArray wire = sent.wire(close);
    if (head) // the head of the answer only: a body here would be read as the next answer
        wire.chop(sent.body.size());
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

} // namespace infiniti::sim
