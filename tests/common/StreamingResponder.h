#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace infiniti::test {

// A loopback HTTP server whose answers take their time: it sends `head` at once, then `chunk`
// every `interval` until `chunks` have gone (-1: for ever, as a server whose body never ends),
// then `tail`. For the client's bounds on silence, on the whole answer and on its size.
class StreamingResponder : public QTcpServer
{
public:
    QByteArray head;
    QByteArray chunk;
    QByteArray tail;
    int chunks = -1;
    int interval = 100;
    qint64 bytesSent = 0;
    int connections = 0;

    StreamingResponder()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    // A chunked answer whose chunks are `piece` (the chunk framing is added here).
    static QByteArray chunked(const QByteArray &piece)
    {
        return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }

private:
    void serve(QTcpSocket *socket)
    {
        ++connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray got = socket->readAll();
            if (!got.contains("\r\n\r\n") || socket->property("answering").toBool())
                return;
            socket->setProperty("answering", true);
            socket->write(head);
            bytesSent += head.size();
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
                if (socket->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                if (chunks >= 0 && *sent >= chunks) {
                    timer->stop();
                    socket->write(tail);
                    socket->disconnectFromHost();
                    return;
                }
                // Never let our own buffer grow without bound while the client refuses to read.
                if (socket->bytesToWrite() < 4 * 1024 * 1024) {
                    socket->write(chunk);
                    bytesSent += chunk.size();
                    ++*sent;
                }
            });
            timer->start(interval);
        });
    }
};

} // namespace infiniti::test
