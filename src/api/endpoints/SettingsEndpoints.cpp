#include "api/endpoints/SettingsEndpoints.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::SettingsEndpoints {

Collection customFields()
{
    return {"customFields", "customFields"_L1, ApiModule::Admin,
            QCoreApplication::translate("SettingsEndpoints", "custom fields")};
}

Collection connectorSettings()
{
    return {"connectorSettings", "connectorSettings"_L1, ApiModule::Admin,
            QCoreApplication::translate("SettingsEndpoints", "connector settings")};
}

Collection communicationTemplates()
{
    return {"communicationTemplates", "communicationTemplates"_L1, ApiModule::Admin,
            QCoreApplication::translate("SettingsEndpoints", "communication templates")};
}

ApiRequest updateConnectorSetting(const QString &id, const QJsonValue &value, const QString &label)
{
    return connectorSettings().update(id, QJsonObject{{"value"_L1, value}}, label);
}

} // namespace infiniti::SettingsEndpoints
