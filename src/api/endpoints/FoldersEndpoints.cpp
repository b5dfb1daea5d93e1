#include "api/endpoints/FoldersEndpoints.h"

#include "api/JsonEdits.h"
#include "formats/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infiniti::FoldersEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct FoldersEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(FoldersEndpointsText)
};
} // namespace

Collection contentFolders()
{
    return {"contentfolders", "contentFolders"_L1, ApiModule::Admin,
            FoldersEndpointsText::tr("content folders")};
}

Collection publishFolders()
{
    return {"publishfolders", "publishFolders"_L1, ApiModule::Admin,
            FoldersEndpointsText::tr("publish folders")};
}

ApiRequest children(const Collection &folders, const QString &parentId)
{
    ApiRequest r = folders.list(0, 500);
    r.action = FoldersEndpointsText::tr("list folders");
    r.query.append({u"parentId"_s, parentId});
    return r;
}

ApiRequest create(const Collection &folders, QJsonObject folder)
{
    JsonEdits::remove(folder, u"childCount"_s);
    ApiRequest r = folders.create(folder);
    r.action =
        FoldersEndpointsText::tr("create the folder “%1”").arg(Json::string(folder, "name"_L1));
    return r;
}

ApiRequest update(const Collection &folders, const QString &id, QJsonObject folder)
{
    JsonEdits::remove(folder, u"childCount"_s);
    ApiRequest r = folders.update(id, folder);
    r.action =
        FoldersEndpointsText::tr("save the folder “%1”").arg(Json::string(folder, "name"_L1));
    return r;
}

} // namespace infiniti::FoldersEndpoints
