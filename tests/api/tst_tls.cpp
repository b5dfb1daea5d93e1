// TLS fails closed: a certificate nobody trusted is refused before any request is sent, and
// the error carries it (for a trust dialog); a certificate pinned for the profile is accepted,
// for Qt's HTTP stack and for exact-bytes requests alike.
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/Session.h"
#include "RunJob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class TlsResponder : public QSslServer
{
public:
    QList<QByteArray> requests;
    QSslCertificate certificate;

    TlsResponder()
    {
        QFile crt(QStringLiteral(INFINITI_FIXTURES_DIR "/tls-test.crt"));
        QFile key(QStringLiteral(INFINITI_FIXTURES_DIR "/tls-test.key"));
        if (!crt.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("missing TLS fixtures");
        certificate = QSslCertificate(crt.readAll());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        setSslConfiguration(config);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *s = qobject_cast<QSslSocket *>(nextPendingConnection())) {
                connect(s, &QSslSocket::readyRead, s, [this, s] {
                    const QByteArray data = s->readAll();
                    requests << data;
                    if (!data.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"({"id":"1","username":"u"})";
                    s->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    Profile profile() const
    {
        Profile p;
        p.name = u"tls"_s;
        p.manageUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(serverPort()));
        return p;
    }
};

class TlsTest : public QObject
{
    Q_OBJECT
private slots:
    void untrustedCertificateFailsClosed()
    {
        TlsResponder server;
        Session s(server.profile());
        s.setToken(u"secret"_s, u"admin"_s);
        QSignalSpy offered(&s, &Session::untrustedCertificate);
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Tls);
        QCOMPARE(job.error().certificate(), server.certificate);
        QCOMPARE(offered.count(), 1);
        for (const auto &r : std::as_const(server.requests))
            QVERIFY(!r.contains("secret"));
    }

    void pinnedCertificateIsAccepted()
    {
        TlsResponder server;
        Profile p = server.profile();
        p.pinnedCertificates << server.certificate.digest(QCryptographicHash::Sha256).toHex();
        Session s(p);
        s.setToken(u"secret"_s, u"admin"_s);
        EntityJob job(&s, UsersEndpoints::get(u"1"_s));
        QVERIFY(test::runJob(&job));
        QVERIFY2(job.succeeded(), qPrintable(job.error().details()));
        QVERIFY(server.requests.join().contains("Authorization: Bearer secret"));

        EntityJob exact(&s, UsersEndpoints::getByName(u"a.b"_s));
        QVERIFY(test::runJob(&exact));
        QVERIFY2(exact.succeeded(), qPrintable(exact.error().details()));
        QVERIFY(server.requests.join().contains("GET /api/v1/admin/users/name/a%2Eb/ HTTP/1.1"));
    }

    void exactBytesRequestsAlsoFailClosed()
    {
        TlsResponder server;
        Session s(server.profile());
        s.setToken(u"secret"_s, u"admin"_s);
        EntityJob job(&s, UsersEndpoints::getByName(u"a.b"_s));
        QVERIFY(test::runJob(&job));
        QCOMPARE(job.error().kind(), ApiError::Kind::Tls);
        QVERIFY(!server.requests.join().contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
