#pragma once

#include "SimJson.h"
#include "SimRouter.h"

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
    };
    QString path;       // route below /api/v1/admin/, e.g. "customFields"
    QString envelope;   // list property, e.g. "customFields"
    QString what;       // "custom field", for messages
    QString permission;
    QList<Field> fields;
    QString nameKey = QStringLiteral("name"); // empty: no name (sorted by id, no clash check)
    bool canCreate = true;
    bool canDelete = true;
    // Extra checks on the object about to be stored (e.g. a folder's parent must exist).
    std::function<void(const QJsonObject &candidate, const SimStore &, FieldErrors *)> validate;
    // Why an item may not be deleted (empty: it may).
    std::function<QString(const QJsonObject &item, const SimStore &)> refuseDelete;
};

void registerDocumentRoutes(SimRouter &router, SimStore &store, const DocumentSpec &spec);

} // namespace infiniti::sim
