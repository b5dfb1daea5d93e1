#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace infiniti {

// The application's one QNetworkAccessManager. It adds a single capability to Qt's: a request
// whose target must reach the server byte for byte (QUrl decodes %2E to '.', contract 9.1's
// `users/name/` forbids that) carries the exact target in kVerbatimTargetAttribute and is sent
// by VerbatimHttpReply.
class NetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    static constexpr auto kVerbatimTargetAttribute =
        static_cast<QNetworkRequest::Attribute>(QNetworkRequest::User + 1);

    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

} // namespace infiniti
