#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace infiniti::test {

// A tiny HTTP/1.1 responder on a loopback port (as in Qt's own network tests): it records each
// request exactly as received and answers with whatever the test's handler returns
// (an empty answer leaves the request hanging).
class RawHttpResponder : public QTcpServer
{
public:
    struct Request
    {
        QByteArray requestLine; // e.g. "GET /api/v1/admin/users HTTP/1.1"
        QByteArray method, target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[k, v] : headers) {
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
    };
    using Handler = std::function<QByteArray(const Request &)>;

    QList<Request> requests;
    Handler handler;

    explicit RawHttpResponder(Handler h = {})
        : handler(std::move(h))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    // A handler's answer that closes the connection without answering.
    static QByteArray hangUp() { return QByteArrayLiteral("\0hang up"); }
    // A handler's answer that keeps the request unanswered until release(), which asks the
    // handler again for each held request whose connection is still open, in the order held.
    static QByteArray hold() { return QByteArrayLiteral("\0hold"); }
    qsizetype heldCount() const { return m_held.size(); }
    // How many held requests still have their connection open (the client has not given up).
    qsizetype heldOpen() const
    {
        return std::count_if(m_held.cbegin(), m_held.cend(), [](const auto &held) {
            return held.first && held.first->state() == QAbstractSocket::ConnectedState;
        });
    }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &[socket, request] : held) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                reply(socket, request);
        }
    }

    static QByteArray answer(int status, const QByteArray &body,
                             const QByteArray &extraHeaders = {},
                             const QByteArray &contentType = "application/json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            r.requestLine = lines.value(0).trimmed();
            const QList<QByteArray> parts = r.requestLine.split(' ');
            r.method = parts.value(0);
            r.target = parts.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                    if (line.left(colon).trimmed().toLower() == "content-length")
                        length = line.mid(colon + 1).trimmed().toLongLong();
                }
            }
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests << r;
            reply(socket, r);
        });
    }

    void reply(QTcpSocket *socket, const Request &r)
    {
        const QByteArray reply = handler ? handler(r) : answer(200, "{}");
        if (reply == hangUp()) {
            socket->abort(); // the request taken, then the connection broken: no answer
            return;
        }
        if (reply == hold()) {
            m_held.push_back({socket, r});
            return;
        }
        if (!reply.isEmpty()) {
            socket->write(reply);
            socket->disconnectFromHost();
        }
    }

    std::vector<std::pair<QPointer<QTcpSocket>, Request>> m_held;
};

} // namespace infiniti::test
