#include "cli/commands/resources/ResourceEntity.h"

#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "cli/commands/resources/CtlResource.h"
#include "cli/core/OutputStream.h"

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

ResourceEntity::ResourceEntity(const CommandContext &context, const CtlResource &resource,
                               Verb verb)
    : Command(context)
    , m_resource(resource)
    , m_verb(verb)
{
}

bool ResourceEntity::prepare()
{
    if (m_verb != Verb::Create && m_verb != Verb::Update)
        return true;
    const auto input = readJsonInput();
    if (!input)
        return false;
    m_input = *input;
    return true;
}

ApiRequest ResourceEntity::load(const QString &id) const
{
    if (m_resource.name == "library"_L1)
        return LibraryEndpoints::get(id, false); // the metadata; the file stays where it is
    return m_resource.onModule(
        CrudRequests::get(m_resource.path(options().parentId), id,
                          tr("load %1 %2").arg(m_resource.singularText(), id)));
}

void ResourceEntity::run()
{
    const QByteArray path = m_resource.path(options().parentId);
    const QString id = options().operands.value(0);
    const QString what = m_resource.singularText();
    switch (m_verb) {
    case Verb::Get:
        showEntity(options().name.isEmpty() ? load(id) : UsersEndpoints::getByName(options().name));
        break;
    case Verb::Create:
        showEntity(
            m_resource.onModule(CrudRequests::create(path, m_input, tr("create a %1").arg(what))),
            tr("Created."));
        break;
    case Verb::Update:
        update(id);
        break;
    case Verb::Delete: {
        const ApiRequest request =
            m_resource.onModule(CrudRequests::remove(path, id, tr("delete %1 %2").arg(what, id)));
        sendOrFail(new ApiJob(session(), request, this), [this](ApiJob *) {
            err() << tr("Deleted.") << '\n';
            finish(Ok);
        });
        break;
    }
    }
}

void ResourceEntity::update(const QString &id)
{
    // The API replaces the whole object on PATCH: fetch it, change the given keys, send it back.
    sendOrFail(new EntityJob(session(), load(id), this), [this, id](EntityJob *job) {
        QJsonObject merged = job->object();
        for (auto it = m_input.begin(); it != m_input.end(); ++it) {
            // Replace a key whatever casing the server used for it.
            for (const QString &k : merged.keys()) {
                if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                    merged.remove(k);
            }
            merged.insert(it.key(), it.value());
        }
        const ApiRequest save = m_resource.onModule(
            CrudRequests::update(m_resource.path(options().parentId), id, merged,
                                 tr("save %1 %2").arg(m_resource.singularText(), id)));
        showEntity(save, tr("Saved."));
    });
}

} // namespace infiniti::ctl
