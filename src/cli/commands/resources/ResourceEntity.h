#pragma once

#include "cli/core/Command.h"

namespace infiniti::ctl {

struct CtlResource;

// `<resource> get|create|update|delete`: one item. update sends the whole item back with only
// the given keys changed (contract 9.1: the server replaces what it is sent).
class ResourceEntity : public Command
{
    Q_OBJECT
public:
    enum class Verb { Get, Create, Update, Delete };
    ResourceEntity(const CommandContext &context, const CtlResource &resource, Verb verb);
    bool prepare() override;
    void run() override;

private:
    ApiRequest load(const QString &id) const;
    void update(const QString &id);

    const CtlResource &m_resource;
    Verb m_verb;
    QJsonObject m_input;
};

} // namespace infiniti::ctl
