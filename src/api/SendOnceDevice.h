#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace infiniti {

// The body of a request that must not be made twice (a POST: a create, an import, a
// generation). Qt sends a request again by itself when its connection closes before any
// answer — right for a kept-alive connection the server had just closed, wrong when the server
// took the request and then the connection broke: a second user, item or document. Qt rewinds
// the body for that; this device cannot be rewound once any of it was read, so Qt's resend fails
// instead (QNetworkReply::ContentReSendError) and the job says the request may or may not have
// been done. Random access forwards otherwise; the bytes come from `inner` (an UploadDevice, not
// owned) or from `bytes` (in a buffer of its own).
class SendOnceDevice : public QIODevice
{
    Q_OBJECT
public:
    SendOnceDevice(const QByteArray &bytes, QObject *parent = nullptr);
    SendOnceDevice(QIODevice *inner, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QPointer<QIODevice> m_inner;
    qint64 m_furthest = 0; // the end of what was read: never sought back before it
};

} // namespace infiniti
