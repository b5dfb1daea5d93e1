#include "api/endpoints/DataSourcesEndpoints.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::DataSourcesEndpoints {

Collection dataSources()
{
    return {"datasources", "dataSources"_L1, ApiModule::Admin,
            QCoreApplication::translate("DataSourcesEndpoints", "data sources")};
}

Collection dataObjects(const QString &dataSourceId)
{
    if (dataSourceId.isEmpty())
        return {{}, "dataObjects"_L1, ApiModule::Admin, {}};
    return {"datasources/" + ApiPath::segment(dataSourceId) + "/dataobjects", "dataObjects"_L1,
            ApiModule::Admin, QCoreApplication::translate("DataSourcesEndpoints", "data objects")};
}

} // namespace infiniti::DataSourcesEndpoints
