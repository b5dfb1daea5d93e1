#include "api/endpoints/LicenseEndpoints.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::LicenseEndpoints {

ApiRequest get()
{
    ApiRequest r;
    r.encodedPath = "license";
    r.action = QCoreApplication::translate("LicenseEndpoints", "read the license");
    return r;
}

ApiRequest update(const QString &licenseKey)
{
    ApiRequest r;
    r.method = "POST";
    r.encodedPath = "license";
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{"licenseKey"_L1, licenseKey.trimmed()}})
                 .toJson(QJsonDocument::Compact);
    r.action = QCoreApplication::translate("LicenseEndpoints", "update the license");
    return r;
}

ApiRequest tenancyKey()
{
    ApiRequest r;
    r.encodedPath = "license/tenancyKey";
    r.action = QCoreApplication::translate("LicenseEndpoints", "read the tenancy key");
    return r;
}

} // namespace infiniti::LicenseEndpoints
