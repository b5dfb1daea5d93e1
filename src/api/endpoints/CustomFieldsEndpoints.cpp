#include "api/endpoints/CustomFieldsEndpoints.h"

#include "api/endpoints/CrudRequests.h"

#include <QCoreApplication>

namespace infiniti::CustomFieldsEndpoints {

ApiRequest list(int skip, int top)
{
    return CrudRequests::list("customFields", skip, top, QCoreApplication::translate("CustomFieldsEndpoints", "list custom fields"));
}

} // namespace infiniti::CustomFieldsEndpoints
