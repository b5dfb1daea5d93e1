// Projects (contract 4.1 and 9.2): list, get, rename, delete, history, export, version export,
// import of a base64 .ixpkg; sync export/import and published projects (4.2) have their own files.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimLimits.h"
#include "sim/SimPaging.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"

#include "formats/Json.h"

#include "formats/ProjectPackage.h"
#include "formats/Zip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
using namespace SimProjects;

const QString kDesign = u"Design projects"_s;

const QJsonObject *folderNamed(const SimStore &store, const QString &name)
{
    for (const auto &f : store.documents(u"contentfolders"_s)) {
        if (f.value("name"_L1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QJsonObject detail(const SimStore &store, const QJsonObject &project)
{
    QJsonObject o = project;
    QJsonArray publishedIn;
    for (const auto &p : store.documents(kPublished)) {
        if (p.value("projectId"_L1).toString() != project.value("id"_L1).toString())
            continue;
        const QJsonObject *folder =
            findDocument(store, u"publishfolders"_s, p.value("folderId"_L1).toString());
        publishedIn.append(QJsonObject{
            {"publishId"_L1, p.value("id"_L1)},
            {"folderName"_L1, folder ? folder->value("name"_L1).toString() : QString()}});
    }
    o.insert("publishedIn"_L1, publishedIn);
    return o;
}

SimResponse notFound(const QString &id)
{
    return SimResponse::error(404, u"No project %1."_s.arg(id));
}

QJsonArray documentsJson(const QList<ProjectPackage::Document> &documents)
{
    QJsonArray out;
    for (const auto &d : documents) {
        const bool word = d.extension.compare("docx"_L1, Qt::CaseInsensitive) == 0;
        QJsonObject o{{"id"_L1, d.id},
                      {"formatType"_L1, word ? u"WordDocx"_s : d.extension},
                      {"base64"_L1, QString::fromLatin1(d.docx.toBase64())}};
        if (!word)
            o.insert("extension"_L1, d.extension);
        out.append(o);
    }
    return out;
}

SimResponse exportVersion(const SimStore &store, const QJsonObject &project,
                          const QJsonObject &version)
{
    return SimResponse::file(package(store, project, version),
                             u"%1 v%2.ixpkg"_s.arg(project.value("name"_L1).toString(),
                                                   version.value("version"_L1).toString()));
}

// An import's package, read: what depends on the body alone, so that a large one is read off
// the server's thread (SimRouter::prepareWith). Its files and documents are already in the
// Base64 the store keeps.
struct ReadPackage
{
    std::optional<ProjectPackage::Package> package; // else
    SimResponse refusal;                            // the 400 saying why it cannot be read
    QJsonArray files;                               // the package-wide files: [{name, base64}]
    QList<QJsonArray> documents;                    // each project's documents (documentsJson)
    // and those read back as the store's versions are (SimProjects::documentsOf): what measuring
    // a new version's package would otherwise decode again on the server's thread
    QList<QList<ProjectPackage::Document>> decoded;
};

ReadPackage readPackage(const QJsonObject &body, const SimRequest &req)
{
    ReadPackage out;
    const auto decoded =
        QByteArray::fromBase64Encoding(Json::value(body, "ixpkg"_L1).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        out.refusal = SimResponse::error(400, u"The package is not valid Base64."_s,
                                         {{u"ixpkg"_s, {u"Not Base64."_s}}});
        return out;
    }
    // Entries just under the reader's zip-bomb ratio each once turned a 2.8 MB package into
    // 400 MB held in the store: unpacked, a package may not be larger than a body may be.
    if (const Zip::Reader zip(decoded.decoded); zip.isValid()) {
        qint64 unpacked = 0;
        for (const Zip::Entry &e : zip.entries())
            unpacked += e.size;
        if (unpacked > req.maxBody) {
            const QString why =
                u"its files add up to %1 bytes unpacked, more than the %2 a request may hold "
                u"(--max-body-mb)"_s.arg(unpacked)
                    .arg(req.maxBody);
            out.refusal = SimResponse::error(400, u"The package cannot be read: %1."_s.arg(why),
                                             {{u"ixpkg"_s, {why}}});
            return out;
        }
    }
    QString why;
    out.package = ProjectPackage::read(decoded.decoded, &why);
    if (!out.package) {
        out.refusal = SimResponse::error(400, u"The package cannot be read: %1."_s.arg(why),
                                         {{u"ixpkg"_s, {why}}});
        return out;
    }
    // The package-wide files (responseMetadataFields.xml, datasources.xml…) go with each of
    // its projects' versions, so an export gives them back.
    for (const auto &f : out.package->files)
        out.files.append(QJsonObject{{"name"_L1, f.name},
                                     {"base64"_L1, QString::fromLatin1(f.bytes.toBase64())}});
    for (const auto &full : out.package->projects) {
        out.documents << documentsJson(full.documents);
        out.decoded << documentsOf(out.documents.constLast());
    }
    return out;
}

// POST projects: import a package (see docs/EMULATOR.md for the copy and overwrite rules).
SimResponse importPackage(SimStore &store, SimRequest &req)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    FieldErrors errors;
    const QJsonValue ixpkg = Json::value(*body, "ixpkg"_L1),
                     comment = Json::value(*body, "comment"_L1),
                     overwrite = Json::value(*body, "overwriteProjects"_L1),
                     folderName = Json::value(*body, "folderName"_L1),
                     mapping = Json::value(*body, "projects"_L1),
                     overwriteItems = Json::value(*body, "overwriteContentItems"_L1);
    if (!ixpkg.isString() || ixpkg.toString().isEmpty())
        errors[u"ixpkg"_s] << u"Required: the .ixpkg file in Base64."_s;
    for (const auto &[value, key, limit] : {std::tuple{comment, "comment", Limits::kText},
                                            std::tuple{folderName, "folderName", Limits::kName}}) {
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            errors[QString::fromLatin1(key)] << u"Must be a string."_s;
        else if (value.toString().size() > limit)
            errors[QString::fromLatin1(key)] << u"At most %1 characters."_s.arg(limit);
    }
    for (const auto &[value, key] : {std::pair{overwrite, "overwriteProjects"},
                                     std::pair{overwriteItems, "overwriteContentItems"}}) {
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            errors[QString::fromLatin1(key)] << u"Must be true or false."_s;
    }
    if (!mapping.isUndefined() && !mapping.isNull() && !mapping.isArray())
        errors[u"projects"_s] << u"Must be an array of {id, name}."_s;
    for (const auto &m : mapping.toArray()) {
        const QJsonValue id = m.toObject().value("id"_L1), name = m.toObject().value("name"_L1);
        if (!m.isObject() || !id.isString() ||
            !(name.isUndefined() || name.isNull() || name.isString()) ||
            name.toString().size() > Limits::kName) {
            errors[u"projects"_s]
                << u"Each entry is {\"id\": string, \"name\": string of at most %1 characters}."_s
                       .arg(Limits::kName);
            break;
        }
        if (const QString problem = Limits::nameCharacterProblem(name.toString().trimmed());
            !problem.isEmpty()) {
            errors[u"projects"_s] << u"The name for %1: %2"_s.arg(id.toString().left(80), problem);
            break;
        }
    }
    const QJsonObject *folder = nullptr;
    if (folderName.isString() && !folderName.toString().isEmpty()) {
        folder = folderNamed(store, folderName.toString());
        if (!folder)
            errors[u"folderName"_s]
                << u"No content folder named '%1'."_s.arg(folderName.toString());
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The import request is not valid."_s, errors);
    // Read off the server's thread when the body was large (SimServer), else here.
    const ReadPackage *read =
        req.prepared ? std::any_cast<ReadPackage>(&req.prepared->made) : nullptr;
    ReadPackage readHere;
    if (!read) {
        readHere = readPackage(*body, req);
        read = &readHere;
    }
    if (!read->package)
        return read->refusal;
    const QList<ProjectPackage::Full> *projects = &read->package->projects;
    const bool overwriting = overwrite.toBool(false);

    // Decide everything first: nothing is changed unless the whole package can go in.
    struct Plan
    {
        const ProjectPackage::Full *source;
        QString id, name;
        bool update;
        QString type; // the list's word: kept from the project it overwrites or copies
    };
    QList<Plan> plans;
    QStringList names;
    for (const auto &full : *projects) {
        QString newName;
        for (const auto &m : mapping.toArray()) {
            if (m.toObject().value("id"_L1).toString().compare(full.project.id,
                                                               Qt::CaseInsensitive) == 0)
                newName = m.toObject().value("name"_L1).toString().trimmed();
        }
        const QJsonObject *existing = SimProjects::project(store, full.project.id);
        Plan plan{&full, full.project.id, newName.isEmpty() ? full.project.name : newName, false,
                  existing ? existing->value("type"_L1).toString() : full.project.type};
        if (existing && !newName.isEmpty() && !overwriting) {
            plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // a copy under a new name
        } else if (existing) {
            if (!overwriting)
                return SimResponse::error(
                    409, QStringLiteral(
                             "The project '%1' already exists; import with overwriteProjects to "
                             "replace it, or give it a new name to import a copy.")
                             .arg(existing->value("name"_L1).toString()));
            plan.update = true;
            if (newName.isEmpty())
                plan.name = existing->value("name"_L1).toString();
        }
        if (plan.name.trimmed().isEmpty() || plan.name.size() > Limits::kName)
            return SimResponse::error(
                400,
                u"The package names a project '%1': a name has 1 to %2 characters."_s
                    .arg(plan.name.left(80))
                    .arg(Limits::kName),
                {{u"ixpkg"_s, {u"A project name is empty or too long."_s}}});
        if (const QString problem = Limits::nameCharacterProblem(plan.name); !problem.isEmpty())
            return SimResponse::error(
                400, u"The package names a project that no name may be: %1"_s.arg(problem),
                {{u"ixpkg"_s, {u"A project name: %1"_s.arg(problem)}}});
        const QJsonObject *clash = projectNamed(store, plan.name);
        if ((clash &&
             clash->value("id"_L1).toString().compare(plan.id, Qt::CaseInsensitive) != 0) ||
            names.contains(plan.name, Qt::CaseInsensitive))
            return SimResponse::error(409,
                                      u"A project named '%1' already exists."_s.arg(plan.name));
        names << plan.name;
        plans << plan;
    }
    QJsonArray result;
    const QString user = req.caller ? req.caller->username : QString();
    for (const Plan &plan : plans) {
        QJsonObject *target = SimProjects::project(store, plan.id);
        if (!target) {
            store.documents(kProjects).push_back(QJsonObject{{"id"_L1, plan.id.toLower()},
                                                             {"type"_L1, plan.type},
                                                             {"folderId"_L1, QJsonValue::Null},
                                                             {"folderName"_L1, QString()}});
            target = &store.documents(kProjects).back();
        }
        target->insert("name"_L1, plan.name);
        if (folder) {
            target->insert("folderId"_L1, folder->value("id"_L1));
            target->insert("folderName"_L1, folder->value("name"_L1));
        }
        const qsizetype index = plan.source - projects->constData();
        Version v{plan.source->definition, read->documents.at(index),
                  comment.toString().isEmpty() ? u"Imported"_s : comment.toString(), user,
                  nowUtc()};
        v.definitionBytes = plan.source->definitionBytes;
        v.files = read->files;
        v.decoded = read->decoded.at(index);
        v.typeNumber = plan.source->project.typeNumber;
        // A project new here keeps the package's version; a copy starts its own history.
        if (!plan.update && plan.id.compare(plan.source->project.id, Qt::CaseInsensitive) == 0)
            v.number = plan.source->project.version;
        addVersion(store, *target, v, plan.update);
        result.append(QJsonObject{{"id"_L1, target->value("id"_L1)},
                                  {"name"_L1, target->value("name"_L1)},
                                  {"version"_L1, target->value("version"_L1)},
                                  {"folderName"_L1, target->value("folderName"_L1)}});
    }
    sortProjects(store);
    SimResponse r = SimResponse::json(201, {{"projects"_L1, result}});
    if (!result.isEmpty()) // where the (first) imported project is: all a strict server says
        r.addHeader("Location", req.absoluteUrl(u"projects/"_s +
                                                result.first().toObject().value("id"_L1).toString())
                                    .toUtf8());
    return r;
}

} // namespace

void registerProjectRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"admin:projects"_s, kDesign, [&store](SimRequest &req) {
        const auto &all = store.documents(kProjects);
        const QString search = req.extensionQuery(u"search"_s);
        const QString folderId = req.extensionQuery(u"folderId"_s);
        std::vector<const QJsonObject *> shown;
        for (const auto &p : all) {
            if ((search.isEmpty() ||
                 p.value("name"_L1).toString().contains(search, Qt::CaseInsensitive)) &&
                (folderId.isEmpty() ||
                 p.value("folderId"_L1).toString().compare(folderId, Qt::CaseInsensitive) == 0))
                shown.push_back(&p);
        }
        return pagedList(req, u"projects"_s, int(shown.size()),
                         [&](int i) { return *shown[size_t(i)]; });
    });
    router.add("GET", u"admin:projects/{id}"_s, kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        return p ? SimResponse::json(200, detail(store, *p)) : notFound(req.params.at(0));
    });
    router.add("PATCH", u"admin:projects/{id}"_s, kDesign, [&store](SimRequest &req) {
        QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        const QJsonValue name = Json::value(*body, "name"_L1);
        // The strict profile's PATCH replaces: the name is the whole of what it can change.
        if ((!name.isUndefined() || req.strict) &&
            (!name.isString() || name.toString().trimmed().isEmpty()))
            return SimResponse::error(400, u"The project is not valid."_s,
                                      {{u"name"_s, {u"Required: a name."_s}}});
        if (name.toString().trimmed().size() > Limits::kName)
            return SimResponse::error(
                400, u"The project is not valid."_s,
                {{u"name"_s, {u"At most %1 characters."_s.arg(Limits::kName)}}});
        if (const QString problem = Limits::nameCharacterProblem(name.toString().trimmed());
            !problem.isEmpty())
            return SimResponse::error(400, u"The project is not valid."_s,
                                      {{u"name"_s, {problem}}});
        if (name.isString()) {
            const QJsonObject *clash = projectNamed(store, name.toString().trimmed());
            if (clash && clash != p)
                return SimResponse::error(
                    409, u"A project named '%1' already exists."_s.arg(name.toString().trimmed()));
            p->insert("name"_L1, name.toString().trimmed());
        }
        const QString id = p->value("id"_L1).toString();
        sortProjects(store);
        return SimResponse::json(200, detail(store, *SimProjects::project(store, id)));
    });
    router.add("DELETE", u"admin:projects/{id}"_s, kDesign, [&store](SimRequest &req) {
        if (!SimProjects::project(store, req.params.at(0)))
            return notFound(req.params.at(0));
        removeProject(store, req.params.at(0));
        return SimResponse::noContent();
    });
    router.add("GET", u"admin:projects/{id}/history"_s, kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        QJsonArray list;
        for (const QJsonObject *v : versions(store, p->value("id"_L1).toString()))
            list.append(QJsonObject{{"version"_L1, v->value("version"_L1)},
                                    {"modifiedUtc"_L1, v->value("modifiedUtc"_L1)},
                                    {"modifiedBy"_L1, v->value("modifiedBy"_L1)},
                                    {"comment"_L1, v->value("comment"_L1)},
                                    {"size"_L1, v->value("size"_L1)}});
        return SimResponse::json(200, {{"versions"_L1, list}});
    });
    router.add("GET", u"admin:projects/{id}/export"_s, kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        const QJsonObject *v = SimProjects::version(store, p->value("id"_L1).toString(),
                                                    p->value("version"_L1).toString());
        return v ? exportVersion(store, *p, *v)
                 : SimResponse::error(404, u"The project has no versions."_s);
    });
    router.add("GET", u"admin:projects/{id}/history/{version}/export"_s, kDesign,
               [&store](SimRequest &req) {
                   const QJsonObject *p = SimProjects::project(store, req.params.at(0));
                   if (!p)
                       return notFound(req.params.at(0));
                   const QJsonObject *v =
                       SimProjects::version(store, p->value("id"_L1).toString(), req.params.at(1));
                   return v ? exportVersion(store, *p, *v)
                            : SimResponse::error(
                                  404, u"The project '%1' has no version %2."_s.arg(
                                           p->value("name"_L1).toString(), req.params.at(1)));
               });
    router.add("POST", u"admin:projects"_s, kDesign,
               [&store](SimRequest &req) { return importPackage(store, req); });
    router.prepareWith([](const QJsonObject &body, const SimRequest &req) {
        return std::any(readPackage(body, req));
    });
    registerSyncRoutes(router, store);

    registerPublishedRoutes(router, store);
}

} // namespace infiniti::sim
