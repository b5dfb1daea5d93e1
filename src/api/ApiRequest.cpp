#include "api/ApiRequest.h"

namespace infiniti {

QByteArray ApiRequest::encodedQuery() const
{
    QByteArray out;
    for (const auto &[key, value] : query) {
        if (!out.isEmpty())
            out += '&';
        // '$' is a legal sub-delimiter in a query; OData names ($skip, $top) keep it literal.
        out += QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString ApiRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

ApiRequest &ApiRequest::forLargeTransfer(std::chrono::milliseconds silence)
{
    timeout = silence;
    totalTimeout = std::chrono::hours(1);
    return *this;
}

namespace ApiPath {

QByteArray segment(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray strictSegment(const QString &value)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain =
            (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

} // namespace ApiPath
} // namespace infiniti
