#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace infiniti::test {

// An answer as it came off the wire.
struct RawAnswer
{
    int status = 0; // 0: no answer
    QByteArray head, body;
    bool closed = false; // the server closed the connection after it

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one answer (framed by Content-Length) from `socket`, waiting at most `timeoutMs`. The
// event loop turns meanwhile: the emulator may be serving from this very thread.
inline RawAnswer readAnswer(QTcpSocket &socket, QByteArray *buffer, int timeoutMs = 5000)
{
    RawAnswer a;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end >= 0) {
            a.head = buffer->left(end);
            const qsizetype length = a.header("Content-Length").toLongLong();
            if (buffer->size() >= end + 4 + length) {
                a.status = a.head.mid(9, 3).toInt();
                a.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                break;
            }
        }
        if (deadline.hasExpired() ||
            (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            break;
        QTest::qWait(2);
        *buffer += socket.readAll();
    }
    // An answer that says it closes the connection is followed by the close.
    if (a.header("Connection").compare("close", Qt::CaseInsensitive) == 0)
        (void)QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; },
                              2000);
    a.closed = socket.state() != QAbstractSocket::ConnectedState;
    return a;
}

// Sends `bytes` exactly as given (but for "{authority}", which becomes the host and port of
// `base`) on a fresh connection to `base` and reads the answer: for framing a client would
// never send, and to see an answer's exact bytes.
inline RawAnswer rawExchange(const QUrl &base, const QByteArray &bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return {};
    socket.write(QByteArray(bytes).replace("{authority}", base.authority().toLatin1()));
    QByteArray buffer;
    return readAnswer(socket, &buffer, timeoutMs);
}

// A request with Host (rawExchange fills it in), a Content-Length for the body, Connection:
// close and the bearer token when given; `target` goes on the wire as it is.
inline QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
                             const QByteArray &body = {}, const QString &token = {})
{
    QByteArray r =
        method + ' ' + target + " HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

// Signs in on the admin module with the raw client (forms authentication; the seeded users'
// passwords are their names): the token, read in any casing; empty when refused.
inline QString rawSignIn(const QUrl &base, const QByteArray &user = "admin",
                         const QByteArray &password = {})
{
    const QJsonObject answer =
        rawExchange(base, rawRequest("POST", "/api/v1/admin/login/forms",
                                     "{\"username\":\"" + user + "\",\"password\":\"" +
                                         (password.isEmpty() ? user : password) + "\"}"))
            .json();
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        if (it.key().compare(QLatin1String("authorizationToken"), Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

} // namespace infiniti::test
