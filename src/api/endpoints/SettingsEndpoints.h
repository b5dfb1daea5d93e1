#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::SettingsEndpoints {

// The simple settings collections of the Administrator module (contract 4.12–4.14).
Collection customFields();      // no DELETE in the vendor's collection
Collection connectorSettings(); // list, get, PATCH {value} only
Collection communicationTemplates();
// PATCH connectorSettings/{id} with the documented body, `{"value": …}` and nothing else.
ApiRequest updateConnectorSetting(const QString &id, const QJsonValue &value,
                                  const QString &label = {});

} // namespace infiniti::SettingsEndpoints
