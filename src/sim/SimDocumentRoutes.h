#pragma once

#include "sim/SimJson.h"
#include "sim/SimLimits.h"
#include "sim/SimRouter.h"

#include <functional>

namespace infiniti::sim {

// A simple admin collection served from JSON objects: which fields it has (and their types),
// which verbs exist, who may use it, and what must hold. Custom fields, connector settings,
// communication templates, content and publish folders are each one of these.
struct DocumentSpec
{
    enum class Type { String, NullableString, Bool, Int, StringList, Array, Object, ParentId };
    struct Field
    {
        QString key;
        Type type = Type::String;
        bool required = false;
        QJsonValue defaultValue = QJsonValue();
        // Longest text (strings) or JSON (arrays, objects) accepted; 0: by type (SimLimits.h:
        // names kName, other strings kShortText, arrays and objects kText).
        int maxLength = 0;
        // Kept when a PATCH leaves it out even in the strict profile's replacing PATCH: content
        // too large to send back with every change (a library item's file); not with
        // --patch-drops-file (SimRequest::patchDropsFile).
        bool keepWhenAbsent = false;
    };
    QString path; // route below /api/v1/admin/, e.g. "customFields"; nested
                  // collections name their parent "{scope}": "datasources/{scope}/dataobjects"
    QString collection; // store key; empty: the path
    QString envelope;   // list property, e.g. "customFields"
    QString what;       // "custom field", for messages
    QString permission;
    QList<Field> fields;
    QString nameKey = QStringLiteral("name"); // empty: no name (sorted by id, no clash check)
    bool canCreate = true;
    bool canDelete = true;
    // Nested collections: the item key holding the parent's id, and whether that parent exists.
    QString scopeKey;
    std::function<bool(const QString &scope, const SimStore &)> scopeExists;
    // Extra checks on the object about to be stored (e.g. a folder's parent must exist).
    std::function<void(const QJsonObject &candidate, const SimStore &, FieldErrors *)> validate;
    // Derived fields of the object about to be stored (sizes, versions, who changed it); runs
    // after validate and may add errors. `existing` is null on create.
    std::function<void(QJsonObject &item, const QJsonObject *existing, const QJsonObject &body,
                       SimStore &, const SimRequest &, FieldErrors *)>
        prepare;
    // What a client sees of an item (e.g. without its binary in a list); identity by default.
    std::function<QJsonObject(const QJsonObject &item, const SimRequest &, bool single,
                              const SimStore &)>
        present;
    // Query parameters that narrow a list to items whose key equals the value (our extension,
    // ignored by the strict profile; an empty value or "null" matches null): "parentId" for
    // folders, "folderId" for published projects.
    QStringList queryFilters;
    // The list answer for the items shown (the default: a paged `envelope` of presented items).
    std::function<SimResponse(const SimRequest &, const std::vector<const QJsonObject *> &shown,
                              const SimStore &)>
        listAnswer;
    // After a successful create or update (e.g. record a version).
    std::function<void(const QJsonObject &item, const QJsonObject *existing, SimStore &)> afterSave;
    // Why an item may not be deleted (empty: it may).
    std::function<QString(const QJsonObject &item, const SimStore &)> refuseDelete;
    // After a delete (e.g. remove what belonged to the item).
    std::function<void(const QJsonObject &item, SimStore &)> afterDelete;

    QString storeKey() const { return collection.isEmpty() ? path : collection; }
};

// Why `item` — a whole object as it would be stored, e.g. from a sync package — cannot be:
// its fields' types and lengths and the spec's own checks. Empty when it can.
FieldErrors documentProblems(const DocumentSpec &spec, const QJsonObject &item,
                             const SimStore &store);

// An item of a collection by id (case-insensitive), or null.
const QJsonObject *findDocument(const SimStore &store, const QString &collection,
                                const QString &id);

void registerDocumentRoutes(SimRouter &router, SimStore &store, const DocumentSpec &spec);

} // namespace infiniti::sim
