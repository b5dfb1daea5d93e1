#include "api/NetworkAccessManager.h"

#include "api/VerbatimHttpReply.h"

namespace infiniti {

QNetworkReply *NetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                   QIODevice *outgoingData)
{
    const QVariant target = request.attribute(kVerbatimTargetAttribute);
    if (!target.isValid())
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (verb.isEmpty()) {
        switch (op) {
        case HeadOperation:
            verb = "HEAD";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case DeleteOperation:
            verb = "DELETE";
            break;
        default:
            verb = "GET";
            break;
        }
    }
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    auto *reply = new VerbatimHttpReply(verb, request, target.toByteArray(), body, this);
    reply->start();
    return reply;
}

} // namespace infiniti
