// Custom fields, connector settings, communication templates, content and publish folders
// (contract 4.3, 4.4, 4.12–4.14 and 9.2), each a DocumentSpec.
#include "sim/SimRoutes.h"
#include "sim/SimSpecs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

using Field = DocumentSpec::Field;
using Type = DocumentSpec::Type;

DocumentSpec folderSpec(const QString &path, const QString &envelope, const QString &what,
                        const QString &permission)
{
    DocumentSpec spec;
    spec.path = path;
    spec.envelope = envelope;
    spec.what = what;
    spec.permission = permission;
    spec.fields = {{u"name"_s, Type::String, true},
                   // Group rights are kept as given: the vendor's own example names "group1".
                   {u"groups"_s, Type::StringList, false, QJsonArray()},
                   {u"parentId"_s, Type::ParentId, false, QJsonValue::Null}};
    spec.validate = [path](const QJsonObject &candidate, const SimStore &store,
                           FieldErrors *errors) {
        const QJsonValue parent = candidate.value("parentId"_L1);
        if (parent.isNull() || parent.toString().isEmpty())
            return;
        const auto &items = store.documents(path);
        QString at = parent.toString();
        const QString self = candidate.value("id"_L1).toString();
        // Walk up from the new parent: it must exist, and we must not meet ourselves.
        for (int depth = 0; !at.isEmpty() && depth < 1000; ++depth) {
            if (at.compare(self, Qt::CaseInsensitive) == 0) {
                (*errors)[u"parentId"_s] << u"A folder cannot be inside itself."_s;
                return;
            }
            const auto it = std::find_if(items.begin(), items.end(), [&](const QJsonObject &o) {
                return o.value("id"_L1).toString().compare(at, Qt::CaseInsensitive) == 0;
            });
            if (it == items.end()) {
                (*errors)[u"parentId"_s] << u"No folder %1."_s.arg(at);
                return;
            }
            at = it->value("parentId"_L1).toString();
        }
    };
    spec.queryFilters = {u"parentId"_s};
    // Our extension for lazy trees: how many sub-folders each folder has (not in the strict
    // profile).
    spec.present = [path](const QJsonObject &item, const SimRequest &req, bool,
                          const SimStore &store) {
        if (req.strict)
            return item;
        QJsonObject o = item;
        const QString id = item.value("id"_L1).toString();
        int children = 0;
        for (const auto &other : store.documents(path))
            children += other.value("parentId"_L1).toString().compare(id, Qt::CaseInsensitive) == 0;
        o.insert("childCount"_L1, children);
        return o;
    };
    spec.refuseDelete = [path](const QJsonObject &item, const SimStore &store) {
        const QString id = item.value("id"_L1).toString();
        for (const auto &o : store.documents(path)) {
            if (o.value("parentId"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
                return u"The folder '%1' has sub-folders; delete or move them first."_s.arg(
                    item.value("name"_L1).toString());
        }
        return QString();
    };
    return spec;
}

} // namespace

DocumentSpec customFieldsSpec()
{
    DocumentSpec spec;
    spec.path = u"customFields"_s;
    spec.envelope = u"customFields"_s;
    spec.what = u"custom field"_s;
    spec.permission = u"Change settings"_s;
    spec.canDelete = false; // the vendor's collection has no DELETE
    spec.fields = {{u"name"_s, Type::String, true},
                   {u"validationType"_s, Type::String, false, u"Text"_s},
                   {u"location"_s, Type::String, false, u"ResponseMetadata"_s}};
    return spec;
}

DocumentSpec connectorSettingsSpec()
{
    DocumentSpec spec;
    spec.path = u"connectorSettings"_s;
    spec.envelope = u"connectorSettings"_s;
    spec.what = u"connector setting"_s;
    spec.permission = u"Change settings"_s;
    spec.nameKey.clear();
    spec.canCreate = false; // defined by the installed connectors
    spec.canDelete = false;
    spec.fields = {{u"value"_s, Type::NullableString, false, QJsonValue(), Limits::kText}};
    return spec;
}

DocumentSpec communicationTemplatesSpec()
{
    DocumentSpec spec;
    spec.path = u"communicationTemplates"_s;
    spec.envelope = u"communicationTemplates"_s;
    spec.what = u"communication template"_s;
    spec.permission = u"Change settings"_s;
    spec.fields = {{u"name"_s, Type::String, true},
                   {u"purpose"_s, Type::String, false, u"None"_s},
                   {u"translations"_s, Type::Array, false, QJsonArray(), 16 * Limits::kText}};
    spec.validate = [](const QJsonObject &candidate, const SimStore &, FieldErrors *errors) {
        for (const auto &t : candidate.value("translations"_L1).toArray()) {
            const QJsonObject o = t.toObject();
            if (!t.isObject() || !o.value("language"_L1).isString() ||
                !o.value("text"_L1).isString()) {
                (*errors)[u"translations"_s]
                    << u"Each translation is {\"language\": string, \"text\": string}."_s;
                return;
            }
            if (o.value("text"_L1).toString().size() > Limits::kText ||
                o.value("language"_L1).toString().size() > Limits::kName) {
                (*errors)[u"translations"_s]
                    << u"A translation's text has at most %1 characters."_s.arg(Limits::kText);
                return;
            }
        }
    };
    return spec;
}

DocumentSpec contentFoldersSpec()
{
    return folderSpec(u"contentfolders"_s, u"contentFolders"_s, u"content folder"_s,
                      u"Design projects"_s);
}

DocumentSpec publishFoldersSpec()
{
    return folderSpec(u"publishfolders"_s, u"publishFolders"_s, u"publish folder"_s,
                      u"Publish projects"_s);
}

void registerSettingsRoutes(SimRouter &router, SimStore &store)
{
    for (const DocumentSpec &spec :
         {customFieldsSpec(), connectorSettingsSpec(), communicationTemplatesSpec(),
          contentFoldersSpec(), publishFoldersSpec()})
        registerDocumentRoutes(router, store, spec);
}

} // namespace infiniti::sim
