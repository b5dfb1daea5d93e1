#pragma once

#include "api/ApiRequest.h"
#include "api/dto/Role.h"

namespace infiniti::RolesEndpoints {

ApiRequest list(int skip, int top);
ApiRequest get(const QString &id);
ApiRequest create(const Role &role);
ApiRequest update(const Role &role);
ApiRequest remove(const QString &id);

} // namespace infiniti::RolesEndpoints
