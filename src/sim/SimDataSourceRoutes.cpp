// Data sources and their data objects (contract 4.6, 5.1 and 9.2).
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimRoutes.h"

#include <QJsonArray>
#include <QXmlStreamReader>

namespace infiniti::sim {

namespace {

using Type = DocumentSpec::Type;
using L = QLatin1StringView;

const QString kSources = QStringLiteral("datasources");
const QString kObjects = QStringLiteral("dataObjects");

bool namedObjects(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) {
        return x.isObject() && x.toObject().value(L("name")).isString();
    });
}

} // namespace

void registerDataSourceRoutes(SimRouter &router, SimStore &store)
{
    const QString permission = QStringLiteral("Manage data sources");

    DocumentSpec sources;
    sources.path = kSources;
    sources.envelope = QStringLiteral("dataSources");
    sources.what = QStringLiteral("data source");
    sources.permission = permission;
    sources.fields = {{QStringLiteral("name"), Type::String, true},
                      {QStringLiteral("connectionType"), Type::String, false, QStringLiteral("XML")},
                      {QStringLiteral("connectionString"), Type::String, false, QString()},
                      {QStringLiteral("allowConnectionExport"), Type::Bool, false, false},
                      {QStringLiteral("schema"), Type::String, false, QString()},
                      {QStringLiteral("defaultData"), Type::String, false, QString()},
                      {QStringLiteral("exportDefaultData"), Type::Bool, false, false},
                      {QStringLiteral("credentials"), Type::Object, false, QJsonObject{{L("method"), QStringLiteral("None")}}}};
    sources.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        const QString schemaProblem = xmlProblem(candidate.value(L("schema")).toString(), true);
        if (!schemaProblem.isEmpty())
            (*errors)[QStringLiteral("schema")] << schemaProblem;
        if (candidate.value(L("connectionType")).toString().compare(QLatin1String("XML"), Qt::CaseInsensitive) == 0) {
            const QString dataProblem = xmlProblem(candidate.value(L("defaultData")).toString(), true);
            if (!dataProblem.isEmpty())
                (*errors)[QStringLiteral("defaultData")] << dataProblem;
        }
        static const QStringList methods = {QStringLiteral("None"), QStringLiteral("Windows"),
                                            QStringLiteral("UserNamePassword"), QStringLiteral("Basic"),
                                            QStringLiteral("OAuth"), QStringLiteral("ApiKey")};
        const QString method = candidate.value(L("credentials")).toObject().value(L("method")).toString();
        if (!methods.contains(method, Qt::CaseInsensitive))
            (*errors)[QStringLiteral("credentials")] << QStringLiteral("credentials.method must be one of %1.").arg(methods.join(QStringLiteral(", ")));
    };
    sources.afterDelete = [](const QJsonObject &item, SimStore &store) {
        auto &objects = store.documents(kObjects);
        const QString id = item.value(L("id")).toString();
        objects.erase(std::remove_if(objects.begin(), objects.end(),
                                     [&](const QJsonObject &o) { return o.value(L("dataSourceId")).toString() == id; }),
                      objects.end());
    };
    registerDocumentRoutes(router, store, sources);

    DocumentSpec objects;
    objects.path = QStringLiteral("datasources/{scope}/dataobjects");
    objects.collection = kObjects;
    objects.envelope = QStringLiteral("dataObjects");
    objects.what = QStringLiteral("data object");
    objects.permission = permission;
    objects.nameKey = QStringLiteral("displayName");
    objects.scopeKey = QStringLiteral("dataSourceId");
    objects.scopeExists = [](const QString &scope, const SimStore &s) { return findDocument(s, kSources, scope) != nullptr; };
    objects.fields = {{QStringLiteral("displayName"), Type::String, true},
                      {QStringLiteral("dataObjectName"), Type::String, false, QString()},
                      {QStringLiteral("objectType"), Type::String, false, QStringLiteral("00000000-0000-0000-0000-000000000000")},
                      {QStringLiteral("useAnswerFileData"), Type::Bool, false, false},
                      {QStringLiteral("filters"), Type::Array, false, QJsonArray()},
                      {QStringLiteral("schemaFields"), Type::Array, false, QJsonArray()},
                      {QStringLiteral("displayFields"), Type::Array, false, QJsonArray()}};
    objects.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        for (const auto *key : {"filters", "displayFields"}) {
            if (!namedObjects(candidate.value(QLatin1StringView(key))))
                (*errors)[QString::fromLatin1(key)] << QStringLiteral("Each entry is an object with a \"name\".");
        }
        for (const auto &f : candidate.value(L("filters")).toArray()) {
            const QJsonValue isFilter = f.toObject().value(L("isFilter"));
            if (!isFilter.isUndefined() && !isFilter.isBool())
                (*errors)[QStringLiteral("filters")] << QStringLiteral("isFilter must be true or false.");
        }
    };
    registerDocumentRoutes(router, store, objects);
}

} // namespace infiniti::sim
