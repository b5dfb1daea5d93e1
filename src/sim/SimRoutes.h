#pragma once

#include "SimRouter.h"

namespace infiniti::sim {

// One function per resource area registers its routes; adding an area adds one of these.
void registerAuthRoutes(SimRouter &router, SimStore &store);
void registerUserRoutes(SimRouter &router, SimStore &store);
void registerGroupRoutes(SimRouter &router, SimStore &store);
void registerRoleRoutes(SimRouter &router, SimStore &store);
void registerSettingsRoutes(SimRouter &router, SimStore &store); // custom fields, connectors, templates, folders
void registerLicenseRoutes(SimRouter &router, SimStore &store);

} // namespace infiniti::sim
