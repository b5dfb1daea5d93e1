#pragma once

#include "sim/SimConnectionGuard.h"
#include "sim/SimFaults.h"
#include "sim/SimRouter.h"
#include "sim/SimSeed.h"
#include "sim/SimStore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace infiniti::sim {

// How long the strict profile's tokens last unused (contract 9.1a), unless told otherwise.
inline constexpr int kStrictIdleTimeoutSeconds = 20 * 60;

struct SimOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    SeedOptions seed;
    int latencyMs = 0;
    // Faults from the command line: a share of requests answered 503, and fixed rules.
    double failRate = 0.0;
    QList<SimFaults::Rule> faults;
    int tokenTtlSeconds = 0;
    // Tokens not used for this long expire (sliding); -1: the profile's default (never; the
    // strict profile 20 minutes).
    int idleTimeoutSeconds = -1;
    // How long a generation takes: a third not started, the rest running.
    int generationMs = 1500;
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
    // A request must arrive within this time: its headers from its first byte, its body with no
    // pause longer (a slow or stalled client gets 408 and is closed).
    int requestTimeoutMs = 10000;
    // A connection with no request under way is closed after this long (0: never), as servers
    // close idle keep-alive connections (IIS after 120 s).
    int idleConnectionMs = 120000;
    // At most this many connections at once (plain HTTP): when full, the one idle the longest
    // is closed to make room, with none idle the newcomer gets 503. 0: from the limit of open
    // files (that limit less 64, so that the process never runs out of descriptors).
    int maxConnections = 0;
    // --data: load the store from DIR/store.json and save it after every change.
    QString dataDir;
    // --tls: HTTPS with a self-signed certificate made at start.
    bool tls = false;
    // --strict: the vendor profile (contract 9.1a, docs/EMULATOR.md): what the documented
    // server does and nothing more.
    bool strict = false;
    // Strict: the largest page answered, whatever $top asks for.
    int pageCap = 25;
    // --patch-drops-file, with strict: the replacing PATCH keeps nothing the body leaves out,
    // not even a library item's file (a PATCH without `binary` clears it, a new empty version)
    // — the server contract 9.1 tells a client to assume.
    bool patchDropsFile = false;
};

// The Infiniti REST API emulator: a QAbstractHttpServer answering every request itself.
// (QHttpServer is a preview API; this file is the only one that touches it.)
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimServer(SimOptions options = {}, QObject *parent = nullptr);
    ~SimServer() override;

    bool start(QString *error = nullptr);
    // Writes the store to DIR/store.json atomically (no-op without --data).
    bool save(QString *error = nullptr);
    // http(s)://127.0.0.1:<port> — serves both modules (Manage URL = Produce URL).
    QUrl baseUrl() const;
    // With --tls: the certificate served (its SHA-256 is what a client pins).
    QSslCertificate certificate() const { return m_certificate; }
    // Whoever may change the store from outside (tests, the embedding app) drops the answer cache.
    SimStore &store()
    {
        dropCache();
        return m_store;
    }
    SimFaults &faults() { return m_faults; }
    // How many API requests have been answered (tests check what was, or was not, fetched).
    int requestCount() const { return m_requestCount; }
    // What the answer cache holds, in bytes: keys, answers and their wire form (tests).
    qint64 cacheFootprint() const;
    // Tests: runs on the pool before each large body is prepared (SimPrepared), to hold it there.
    void setPreparationGate(std::function<void()> gate) { m_preparationGate = std::move(gate); }
    // Tests: connections whose requests wait behind a large body, or had one.
    qsizetype lanes() const { return m_lanes.size(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request as it arrived: everything answering it needs, kept while the requests before it
    // on its connection are answered.
    struct Arrival
    {
        SimRequest req; // method, headers, targets, query and body; the rest when answered
        SimConnectionGuard::Head framed;
        QString path;  // encoded
        QString query; // encoded
        QStringList segments;
        bool api = false;   // /api/v1/{module}/…
        bool close = false; // the connection ends after the answer
        bool head = false;  // a HEAD: the answer without its body
    };
    // The requests of one connection that wait while a large body before them is prepared off
    // this thread (SimPrepared): answered in the order they came. Outlives its socket: a
    // request that arrived whole is carried out even when nobody is left to read the answer.
    struct Lane
    {
        QPointer<QTcpSocket> socket;
        QQueue<Arrival> waiting;
        bool busy = false;            // a body of its is being prepared
        QMetaObject::Connection gone; // the socket's destroyed(): the lane is forgotten
        bool idle() const { return !busy && waiting.isEmpty(); }
    };
    Arrival arrive(const QHttpServerRequest &request, const SimConnectionGuard::Head &framed,
                   const QByteArray &target) const;
    // Whether the body is large enough to be read off this thread first.
    bool worthPreparing(const Arrival &arrival) const;
    // Answers what waits on the lane, in order, until a request must be prepared first.
    void serve(const std::shared_ptr<Lane> &lane);
    void answer(QTcpSocket *socket, Arrival arrival);
    // `head`: the answer to a HEAD request, which has no body (its Content-Length stays).
    void write(QTcpSocket *socket, const SimResponse &response, bool close,
               const std::optional<SimFaults::Rule> &fault, bool head = false);

    SimOptions m_options;
    SimStore m_store;
    SimRouter m_router;
    SimFaults m_faults;
    QTcpServer *m_tcp = nullptr;
    int m_requestCount = 0;
    // Answers to GETs, by what was asked and by whom, until anything changes (a request that
    // changed data, or store() handed out). Time-dependent answers are never cached.
    struct Cached
    {
        SimResponse response;
        QByteArray wire; // the whole answer as sent on a kept-alive connection
    };
    QHash<QByteArray, Cached> m_cache;
    qint64 m_cachedBytes = 0; // keys, bodies and wire forms: a long URL costs what it is
    static constexpr qint64 kMaxCachedBytes = 64 * 1024 * 1024;
    void dropCache()
    {
        m_cache.clear();
        m_cachedBytes = 0;
    }
    // The cache's key: where, what and as whom.
    static QByteArray cacheKey(const QByteArray &host, const QByteArray &target,
                               const QByteArray &authorization)
    {
        return host + target + '\n' + authorization;
    }
    QString m_loadError;
    QSslCertificate m_certificate;
    // Lanes of the connections that had a large body (removed when the socket goes).
    QHash<const QTcpSocket *, std::shared_ptr<Lane>> m_lanes;
    // Where large bodies are prepared; waited for when the server goes.
    QThreadPool m_pool;
    std::function<void()> m_preparationGate;
};

} // namespace infiniti::sim
