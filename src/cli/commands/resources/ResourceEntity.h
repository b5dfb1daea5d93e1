#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

struct CtlResource;

// `<resource> get|create|update|delete`: one item. update sends the whole item back with only
// the given keys changed (contract 9.1: the server replaces what it is sent) — a library item
// with its file: read with the item, else exported by its version, else nothing is sent.
class ResourceEntity : public Command
{
    Q_OBJECT
public:
    enum class Verb { Get, Create, Update, Delete };
    ResourceEntity(const CommandContext &context, const CtlResource &resource, Verb verb);
    bool prepare() override;
    void run() override;

private:
    ApiRequest load(const QString &id, bool withFile) const;
    // `request` for the item `id`, its 404 said as "no such id" with where ids are found.
    ApiRequest byId(ApiRequest request, const QString &id) const;
    void update(const QString &id);
    void saveWithLatestFile(const QString &id, QJsonObject item, int status);
    void save(const QString &id, const QJsonObject &item);

    const CtlResource &m_resource;
    Verb m_verb;
    QJsonObject m_input;
};

} // namespace infiniti::ctl
