#pragma once

#include "api/ApiRequest.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace infiniti {

// One plain collection of the API (contract 3.x and 4.x: custom fields, folders, answer files…)
// as generic panes and models use it: where it lives, which module, how its list answer is
// wrapped, and the requests every such collection shares. The endpoint files make them
// (SettingsEndpoints::customFields(), FoldersEndpoints::contentFolders()…), so no widget or
// model ever spells a path.
struct Collection
{
    QByteArray path;            // already percent-encoded, below the module's base
    QLatin1StringView envelope; // the list's property ("customFields")
    ApiModule module = ApiModule::Admin;
    QString noun; // translated, for actions: "custom fields"

    bool isValid() const { return !path.isEmpty(); }
    bool operator==(const Collection &other) const
    {
        return path == other.path && module == other.module;
    }

    // GET {path}?$skip&$top
    ApiRequest list(int skip = 0, int top = 100) const;
    // GET/PATCH/DELETE {path}/{id}, POST {path}; `label` names the item in the action.
    ApiRequest get(const QString &id, const QString &label = {}) const;
    ApiRequest create(const QJsonObject &body) const;
    ApiRequest update(const QString &id, const QJsonObject &body, const QString &label = {}) const;
    ApiRequest remove(const QString &id, const QString &label = {}) const;
};

} // namespace infiniti
