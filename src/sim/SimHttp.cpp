#include "sim/SimHttp.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::error(int status, const QString &message,
                               const QMap<QString, QStringList> &fieldErrors)
{
    QJsonObject o{{"message"_L1, message}};
    if (status == 400 && !fieldErrors.isEmpty()) {
        QJsonObject errors;
        for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it)
            errors.insert(it.key(), QJsonArray::fromStringList(it.value()));
        o.insert("errors"_L1, errors);
    }
    return json(status, o);
}

SimResponse SimResponse::noContent()
{
    SimResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

QByteArray SimResponse::contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types = {
        {u"docx"_s, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {u"xlsx"_s, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {u"pptx"_s, "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
        {u"pdf"_s, "application/pdf"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"html"_s, "text/html; charset=utf-8"},
        {u"xml"_s, "application/xml"},
        {u"json"_s, "application/json"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"svg"_s, "image/svg+xml"},
        {u"ixpkg"_s, "application/zip"},
        {u"zip"_s, "application/zip"},
    };
    const QString ext = fileName.section(QLatin1Char('.'), -1).toLower();
    return types.value(ext, "application/octet-stream");
}

SimResponse SimResponse::file(const QByteArray &bytes, const QString &fileName)
{
    SimResponse r;
    r.body = bytes;
    r.contentType = contentTypeFor(fileName);
    QString safe = fileName;
    safe.replace(QLatin1Char('"'), QLatin1Char('\''));
    // RFC 6266: a plain ASCII fallback plus the UTF-8 name.
    QString ascii;
    for (const QChar c : safe)
        ascii += c.unicode() < 0x80 && c.unicode() >= 0x20 ? c : QLatin1Char('_');
    r.addHeader("Content-Disposition", "attachment; filename=\"" + ascii.toUtf8() +
                                           "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(safe));
    return r;
}

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
} // namespace

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray SimResponse::wire(bool close) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty() && !body.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out + body;
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString SimRequest::queryValue(const QString &name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

namespace {
// Keys are read in any casing, so an object naming one twice in two casings ("Value" and
// "value", as a client does that sends back what it read with its own edit beside it) is
// ambiguous: which one counts would be chance. Returns the first such pair, nested too.
std::optional<std::pair<QString, QString>> twiceNamed(const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (auto pair = twiceNamed(item))
                return pair;
        }
    }
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    QHash<QString, QString> seen;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString folded = it.key().toLower();
        if (const auto other = seen.constFind(folded); other != seen.constEnd())
            return std::pair{*other, it.key()};
        seen.insert(folded, it.key());
        if (auto pair = twiceNamed(it.value()))
            return pair;
    }
    return std::nullopt;
}
} // namespace

std::optional<QJsonObject> SimRequest::jsonObject(SimResponse *error) const
{
    if (prepared) {
        if (!prepared->json)
            *error = prepared->refusal;
        return prepared->json;
    }
    return parseObject(body, error);
}

std::optional<QJsonObject> SimRequest::parseObject(const QByteArray &body, SimResponse *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top; `null`, `3` or `"x"` are JSON too.
        QJsonParseError scalar;
        if (QJsonDocument::fromJson('[' + body + ']', &scalar).isArray() &&
            scalar.error == QJsonParseError::NoError) {
            *error = SimResponse::error(400, u"The request body must be a JSON object."_s);
            return std::nullopt;
        }
        *error = SimResponse::error(
            400, u"The request body is not valid JSON: %1 at offset %2."_s.arg(pe.errorString())
                     .arg(pe.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = SimResponse::error(400, u"The request body must be a JSON object."_s);
        return std::nullopt;
    }
    if (const auto pair = twiceNamed(doc.object())) {
        *error = SimResponse::error(
            400,
            u"The request body names a key twice, as '%1' and '%2': send each once."_s.arg(
                pair->first, pair->second),
            {{pair->second, {u"Given twice in different casing."_s}}});
        return std::nullopt;
    }
    return doc.object();
}

QString SimRequest::absoluteUrl(const QString &modulePath) const
{
    return origin + u"/api/v1/"_s + module + QLatin1Char('/') + modulePath;
}

} // namespace infiniti::sim
