#pragma once

#include "api/ApiRequest.h"
#include "api/dto/Group.h"

namespace infiniti::GroupsEndpoints {

ApiRequest list(int skip, int top);
ApiRequest get(const QString &id);
ApiRequest create(const Group &group);
ApiRequest update(const Group &group);
ApiRequest remove(const QString &id);
// GET groups/{id}/users[?search] — members (contract 4.8); membership itself changes through
// users. `search` is our emulator's optional extension (contract 9.2).
ApiRequest members(const QString &id, int skip, int top, const QString &search = {});

} // namespace infiniti::GroupsEndpoints
