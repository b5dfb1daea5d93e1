#include "api/Profile.h"

using namespace Qt::StringLiterals;

namespace infiniti {

QUrl Profile::deriveProduceUrl(const QUrl &manageUrl)
{
    QUrl url = manageUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QLatin1StringView manage("/Manage");
    if (path.endsWith(manage, Qt::CaseInsensitive)) {
        path.chop(manage.size());
        path += "/Produce"_L1;
        url.setPath(path);
    }
    return url;
}

QUrl Profile::effectiveProduceUrl() const
{
    return produceUrl.isEmpty() ? deriveProduceUrl(manageUrl) : produceUrl;
}

QUrl Profile::apiBase(ApiModule module) const
{
    QUrl url = module == ApiModule::Admin ? manageUrl : effectiveProduceUrl();
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += module == ApiModule::Admin ? "api/v1/admin/"_L1 : "api/v1/client/"_L1;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool Profile::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == "https"_L1 ? 443 : 80) ==
               b.port(b.scheme() == "https"_L1 ? 443 : 80);
}

bool Profile::isOwnOrigin(const QUrl &url) const
{
    return sameOrigin(url, manageUrl) || sameOrigin(url, effectiveProduceUrl());
}

QString Profile::secretKey(const QString &user) const
{
    const QString where = name.isEmpty() ? manageUrl.toString(QUrl::FullyEncoded) : name;
    return where + QLatin1Char('|') + user;
}

QUrl Profile::normaliseServerUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains("://"_L1))
        text.prepend("https://"_L1);
    QUrl url(text, QUrl::TolerantMode);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace infiniti
