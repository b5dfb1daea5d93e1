#include "cli/commands/resources/ResourceEntity.h"

#include "api/DownloadJob.h"
#include "api/endpoints/CrudRequests.h"
#include "api/endpoints/LibraryEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "cli/commands/resources/CtlResource.h"
#include "cli/core/OutputStream.h"
#include "formats/Json.h"

#include <algorithm>

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

namespace {
bool hasKeyAnyCase(const QJsonObject &o, QLatin1StringView key)
{
    const QStringList keys = o.keys();
    return std::any_of(keys.begin(), keys.end(), [key](const QString &k) {
        return k.compare(key, Qt::CaseInsensitive) == 0;
    });
}
} // namespace

ApiRequest ResourceEntity::byId(ApiRequest request, const QString &id) const
{
    // A 404 here most often means a name typed where the id goes: say so, and where ids are.
    request.notFoundReason =
        m_resource.name == "users"_L1
            ? tr("there is no user with the id “%1” (for a username: --name %1).").arg(id)
            : tr("there is no %1 with the id “%2” ('infiniti-ctl %3 list' shows the ids).")
                  .arg(m_resource.singularText(), id, m_resource.name);
    return request;
}

ApiRequest ResourceEntity::load(const QString &id, bool withFile) const
{
    if (m_resource.name == "library"_L1) // shown: the metadata; --out saves the file
        return byId(LibraryEndpoints::get(id, withFile), id);
    return byId(
        m_resource.onModule(CrudRequests::get(m_resource.path(options().parentId), id,
                                              tr("load %1 %2").arg(m_resource.singularText(), id))),
        id);
}

void ResourceEntity::run()
{
    const QByteArray path = m_resource.path(options().parentId);
    const QString id = options().operands.value(0);
    const QString what = m_resource.singularText();
    switch (m_verb) {
    case Verb::Get:
        showEntity(options().name.isEmpty() ? load(id, false)
                                            : UsersEndpoints::getByName(options().name));
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
        const ApiRequest request = byId(
            m_resource.onModule(CrudRequests::remove(path, id, tr("delete %1 %2").arg(what, id))),
            id);
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
    // A library item goes back with its file (contract 4.5, 9.1: a server that replaces it would
    // clear a file the body left out), read with it unless the input gives a new one.
    const bool library = m_resource.name == "library"_L1;
    const bool withFile = library && !hasKeyAnyCase(m_input, "binary"_L1);
    sendOrFail(new EntityJob(session(), load(id, withFile), this),
               [this, id, library](EntityJob *job) {
                   QJsonObject merged = job->object();
                   for (auto it = m_input.begin(); it != m_input.end(); ++it) {
                       // Replace a key whatever casing the server used for it.
                       for (const QString &k : merged.keys()) {
                           if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                               merged.remove(k);
                       }
                       merged.insert(it.key(), it.value());
                   }
                   if (library && !hasKeyAnyCase(merged, "binary"_L1))
                       saveWithLatestFile(id, merged, job->httpStatus());
                   else
                       save(id, merged);
               });
}

void ResourceEntity::saveWithLatestFile(const QString &id, QJsonObject item, int status)
{
    // The server sent the item without its file: the file of the version it names, exported
    // (contract 4.5), goes back with it — or nothing is sent.
    const QString version = Json::string(item, "version"_L1);
    if (version.isEmpty()) {
        ApiError refused(ApiError::Kind::BadResponse, tr("save library item %1").arg(id), status);
        refused.setReason(tr("The server sent the item without its file or its version, and an "
                             "update without the file could remove it. Nothing was saved; give "
                             "the file as \"binary\" (Base64) with its \"extension\"."));
        fail(refused);
        return;
    }
    auto *download = new DownloadJob(
        session(), LibraryEndpoints::exportVersion(id, version, Json::string(item, "extension"_L1)),
        this);
    sendOrFail(download, [this, id, item](DownloadJob *job) {
        QJsonObject withFile = item;
        withFile.insert("binary"_L1, QString::fromLatin1(job->body().toBase64()));
        save(id, withFile);
    });
}

void ResourceEntity::save(const QString &id, const QJsonObject &item)
{
    const ApiRequest save = m_resource.onModule(
        CrudRequests::update(m_resource.path(options().parentId), id, item,
                             tr("save %1 %2").arg(m_resource.singularText(), id)));
    showEntity(save, tr("Saved."));
}

} // namespace infiniti::ctl
