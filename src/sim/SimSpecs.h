#pragma once

#include "sim/SimDocumentRoutes.h"

namespace infiniti::sim {

// The plain collections, each defined beside its routes. The sync import checks what a package
// brings in against the same rules as the collection's own POST.
DocumentSpec customFieldsSpec();
DocumentSpec connectorSettingsSpec();
DocumentSpec communicationTemplatesSpec();
DocumentSpec contentFoldersSpec();
DocumentSpec publishFoldersSpec();
DocumentSpec dataSourcesSpec();
DocumentSpec dataObjectsSpec();
DocumentSpec libraryItemsSpec();
DocumentSpec publishedProjectsSpec();

} // namespace infiniti::sim
