#include "api/endpoints/ProjectsEndpoints.h"

#include "api/Base64FileBody.h"
#include "api/endpoints/CrudRequests.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace infiniti::ProjectsEndpoints {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct ProjectsEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsEndpointsText)
};

QByteArray bodyHead(const ImportOptions &o)
{
    QJsonObject head{{"comment"_L1, o.comment},
                     {"overwriteProjects"_L1, o.overwriteProjects},
                     {"overwriteContentItems"_L1, o.overwriteContentItems}};
    if (!o.folderName.isEmpty())
        head.insert("folderName"_L1, o.folderName);
    if (!o.projects.isEmpty())
        head.insert("projects"_L1, o.projects);
    QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace: ixpkg goes last
    return json + ",\"ixpkg\":\"";
}

} // namespace

void ImportOptions::overwrite(const QStringList &projectIds)
{
    overwriteProjects = true;
    for (const QString &id : projectIds) {
        bool named = false;
        for (const auto &v : std::as_const(projects))
            named = named || Json::idOf(v.toObject()).compare(id, Qt::CaseInsensitive) == 0;
        if (!named && !id.isEmpty())
            projects.append(QJsonObject{{"id"_L1, id}});
    }
}

namespace {
ApiRequest importRequest(QByteArray body, const QString &what)
{
    ApiRequest r;
    r.method = "POST";
    r.encodedPath = kCollection;
    r.contentType = "application/json";
    r.body = std::move(body);
    r.action = ProjectsEndpointsText::tr("import %1").arg(what);
    r.forLargeTransfer(); // two minutes of silence; the upload itself may take longer
    return r;
}
} // namespace

Collection collection()
{
    return {kCollection, "projects"_L1, ApiModule::Admin, ProjectsEndpointsText::tr("projects")};
}

ApiRequest list(const QString &folderId)
{
    ApiRequest r =
        CrudRequests::list(kCollection, 0, 100, ProjectsEndpointsText::tr("list projects"));
    if (!folderId.isEmpty())
        r.query.append({u"folderId"_s, folderId});
    return r;
}

ApiRequest get(const QString &id)
{
    return CrudRequests::get(kCollection, id, ProjectsEndpointsText::tr("load project %1").arg(id));
}

ApiRequest rename(const QString &id, const QString &name)
{
    return CrudRequests::update(kCollection, id, {{"name"_L1, name}},
                                ProjectsEndpointsText::tr("rename the project to “%1”").arg(name));
}

ApiRequest remove(const QString &id, const QString &name)
{
    return CrudRequests::remove(kCollection, id,
                                ProjectsEndpointsText::tr("delete the project “%1”").arg(name));
}

ApiRequest history(const QString &id)
{
    return CrudRequests::history(
        kCollection, id, ProjectsEndpointsText::tr("read the history of project %1").arg(id));
}

ApiRequest exportLatest(const QString &id, const QString &name)
{
    ApiRequest r;
    r.encodedPath = QByteArray(kCollection) + '/' + ApiPath::segment(id) + "/export";
    r.action = ProjectsEndpointsText::tr("export the project “%1”").arg(name);
    r.forLargeTransfer();
    r.zipAnswer = true;
    return r;
}

namespace {
// POST projects/sync/{export|import}: a whole organisation's worth of JSON may go either way.
ApiRequest syncRequest(const QByteArray &verb, const QString &action, const QJsonObject &body)
{
    ApiRequest r = CrudRequests::withBody(
        CrudRequests::make("POST", QByteArray(kCollection) + "/sync/" + verb, action), body);
    r.forLargeTransfer(std::chrono::minutes(5));
    return r;
}
} // namespace

ApiRequest syncExport(const QStringList &projectIds, const QJsonObject &options)
{
    QJsonArray projects;
    for (const QString &id : projectIds)
        projects.append(QJsonObject{{"id"_L1, id}});
    QJsonObject body{{"projects"_L1, projects}};
    if (!options.isEmpty())
        body.insert("options"_L1, options);
    return syncRequest("export", ProjectsEndpointsText::tr("export a sync package"), body);
}

std::optional<ApiRequest> syncImport(const QByteArray &pack, const QJsonObject &options,
                                     QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(pack, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            parseError.error != QJsonParseError::NoError
                ? ProjectsEndpointsText::tr("not a sync package: %1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : ProjectsEndpointsText::tr("not a sync package: the file is not a JSON object");
        return std::nullopt;
    }
    QJsonObject body = doc.object();
    QJsonObject merged = Json::value(body, "options"_L1).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        merged.insert(it.key(), it.value());
    for (const QString &key : body.keys()) { // the pack's own options, in whatever casing
        if (key.compare("options"_L1, Qt::CaseInsensitive) == 0)
            body.remove(key);
    }
    if (!merged.isEmpty())
        body.insert("options"_L1, merged);
    return syncRequest("import", ProjectsEndpointsText::tr("import a sync package"), body);
}

QStringList syncExportOptions()
{
    return {u"projects"_s,    u"projectFragments"_s, u"dataSources"_s,      u"connectionStrings"_s,
            u"defaultData"_s, u"publishFolders"_s,   u"groups"_s,           u"roles"_s,
            u"users"_s,       u"customFields"_s,     u"connectorSettings"_s};
}

bool syncExportHoldsSecrets(const QString &option)
{
    return option == "connectorSettings"_L1 || option == "connectionStrings"_L1;
}

bool syncExportsByDefault(const QString &option)
{
    static const QStringList askedFor = {u"users"_s, u"groups"_s, u"roles"_s};
    return !syncExportHoldsSecrets(option) && !askedFor.contains(option);
}

QJsonObject syncExportDefaults()
{
    QJsonObject out;
    for (const QString &option : syncExportOptions())
        out.insert(option, syncExportsByDefault(option));
    return out;
}

QStringList syncParts()
{
    return {u"projects"_s,       u"contentLibraryItems"_s,
            u"dataSources"_s,    u"dataObjects"_s,
            u"contentFolders"_s, u"publishedProjects"_s,
            u"publishFolders"_s, u"users"_s,
            u"groups"_s,         u"roles"_s,
            u"customFields"_s,   u"connectorSettings"_s};
}

QStringList syncModes(const QString &part)
{
    if (part.compare("dataObjects"_L1, Qt::CaseInsensitive) == 0)
        return {};
    if (part.compare("projects"_L1, Qt::CaseInsensitive) == 0 ||
        part.compare("contentLibraryItems"_L1, Qt::CaseInsensitive) == 0)
        return {u"Always"_s, u"IfNotExists"_s, u"IfNewer"_s};
    return {u"Always"_s, u"IfNotExists"_s};
}

QList<std::pair<QString, qsizetype>> syncContents(const QJsonObject &pack)
{
    QList<std::pair<QString, qsizetype>> out;
    for (const QString &part : syncParts()) {
        if (const qsizetype n =
                Json::value(pack, QLatin1StringView(part.toLatin1())).toArray().size();
            n > 0)
            out.append({part, n});
    }
    return out;
}

ApiRequest exportVersion(const QString &id, const QString &version)
{
    ApiRequest r = CrudRequests::versionExport(
        kCollection, id, version,
        ProjectsEndpointsText::tr("export version %1 of project %2").arg(version, id));
    r.zipAnswer = true;
    return r;
}

std::optional<ApiRequest> importPackage(const QString &path, const ImportOptions &options,
                                        QString *error)
{
    auto body = Base64FileBody::make(bodyHead(options), path, "\"}", error);
    if (!body)
        return std::nullopt;
    ApiRequest r = importRequest({}, QFileInfo(path).fileName());
    r.upload = std::move(body);
    return r;
}

ApiRequest importPackageBytes(const QByteArray &package, const ImportOptions &options)
{
    return importRequest(bodyHead(options) + package.toBase64() + "\"}",
                         ProjectsEndpointsText::tr("a package"));
}

ApiRequest folderChildren(const QByteArray &collection, const QString &parentId)
{
    ApiRequest r =
        CrudRequests::list(collection, 0, 1000, ProjectsEndpointsText::tr("list folders"));
    r.query.append({u"parentId"_s, parentId});
    return r;
}

} // namespace infiniti::ProjectsEndpoints
