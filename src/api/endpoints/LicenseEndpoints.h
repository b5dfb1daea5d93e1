#pragma once

#include "api/ApiRequest.h"

namespace infiniti::LicenseEndpoints {

ApiRequest get();                             // GET license
ApiRequest update(const QString &licenseKey); // POST license {"licenseKey": …}
ApiRequest tenancyKey();                      // GET license/tenancyKey

} // namespace infiniti::LicenseEndpoints
