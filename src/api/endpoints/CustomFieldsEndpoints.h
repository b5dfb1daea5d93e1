#pragma once

#include "api/ApiRequest.h"

namespace infiniti::CustomFieldsEndpoints {

// GET customFields?$skip&$top (contract 4.13): the fields defined on the server, e.g. for a
// user's Custom fields tab.
ApiRequest list(int skip, int top);

} // namespace infiniti::CustomFieldsEndpoints
