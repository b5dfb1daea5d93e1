#pragma once

#include "sim/SimRouter.h"

namespace infiniti::sim {

// One function per resource area registers its routes; adding an area adds one of these.
void registerAuthRoutes(SimRouter &router, SimStore &store);
void registerUserRoutes(SimRouter &router, SimStore &store);
void registerGroupRoutes(SimRouter &router, SimStore &store);
void registerRoleRoutes(SimRouter &router, SimStore &store);
void registerSettingsRoutes(SimRouter &router,
                            SimStore &store); // custom fields, connectors, templates, folders
void registerLicenseRoutes(SimRouter &router, SimStore &store);
void registerLibraryRoutes(SimRouter &router, SimStore &store);    // content library
void registerDataSourceRoutes(SimRouter &router, SimStore &store); // data sources and objects
void registerProjectRoutes(SimRouter &router,
                           SimStore &store); // projects (+ sync, published projects)
void registerPublishedRoutes(SimRouter &router, SimStore &store); // publishedprojects
void registerSyncRoutes(SimRouter &router, SimStore &store);      // projects/sync/*
void registerWorkflowRoutes(SimRouter &router,
                            SimStore &store); // admin workflow, client tasks, project results
void registerClientRoutes(SimRouter &router,
                          SimStore &store); // forms, answer files, generate, outputs

// A content library version as the history lists it (also used by the seed).
void addLibraryVersion(SimStore &store, const QJsonObject &item, const QString &comment);

} // namespace infiniti::sim
