#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::SettingsEndpoints {

// The simple settings collections of the Administrator module (contract 4.12–4.14).
Collection customFields();      // no DELETE in the vendor's collection
Collection connectorSettings(); // list, get, PATCH {value} only
Collection communicationTemplates();

} // namespace infiniti::SettingsEndpoints
