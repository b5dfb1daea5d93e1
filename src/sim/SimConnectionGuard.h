#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace infiniti::sim {

// Watches one connection before QHttpServer reads it (its slot is connected first) and frames
// every request itself, because Qt 6.4's parser trusts what it is sent: a negative or
// non-numeric Content-Length means "no body" (the body is then read as the next request), bad
// chunk sizes read as 0, unknown transfer codings as chunked, and a request line it cannot
// parse closes the connection without a word. Here each of those is answered 400 naming the
// framing; a declared body over the limit 413 at once (the body is read and dropped, so the
// client reads the 413 rather than a broken upload); a body that keeps coming is cut with 413;
// a head over 64 KiB or with more than 100 fields (Qt's parser drops them all past that) gets
// 431; a request line that is not HTTP/1.x gets 400 or 505 as soon as it ends; and a request
// that does not arrive within the request timeout — headers that never end, blank lines only, a
// body that stops coming — gets 408. Each refusal closes that connection only; QHttpServer
// never sees the refused request. A connection with no request under way for the idle timeout
// (0: never) is closed without a word, as keep-alive connections are.
class SimConnectionGuard : public QObject
{
public:
    SimConnectionGuard(QTcpSocket *socket, qint64 maxBody, int requestTimeoutMs,
                       int idleTimeoutMs = 0);

    // What the guard read of the next request QHttpServer hands over: its target exactly as
    // the client sent it (QUrl turns %2E into '.'), its method as sent (Qt 6.4 names only the
    // methods it knows), the authority it addressed, and whether the connection ends after its
    // answer (HTTP/1.0 without keep-alive, which Qt does not tell).
    struct Head
    {
        QByteArray target;
        QByteArray method;
        // The host and port the client addressed (Host, or an absolute target's authority),
        // checked; empty for an HTTP/1.0 request without Host.
        QByteArray authority;
        bool closeAfter = false;
        // HTTP/1.0 with "Connection: keep-alive": the answer must say it stays open.
        bool keepAliveSaid = false;
    };
    Head takeHead() { return m_heads.isEmpty() ? Head{} : m_heads.dequeue(); }
    static SimConnectionGuard *of(const QTcpSocket *socket);
    // No request under way, nothing to read or write, no answer owed: the connection may be
    // closed.
    bool isIdle() const;
    // An answer is still being made (a large body read off the server's thread): the
    // connection is not idle meanwhile, whatever it reads or writes.
    void setAnswerOwed(bool owed) { m_answerOwed = owed; }
    qint64 idleMs() const { return m_idleSince.elapsed(); }
    void close();

private:
    enum class Phase { Gap, Head, Body, ChunkSize, ChunkData, ChunkEnd, LastChunkEnd, Refused };

    void inspect();
    void feed(const QByteArray &bytes, qint64 offset);
    // How many bytes of `bytes` from `from` belong to the head (all while it goes on).
    qsizetype feedHead(const QByteArray &bytes, qsizetype from, bool *complete);
    void headComplete(qint64 end);
    void chunkSizeLine();
    void requestDone(qint64 end);
    void progress();
    void refuse(int status, const QString &message, qint64 drain = 0);
    void discard();
    void closeSoon();

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    int m_timeoutMs;
    QTimer m_timer;
    QTimer m_idle;
    QElapsedTimer m_idleSince;
    bool m_lineChecked = false; // the request line of the head under way
    Phase m_phase = Phase::Gap;
    QByteArray m_line;      // the head, or a chunk-size line, so far
    qint64 m_remaining = 0; // of the body or the chunk
    qint64 m_bodyBytes = 0; // of a chunked body so far
    int m_blankBytes = 0;   // blank bytes before a request (one stray CRLF is tolerated)
    // Where QHttpServer reads next (it reads everything unless a request ends before, then
    // stops there until its next readyRead), how far we looked, and where requests end.
    qint64 m_consumed = 0;
    qint64 m_seen = 0;
    QList<qint64> m_ends;
    QQueue<Head> m_heads;
    qint64 m_draining = 0; // bytes of a refused body still to drop
    bool m_answerOwed = false;
};

// Plain HTTP: our own sockets, guarded before QHttpServer sees them, at most maxConnections
// at a time (0: no limit): when full, the connection idle the longest is closed to make room,
// and with none idle the newcomer gets 503.
class GuardedTcpServer : public QTcpServer
{
public:
    struct Settings
    {
        qint64 maxBody = 0;
        int requestTimeoutMs = 0;
        int idleTimeoutMs = 0;
        int maxConnections = 0;
    };
    GuardedTcpServer(const Settings &settings, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Settings m_settings;
    QList<QPointer<SimConnectionGuard>> m_guards;
};

} // namespace infiniti::sim
