#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QNetworkRequest>

namespace infiniti {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace HttpLog {
// One line describing a request for the log: method, URL and headers, with the Authorization
// header's credentials replaced by "<redacted>". Never log a QNetworkRequest any other way.
QByteArray describe(const QByteArray &method, const QNetworkRequest &request);
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);
} // namespace HttpLog

} // namespace infiniti
