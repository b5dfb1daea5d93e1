#pragma once

#include "api/ApiRequest.h"
#include "api/dto/Role.h"

namespace infiniti::RolesEndpoints {

ApiRequest list(int skip, int top);
ApiRequest get(const QString &id);
// The fresh read a save starts with (laid under the sheet's edits): its failure is said as the
// save's ("Could not save role “Designer”: …"), not as loading an id the user never saw.
ApiRequest getToSave(const Role &role);
ApiRequest create(const Role &role);
ApiRequest update(const Role &role);
ApiRequest remove(const QString &id);

} // namespace infiniti::RolesEndpoints
