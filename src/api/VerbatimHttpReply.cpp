#include "api/VerbatimHttpReply.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace infiniti {

VerbatimHttpReply::VerbatimHttpReply(QByteArray verb, const QNetworkRequest &request,
                                     QByteArray target, QByteArray body, QObject *parent)
    : QNetworkReply(parent)
    , m_verb(std::move(verb))
    , m_target(std::move(target))
    , m_requestBody(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, m_verb);
}

VerbatimHttpReply::~VerbatimHttpReply()
{
    if (m_socket)
        m_socket->abort();
}

void VerbatimHttpReply::start()
{
    const QUrl u = url();
    const bool tls = u.scheme() == "https"_L1;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(request().sslConfiguration());
        connect(ssl, &QSslSocket::encrypted, this, &VerbatimHttpReply::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            emit sslErrors(errors); // a slot may call ignoreSslErrors() synchronously
        });
        m_socket = ssl;
        ssl->connectToHostEncrypted(u.host(), quint16(u.port(443)));
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &VerbatimHttpReply::onConnected);
        m_socket->connectToHost(u.host(), quint16(u.port(80)));
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &VerbatimHttpReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &VerbatimHttpReply::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this,
            [this, tls](QAbstractSocket::SocketError e) {
                if (m_done)
                    return;
                if (e == QAbstractSocket::RemoteHostClosedError && m_headEnd >= 0) {
                    onDisconnected(); // a close after the answer ends a body without a length
                    return;
                }
                NetworkError code = UnknownNetworkError;
                switch (e) {
                case QAbstractSocket::ConnectionRefusedError:
                    code = ConnectionRefusedError;
                    break;
                case QAbstractSocket::RemoteHostClosedError:
                    code = RemoteHostClosedError;
                    break;
                case QAbstractSocket::HostNotFoundError:
                    code = HostNotFoundError;
                    break;
                case QAbstractSocket::SocketTimeoutError:
                    code = TimeoutError;
                    break;
                case QAbstractSocket::SslHandshakeFailedError:
                    code = SslHandshakeFailedError;
                    break;
                default:
                    code = tls ? SslHandshakeFailedError : UnknownNetworkError;
                    break;
                }
                fail(code, m_socket ? m_socket->errorString() : QString());
            });
    open(QIODevice::ReadOnly);
}

void VerbatimHttpReply::onConnected()
{
    const QUrl u = url();
    QByteArray head = m_verb + ' ' + m_target + " HTTP/1.1\r\n";
    const bool defaultPort = u.port() < 0;
    // An IPv6 address goes in brackets, as in the URL (RFC 9112 3.2).
    const QByteArray host = u.host(QUrl::FullyEncoded).toLatin1();
    head += "Host: " + (host.contains(':') ? '[' + host + ']' : host) +
            (defaultPort ? QByteArray() : ':' + QByteArray::number(u.port())) + "\r\n";
    const auto names = request().rawHeaderList();
    for (const auto &name : names)
        head += name + ": " + request().rawHeader(name) + "\r\n";
    const QVariant ct = request().header(QNetworkRequest::ContentTypeHeader);
    if (ct.isValid() && !request().hasRawHeader("Content-Type"))
        head += "Content-Type: " + ct.toByteArray() + "\r\n";
    if (!m_requestBody.isEmpty() || m_verb == "POST" || m_verb == "PATCH" || m_verb == "PUT")
        head += "Content-Length: " + QByteArray::number(m_requestBody.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (!m_requestBody.isEmpty())
        m_socket->write(m_requestBody);
    emit uploadProgress(m_requestBody.size(), m_requestBody.size());
}

bool VerbatimHttpReply::parseHead()
{
    const qsizetype end = m_incoming.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_incoming.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    const int code = status.value(1).toInt(&ok);
    if (!ok || !status.value(0).startsWith("HTTP/")) {
        fail(ProtocolFailure, tr("The server's answer is not HTTP."));
        return false;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, code);
    QByteArray reason;
    for (int i = 2; i < status.size(); ++i)
        reason += (i > 2 ? " " : "") + status.at(i);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reason);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        setRawHeader(name, value);
        const QByteArray lower = name.toLower();
        if (lower == "content-length")
            m_contentLength = value.toLongLong();
        else if (lower == "transfer-encoding" && value.toLower().contains("chunked"))
            m_chunked = true;
        else if (lower == "content-type")
            setHeader(QNetworkRequest::ContentTypeHeader, value);
        else if (lower == "location")
            setHeader(QNetworkRequest::LocationHeader, QUrl::fromEncoded(value));
    }
    m_headEnd = end + 4;
    m_incoming.remove(0, m_headEnd);
    emit metaDataChanged();
    return true;
}

// Moves decoded body bytes from m_incoming into m_body; true when the body is complete.
bool VerbatimHttpReply::decodeBody(bool atEof)
{
    if (m_verb == "HEAD")
        return true;
    if (m_chunked) {
        for (;;) {
            const qsizetype lineEnd = m_incoming.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size =
                m_incoming.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                fail(ProtocolFailure, tr("Malformed chunked body."));
                return false;
            }
            if (m_incoming.size() < lineEnd + 2 + size + 2)
                return false;
            if (size == 0)
                return true;
            m_body += m_incoming.mid(lineEnd + 2, size);
            m_incoming.remove(0, lineEnd + 2 + size + 2);
        }
    }
    m_body += m_incoming;
    m_incoming.clear();
    if (m_contentLength >= 0)
        return m_body.size() >= m_contentLength;
    return atEof;
}

void VerbatimHttpReply::onReadyRead()
{
    if (m_done)
        return;
    m_incoming += m_socket->readAll();
    if (m_headEnd < 0 && !parseHead())
        return;
    if (m_done)
        return;
    const qint64 before = m_body.size();
    if (decodeBody(false)) {
        complete();
    } else if (m_body.size() != before) {
        emit downloadProgress(m_body.size(), m_contentLength);
        emit readyRead();
    }
}

void VerbatimHttpReply::onDisconnected()
{
    if (m_done)
        return;
    if (m_socket)
        m_incoming += m_socket->readAll();
    if (m_headEnd < 0 && !parseHead()) {
        if (!m_done)
            fail(RemoteHostClosedError, tr("The server closed the connection without answering."));
        return;
    }
    if (decodeBody(true))
        complete();
    else if (!m_done)
        fail(RemoteHostClosedError, tr("The server closed the connection mid-answer."));
}

void VerbatimHttpReply::complete()
{
    m_done = true;
    if (m_socket)
        m_socket->disconnectFromHost();
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        // Mirror Qt's reply: an HTTP error status is also a reply error.
        setError(status == 404 ? ContentNotFoundError : UnknownContentError,
                 QString::fromLatin1(
                     attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
    }
    setFinished(true);
    emit downloadProgress(m_body.size(), m_body.size());
    emit readyRead();
    if (status >= 400)
        emit errorOccurred(error());
    emit finished();
}

void VerbatimHttpReply::fail(NetworkError code, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_socket->abort();
    setError(code, text);
    setFinished(true);
    // Let the caller connect its slots before hearing the outcome, as Qt's replies do.
    QTimer::singleShot(0, this, [this, code] {
        emit errorOccurred(code);
        emit finished();
    });
}

void VerbatimHttpReply::abort()
{
    fail(OperationCanceledError, tr("Operation cancelled"));
}

qint64 VerbatimHttpReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QIODevice::bytesAvailable();
}

qint64 VerbatimHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_readPos);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_body.constData() + m_readPos, size_t(n));
    m_readPos += n;
    return n;
}

void VerbatimHttpReply::ignoreSslErrorsImplementation(const QList<QSslError> &errors)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        ssl->ignoreSslErrors(errors);
}

} // namespace infiniti
