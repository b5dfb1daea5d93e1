#pragma once

#include "api/ApiRequest.h"

namespace infiniti::AuthEndpoints {

// POST {module}/login/forms {"username","password"}
ApiRequest loginForms(ApiModule module, const QString &username, const QString &password);
// POST {module}/logoff — expires the token
ApiRequest logoff(ApiModule module);

} // namespace infiniti::AuthEndpoints
