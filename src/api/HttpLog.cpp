#include "api/HttpLog.h"

namespace infiniti {

Q_LOGGING_CATEGORY(lcHttp, "infiniti.http", QtWarningMsg)

namespace HttpLog {

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie") {
        const int space = value.indexOf(' ');
        return space > 0 ? value.left(space) + " <redacted>" : QByteArray("<redacted>");
    }
    return value;
}

QByteArray describe(const QByteArray &method, const QNetworkRequest &request)
{
    QByteArray line = method + ' ' + request.url().toEncoded();
    const auto names = request.rawHeaderList();
    for (const auto &name : names)
        line += " | " + name + ": " + redactHeader(name, request.rawHeader(name));
    return line;
}

} // namespace HttpLog
} // namespace infiniti
