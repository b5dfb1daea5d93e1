#pragma once

#include "api/ApiRequest.h"
#include "api/dto/User.h"

namespace infiniti::UsersEndpoints {

// GET users?$skip&$top[&search] — `search` is our emulator's optional extension (contract 9.2)
ApiRequest list(int skip, int top, const QString &search = {});
ApiRequest get(const QString &id);
// GET users/name/<strictly encoded name>/ (contract 9.1)
ApiRequest getByName(const QString &username);
ApiRequest create(const User &user, const QString &password);
// PATCH users/{id} with the whole user (contract 9.1 "Updates"): every documented field, empty
// lists included, plus the keys of `user.raw` this console does not know.
ApiRequest update(const User &user, const QString &password = {});
ApiRequest remove(const QString &id);

} // namespace infiniti::UsersEndpoints
