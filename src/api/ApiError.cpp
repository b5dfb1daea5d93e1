#include "api/ApiError.h"

#include "formats/Json.h"
#include "formats/ShownText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti {

ApiError::ApiError(Kind kind, QString action, int httpStatus, QString serverMessage)
    : m_kind(kind)
    , m_action(std::move(action))
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
{
}

void ApiError::makeShowable(const QStringList &secrets)
{
    m_serverMessage = ShownText::serverWords(m_serverMessage, secrets);
    m_reason = ShownText::serverWords(m_reason, secrets);
    m_networkDetail = ShownText::serverWords(m_networkDetail, secrets);
    if (m_fieldErrors.isEmpty())
        return;
    QMap<QString, QStringList> fields;
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        QStringList texts;
        for (const QString &t : it.value())
            texts << ShownText::serverWords(t, secrets, 300);
        fields.insert(ShownText::serverWords(it.key(), secrets, 100), texts);
    }
    m_fieldErrors = fields;
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorised;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::Rejected;
    return Kind::BadResponse; // 1xx/3xx reaching a job are not answers it can use
}

QString ApiError::serverText(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
        for (const auto key : {"message", "error_description", "error", "title", "detail"}) {
            const QJsonValue v = Json::value(o, QLatin1StringView(key));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
            if (v.isObject()) { // {"error": {"message": "..."}}
                const QString nested = Json::string(v.toObject(), "message"_L1);
                if (!nested.isEmpty())
                    return nested;
            }
        }
    }
    if (contentType.contains("html") || trimmed.startsWith('<')) {
        static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        const auto m = title.match(QString::fromUtf8(trimmed));
        if (m.hasMatch())
            return m.captured(1).simplified();
        return {};
    }
    // Plain text: keep it short, it goes behind "Details".
    return QString::fromUtf8(trimmed.left(500)).simplified();
}

ApiError ApiError::fromHttp(const QString &action, int status, const QByteArray &body,
                            const QByteArray &contentType)
{
    ApiError e(kindForStatus(status), action, status, serverText(body, contentType));
    if (body.trimmed().startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QJsonObject errors = Json::value(o, "errors"_L1).toObject();
        QMap<QString, QStringList> fields;
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QStringList texts;
            if (it.value().isArray()) {
                for (const auto &v : it.value().toArray())
                    texts << v.toString();
            } else {
                texts << it.value().toString();
            }
            fields.insert(it.key(), texts);
        }
        e.setFieldErrors(fields);
    }
    return e;
}

QString ApiError::genericReason(Kind kind)
{
    QString reason;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Cancelled:
        reason = tr("cancelled.");
        break;
    case Kind::Network:
        reason = tr("the server could not be reached.");
        break;
    case Kind::Timeout:
        reason = tr("the server did not answer in time.");
        break;
    case Kind::Tls:
        reason = tr("the server's certificate is not trusted.");
        break;
    case Kind::Unauthorised:
        reason = tr("the sign-in was refused or has expired.");
        break;
    case Kind::Forbidden:
        reason = tr("your roles do not allow this.");
        break;
    case Kind::NotFound:
        reason = tr("it does not exist (any more).");
        break;
    case Kind::Conflict:
        reason = tr("it conflicts with what is on the server (a name already taken, or a state "
                    "that does not allow it).");
        break;
    case Kind::Validation:
        reason = tr("the server did not accept the input.");
        break;
    case Kind::RateLimited:
        reason = tr("the server is busy; try again shortly.");
        break;
    case Kind::Server:
        reason = tr("the server reported an internal error.");
        break;
    case Kind::BadResponse:
        reason = tr("the server's answer could not be read.");
        break;
    case Kind::Rejected:
        reason = tr("the server rejected the request.");
        break;
    case Kind::LocalFile:
        reason = tr("the file to send could not be read.");
        break;
    }
    return reason;
}

QString ApiError::message() const
{
    if (m_kind == Kind::None)
        return {};
    const QString reason = m_reason.isEmpty() ? genericReason(m_kind) : m_reason;
    if (m_action.isEmpty())
        return tr("Request failed: %1").arg(reason);
    return tr("Could not %1: %2").arg(m_action, reason);
}

QString ApiError::details() const
{
    QStringList parts;
    if (m_httpStatus > 0)
        parts << tr("HTTP status %1").arg(m_httpStatus);
    if (!m_serverMessage.isEmpty())
        parts << tr("Server said: %1").arg(m_serverMessage);
    for (auto it = m_fieldErrors.begin(); it != m_fieldErrors.end(); ++it)
        parts << u"%1: %2"_s.arg(it.key(), it.value().join(u"; "_s));
    if (!m_networkDetail.isEmpty())
        parts << m_networkDetail;
    return parts.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorised:
        return u"unauthorised"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::Rejected:
        return u"rejected"_s;
    case Kind::LocalFile:
        return u"local-file"_s;
    }
    return {};
}

} // namespace infiniti
