#pragma once

#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

class QTcpSocket;

namespace infiniti {

// A minimal HTTP/1.1 exchange over QTcpSocket/QSslSocket that writes the request target exactly
// as given. It exists only for targets QUrl would rewrite; everything else uses Qt's HTTP stack.
// One request per connection ("Connection: close"), Content-Length or chunked answers.
class VerbatimHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    VerbatimHttpReply(QByteArray verb, const QNetworkRequest &request, QByteArray target,
                      QByteArray body, QObject *parent = nullptr);
    ~VerbatimHttpReply() override;

    void start();
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void fail(NetworkError code, const QString &text);
    void complete();
    bool parseHead();
    bool decodeBody(bool atEof);

    QByteArray m_verb;
    QByteArray m_target;
    QByteArray m_requestBody;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_incoming;
    QByteArray m_body;
    qint64 m_readPos = 0;
    qsizetype m_headEnd = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_done = false;
};

} // namespace infiniti
