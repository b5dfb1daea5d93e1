// Custom fields, connector settings, communication templates, content and publish folders
// (contract 4.3, 4.4, 4.12–4.14 and 9.2), each a DocumentSpec.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimRoutes.h"

#include <QJsonArray>

namespace infiniti::sim {

namespace {

using Field = DocumentSpec::Field;
using Type = DocumentSpec::Type;

DocumentSpec folderSpec(const QString &path, const QString &envelope, const QString &what, const QString &permission)
{
    DocumentSpec spec;
    spec.path = path;
    spec.envelope = envelope;
    spec.what = what;
    spec.permission = permission;
    spec.fields = {{QStringLiteral("name"), Type::String, true},
                   // Group rights are kept as given: the vendor's own example names "group1".
                   {QStringLiteral("groups"), Type::StringList, false, QJsonArray()},
                   {QStringLiteral("parentId"), Type::ParentId, false, QJsonValue::Null}};
    spec.validate = [path](const QJsonObject &candidate, const SimStore &store, FieldErrors *errors) {
        const QJsonValue parent = candidate.value(QLatin1StringView("parentId"));
        if (parent.isNull() || parent.toString().isEmpty())
            return;
        const auto &items = store.documents(path);
        QString at = parent.toString();
        const QString self = candidate.value(QLatin1StringView("id")).toString();
        // Walk up from the new parent: it must exist, and we must not meet ourselves.
        for (int depth = 0; !at.isEmpty() && depth < 1000; ++depth) {
            if (at.compare(self, Qt::CaseInsensitive) == 0) {
                (*errors)[QStringLiteral("parentId")] << QStringLiteral("A folder cannot be inside itself.");
                return;
            }
            const auto it = std::find_if(items.begin(), items.end(), [&](const QJsonObject &o) {
                return o.value(QLatin1StringView("id")).toString().compare(at, Qt::CaseInsensitive) == 0;
            });
            if (it == items.end()) {
                (*errors)[QStringLiteral("parentId")] << QStringLiteral("No folder %1.").arg(at);
                return;
            }
            at = it->value(QLatin1StringView("parentId")).toString();
        }
    };
    spec.queryFilters = {QStringLiteral("parentId")};
    // Our extension for lazy trees: how many sub-folders each folder has.
    spec.present = [path](const QJsonObject &item, const SimRequest &, bool, const SimStore &store) {
        QJsonObject o = item;
        const QString id = item.value(QLatin1StringView("id")).toString();
        int children = 0;
        for (const auto &other : store.documents(path))
            children += other.value(QLatin1StringView("parentId")).toString().compare(id, Qt::CaseInsensitive) == 0;
        o.insert(QLatin1StringView("childCount"), children);
        return o;
    };
    spec.refuseDelete = [path](const QJsonObject &item, const SimStore &store) {
        const QString id = item.value(QLatin1StringView("id")).toString();
        for (const auto &o : store.documents(path)) {
            if (o.value(QLatin1StringView("parentId")).toString().compare(id, Qt::CaseInsensitive) == 0)
                return QStringLiteral("The folder '%1' has sub-folders; delete or move them first.")
                    .arg(item.value(QLatin1StringView("name")).toString());
        }
        return QString();
    };
    return spec;
}

} // namespace

void registerSettingsRoutes(SimRouter &router, SimStore &store)
{
    const QString settings = QStringLiteral("Change settings");

    DocumentSpec customFields;
    customFields.path = QStringLiteral("customFields");
    customFields.envelope = QStringLiteral("customFields");
    customFields.what = QStringLiteral("custom field");
    customFields.permission = settings;
    customFields.canDelete = false; // the vendor's collection has no DELETE
    customFields.fields = {{QStringLiteral("name"), Type::String, true},
                           {QStringLiteral("validationType"), Type::String, false, QStringLiteral("Text")},
                           {QStringLiteral("location"), Type::String, false, QStringLiteral("ResponseMetadata")}};
    registerDocumentRoutes(router, store, customFields);

    DocumentSpec connectors;
    connectors.path = QStringLiteral("connectorSettings");
    connectors.envelope = QStringLiteral("connectorSettings");
    connectors.what = QStringLiteral("connector setting");
    connectors.permission = settings;
    connectors.nameKey.clear();
    connectors.canCreate = false; // defined by the installed connectors
    connectors.canDelete = false;
    connectors.fields = {{QStringLiteral("value"), Type::NullableString}};
    registerDocumentRoutes(router, store, connectors);

    DocumentSpec templates;
    templates.path = QStringLiteral("communicationTemplates");
    templates.envelope = QStringLiteral("communicationTemplates");
    templates.what = QStringLiteral("communication template");
    templates.permission = settings;
    templates.fields = {{QStringLiteral("name"), Type::String, true},
                        {QStringLiteral("purpose"), Type::String, false, QStringLiteral("None")},
                        {QStringLiteral("translations"), Type::Array, false, QJsonArray()}};
    templates.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        for (const auto &t : candidate.value(QLatin1StringView("translations")).toArray()) {
            const QJsonObject o = t.toObject();
            if (!t.isObject() || !o.value(QLatin1StringView("language")).isString() || !o.value(QLatin1StringView("text")).isString()) {
                (*errors)[QStringLiteral("translations")] << QStringLiteral("Each translation is {\"language\": string, \"text\": string}.");
                return;
            }
        }
    };
    registerDocumentRoutes(router, store, templates);

    registerDocumentRoutes(router, store, folderSpec(QStringLiteral("contentfolders"), QStringLiteral("contentFolders"),
                                                     QStringLiteral("content folder"), QStringLiteral("Design projects")));
    registerDocumentRoutes(router, store, folderSpec(QStringLiteral("publishfolders"), QStringLiteral("publishFolders"),
                                                     QStringLiteral("publish folder"), QStringLiteral("Publish projects")));
}

} // namespace infiniti::sim
