#pragma once

#include "api/endpoints/Collection.h"

namespace infiniti::DataSourcesEndpoints {

// Data sources and the data objects under each (contract 4.6).
Collection dataSources();
// datasources/{dataSourceId}/dataobjects; an empty id gives an invalid (empty) collection.
Collection dataObjects(const QString &dataSourceId);

} // namespace infiniti::DataSourcesEndpoints
