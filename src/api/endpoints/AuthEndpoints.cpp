#include "api/endpoints/AuthEndpoints.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::AuthEndpoints {

ApiRequest loginForms(ApiModule module, const QString &username, const QString &password)
{
    ApiRequest r;
    r.method = "POST";
    r.module = module;
    r.encodedPath = "login/forms";
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{"username"_L1, username}, {"password"_L1, password}})
                 .toJson(QJsonDocument::Compact);
    r.action = QCoreApplication::translate("AuthEndpoints", "sign in as “%1”").arg(username);
    // Wrong or missing names are 401; a 404 is the address: e.g. the server's root, not /Manage.
    r.notFoundReason =
        module == ApiModule::Admin
            ? QCoreApplication::translate("AuthEndpoints",
                                          "there is no Infiniti sign-in at this address: check the "
                                          "Manage URL (usually https://server/Manage).")
            : QCoreApplication::translate("AuthEndpoints",
                                          "there is no Infiniti sign-in at this address: check the "
                                          "Produce URL (usually https://server/Produce).");
    r.authenticated = false;
    return r;
}

ApiRequest logoff(ApiModule module)
{
    ApiRequest r;
    r.method = "POST";
    r.module = module;
    r.encodedPath = "logoff";
    r.action = QCoreApplication::translate("AuthEndpoints", "sign out");
    r.reauthenticateOnUnauthorised = false;
    return r;
}

} // namespace infiniti::AuthEndpoints
