// Data sources and their data objects (contract 4.6, 5.1 and 9.2).
#include "sim/SimJson.h"
#include "sim/SimRoutes.h"
#include "sim/SimSpecs.h"

#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

using Type = DocumentSpec::Type;
const QString kSources = u"datasources"_s;
const QString kObjects = u"dataObjects"_s;

bool namedObjects(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) {
        return x.isObject() && x.toObject().value("name"_L1).isString();
    });
}

const QString kManageDataSources = u"Manage data sources"_s;

} // namespace

DocumentSpec dataSourcesSpec()
{
    DocumentSpec sources;
    sources.path = kSources;
    sources.envelope = u"dataSources"_s;
    sources.what = u"data source"_s;
    sources.permission = kManageDataSources;
    sources.fields = {
        {u"name"_s, Type::String, true},
        {u"connectionType"_s, Type::String, false, u"XML"_s},
        {u"connectionString"_s, Type::String, false, QString(), Limits::kText},
        {u"allowConnectionExport"_s, Type::Bool, false, false},
        {u"schema"_s, Type::String, false, QString(), Limits::kUnlimited},
        {u"defaultData"_s, Type::String, false, QString(), Limits::kUnlimited},
        {u"exportDefaultData"_s, Type::Bool, false, false},
        {u"credentials"_s, Type::Object, false, QJsonObject{{"method"_L1, u"None"_s}}}};
    sources.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        const QString schemaProblem = xmlProblem(candidate.value("schema"_L1).toString(), true);
        if (!schemaProblem.isEmpty())
            (*errors)[u"schema"_s] << schemaProblem;
        if (candidate.value("connectionType"_L1)
                .toString()
                .compare("XML"_L1, Qt::CaseInsensitive) == 0) {
            const QString dataProblem =
                xmlProblem(candidate.value("defaultData"_L1).toString(), true);
            if (!dataProblem.isEmpty())
                (*errors)[u"defaultData"_s] << dataProblem;
        }
        static const QStringList methods = {u"None"_s,  u"Windows"_s, u"UserNamePassword"_s,
                                            u"Basic"_s, u"OAuth"_s,   u"ApiKey"_s};
        const QString method =
            candidate.value("credentials"_L1).toObject().value("method"_L1).toString();
        if (!methods.contains(method, Qt::CaseInsensitive))
            (*errors)[u"credentials"_s]
                << u"credentials.method must be one of %1."_s.arg(methods.join(u", "_s));
    };
    sources.afterDelete = [](const QJsonObject &item, SimStore &store) {
        auto &objects = store.documents(kObjects);
        const QString id = item.value("id"_L1).toString();
        objects.erase(std::remove_if(objects.begin(), objects.end(),
                                     [&](const QJsonObject &o) {
                                         return o.value("dataSourceId"_L1).toString() == id;
                                     }),
                      objects.end());
    };
    return sources;
}

DocumentSpec dataObjectsSpec()
{
    DocumentSpec objects;
    objects.path = u"datasources/{scope}/dataobjects"_s;
    objects.collection = kObjects;
    objects.envelope = u"dataObjects"_s;
    objects.what = u"data object"_s;
    objects.permission = kManageDataSources;
    objects.nameKey = u"displayName"_s;
    objects.scopeKey = u"dataSourceId"_s;
    objects.scopeExists = [](const QString &scope, const SimStore &s) {
        return findDocument(s, kSources, scope) != nullptr;
    };
    objects.fields = {
        {u"displayName"_s, Type::String, true},
        {u"dataObjectName"_s, Type::String, false, QString(), Limits::kName},
        {u"objectType"_s, Type::String, false, u"00000000-0000-0000-0000-000000000000"_s},
        {u"useAnswerFileData"_s, Type::Bool, false, false},
        {u"filters"_s, Type::Array, false, QJsonArray()},
        {u"schemaFields"_s, Type::Array, false, QJsonArray()},
        {u"displayFields"_s, Type::Array, false, QJsonArray()}};
    objects.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        for (const auto *key : {"filters", "displayFields"}) {
            if (!namedObjects(candidate.value(QLatin1StringView(key))))
                (*errors)[QString::fromLatin1(key)]
                    << u"Each entry is an object with a \"name\"."_s;
        }
        for (const auto &f : candidate.value("filters"_L1).toArray()) {
            const QJsonValue isFilter = f.toObject().value("isFilter"_L1);
            if (!isFilter.isUndefined() && !isFilter.isBool())
                (*errors)[u"filters"_s] << u"isFilter must be true or false."_s;
        }
    };
    return objects;
}

void registerDataSourceRoutes(SimRouter &router, SimStore &store)
{
    registerDocumentRoutes(router, store, dataSourcesSpec());
    registerDocumentRoutes(router, store, dataObjectsSpec());
}

} // namespace infiniti::sim
