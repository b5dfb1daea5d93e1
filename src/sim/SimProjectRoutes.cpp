// Projects (contract 4.1 and 9.2): list, get, rename, delete, history, export, version export,
// import of a base64 .ixpkg, sync export/import; published projects (4.2) as a DocumentSpec.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimPaging.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"

#include "formats/Json.h"

#include "formats/ProjectPackage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace infiniti::sim {

namespace {

using L = QLatin1StringView;
using namespace SimProjects;

const QString kDesign = QStringLiteral("Design projects");

const QJsonObject *folderNamed(const SimStore &store, const QString &name)
{
    for (const auto &f : store.documents(QStringLiteral("contentfolders"))) {
        if (f.value(L("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QJsonObject detail(const SimStore &store, const QJsonObject &project)
{
    QJsonObject o = project;
    QJsonArray publishedIn;
    for (const auto &p : store.documents(kPublished)) {
        if (p.value(L("projectId")).toString() != project.value(L("id")).toString())
            continue;
        const QJsonObject *folder = findDocument(store, QStringLiteral("publishfolders"), p.value(L("folderId")).toString());
        publishedIn.append(QJsonObject{{L("publishId"), p.value(L("id"))},
                                       {L("folderName"), folder ? folder->value(L("name")).toString() : QString()}});
    }
    o.insert(L("publishedIn"), publishedIn);
    return o;
}

SimResponse notFound(const QString &id)
{
    return SimResponse::error(404, QStringLiteral("No project %1.").arg(id));
}

QJsonArray documentsJson(const QList<ProjectPackage::Document> &documents)
{
    QJsonArray out;
    for (const auto &d : documents)
        out.append(QJsonObject{{L("id"), d.id}, {L("formatType"), QStringLiteral("WordDocx")},
                               {L("base64"), QString::fromLatin1(d.docx.toBase64())}});
    return out;
}

SimResponse exportVersion(const SimStore &store, const QJsonObject &project, const QJsonObject &version)
{
    return SimResponse::file(package(store, project, version), QStringLiteral("%1 v%2.ixpkg")
                                                                    .arg(project.value(L("name")).toString(),
                                                                         version.value(L("version")).toString()));
}

// POST projects: import a package (see docs/EMULATOR.md for the copy and overwrite rules).
SimResponse importPackage(SimStore &store, SimRequest &req)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    FieldErrors errors;
    const QJsonValue ixpkg = Json::value(*body, L("ixpkg")), comment = Json::value(*body, L("comment")),
                     overwrite = Json::value(*body, L("overwriteProjects")), folderName = Json::value(*body, L("folderName")),
                     mapping = Json::value(*body, L("projects")), overwriteItems = Json::value(*body, L("overwriteContentItems"));
    if (!ixpkg.isString() || ixpkg.toString().isEmpty())
        errors[QStringLiteral("ixpkg")] << QStringLiteral("Required: the .ixpkg file in Base64.");
    for (const auto &[value, key] : {std::pair{comment, "comment"}, std::pair{folderName, "folderName"}}) {
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            errors[QString::fromLatin1(key)] << QStringLiteral("Must be a string.");
    }
    for (const auto &[value, key] : {std::pair{overwrite, "overwriteProjects"}, std::pair{overwriteItems, "overwriteContentItems"}}) {
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            errors[QString::fromLatin1(key)] << QStringLiteral("Must be true or false.");
    }
    if (!mapping.isUndefined() && !mapping.isNull() && !mapping.isArray())
        errors[QStringLiteral("projects")] << QStringLiteral("Must be an array of {id, name}.");
    const QJsonObject *folder = nullptr;
    if (folderName.isString() && !folderName.toString().isEmpty()) {
        folder = folderNamed(store, folderName.toString());
        if (!folder)
            errors[QStringLiteral("folderName")] << QStringLiteral("No content folder named '%1'.").arg(folderName.toString());
    }
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The import request is not valid."), errors);
    const auto decoded = QByteArray::fromBase64Encoding(ixpkg.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return SimResponse::error(400, QStringLiteral("The package is not valid Base64."), {{QStringLiteral("ixpkg"), {QStringLiteral("Not Base64.")}}});
    QString why;
    const auto projects = ProjectPackage::readAll(decoded.decoded, &why);
    if (!projects)
        return SimResponse::error(400, QStringLiteral("The package cannot be read: %1.").arg(why),
                                  {{QStringLiteral("ixpkg"), {why}}});
    const bool overwriting = overwrite.toBool(false);

    // Decide everything first: nothing is changed unless the whole package can go in.
    struct Plan
    {
        const ProjectPackage::Full *source;
        QString id, name;
        bool update;
    };
    QList<Plan> plans;
    QStringList names;
    for (const auto &full : *projects) {
        QString newName;
        for (const auto &m : mapping.toArray()) {
            if (m.toObject().value(L("id")).toString().compare(full.project.id, Qt::CaseInsensitive) == 0)
                newName = m.toObject().value(L("name")).toString().trimmed();
        }
        const QJsonObject *existing = SimProjects::project(store, full.project.id);
        Plan plan{&full, full.project.id, newName.isEmpty() ? full.project.name : newName, false};
        if (existing && !newName.isEmpty() && !overwriting) {
            plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // a copy under a new name
        } else if (existing) {
            if (!overwriting)
                return SimResponse::error(409, QStringLiteral("The project '%1' already exists; import with overwriteProjects to "
                                                              "replace it, or give it a new name to import a copy.")
                                                   .arg(existing->value(L("name")).toString()));
            plan.update = true;
            if (newName.isEmpty())
                plan.name = existing->value(L("name")).toString();
        }
        const QJsonObject *clash = projectNamed(store, plan.name);
        if ((clash && clash->value(L("id")).toString().compare(plan.id, Qt::CaseInsensitive) != 0)
            || names.contains(plan.name, Qt::CaseInsensitive))
            return SimResponse::error(409, QStringLiteral("A project named '%1' already exists.").arg(plan.name));
        names << plan.name;
        plans << plan;
    }
    QJsonArray result;
    const QString user = req.caller ? req.caller->username : QString();
    for (const Plan &plan : plans) {
        QJsonObject *target = SimProjects::project(store, plan.id);
        if (!target) {
            store.documents(kProjects).push_back(QJsonObject{{L("id"), plan.id.toLower()},
                                                             {L("type"), plan.source->project.type},
                                                             {L("folderId"), QJsonValue::Null},
                                                             {L("folderName"), QString()}});
            target = &store.documents(kProjects).back();
        }
        target->insert(L("name"), plan.name);
        if (folder) {
            target->insert(L("folderId"), folder->value(L("id")));
            target->insert(L("folderName"), folder->value(L("name")));
        }
        Version v{plan.source->definition, documentsJson(plan.source->documents),
                  comment.toString().isEmpty() ? QStringLiteral("Imported") : comment.toString(), user, nowUtc()};
        addVersion(store, *target, v, plan.update);
        result.append(QJsonObject{{L("id"), target->value(L("id"))}, {L("name"), target->value(L("name"))},
                                  {L("version"), target->value(L("version"))}, {L("folderName"), target->value(L("folderName"))}});
    }
    sortProjects(store);
    return SimResponse::json(201, {{L("projects"), result}});
}

} // namespace

void registerProjectRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", QStringLiteral("admin:projects"), kDesign, [&store](SimRequest &req) {
        const auto &all = store.documents(kProjects);
        const QString search = req.queryValue(QStringLiteral("search"));
        const QString folderId = req.queryValue(QStringLiteral("folderId"));
        std::vector<const QJsonObject *> shown;
        for (const auto &p : all) {
            if ((search.isEmpty() || p.value(L("name")).toString().contains(search, Qt::CaseInsensitive))
                && (folderId.isEmpty() || p.value(L("folderId")).toString().compare(folderId, Qt::CaseInsensitive) == 0))
                shown.push_back(&p);
        }
        return pagedList(req, QStringLiteral("projects"), int(shown.size()), [&](int i) { return *shown[size_t(i)]; });
    });
    router.add("GET", QStringLiteral("admin:projects/{id}"), kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        return p ? SimResponse::json(200, detail(store, *p)) : notFound(req.params.at(0));
    });
    router.add("PATCH", QStringLiteral("admin:projects/{id}"), kDesign, [&store](SimRequest &req) {
        QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        const QJsonValue name = Json::value(*body, L("name"));
        if (!name.isUndefined() && (!name.isString() || name.toString().trimmed().isEmpty()))
            return SimResponse::error(400, QStringLiteral("The project is not valid."),
                                      {{QStringLiteral("name"), {QStringLiteral("Required: a name.")}}});
        if (name.isString()) {
            const QJsonObject *clash = projectNamed(store, name.toString().trimmed());
            if (clash && clash != p)
                return SimResponse::error(409, QStringLiteral("A project named '%1' already exists.").arg(name.toString().trimmed()));
            p->insert(L("name"), name.toString().trimmed());
        }
        const QString id = p->value(L("id")).toString();
        sortProjects(store);
        return SimResponse::json(200, detail(store, *SimProjects::project(store, id)));
    });
    router.add("DELETE", QStringLiteral("admin:projects/{id}"), kDesign, [&store](SimRequest &req) {
        if (!SimProjects::project(store, req.params.at(0)))
            return notFound(req.params.at(0));
        removeProject(store, req.params.at(0));
        return SimResponse::noContent();
    });
    router.add("GET", QStringLiteral("admin:projects/{id}/history"), kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        QJsonArray list;
        for (const QJsonObject *v : versions(store, p->value(L("id")).toString()))
            list.append(QJsonObject{{L("version"), v->value(L("version"))}, {L("modifiedUtc"), v->value(L("modifiedUtc"))},
                                    {L("modifiedBy"), v->value(L("modifiedBy"))}, {L("comment"), v->value(L("comment"))},
                                    {L("size"), v->value(L("size"))}});
        return SimResponse::json(200, {{L("versions"), list}});
    });
    router.add("GET", QStringLiteral("admin:projects/{id}/export"), kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        const QJsonObject *v = SimProjects::version(store, p->value(L("id")).toString(), p->value(L("version")).toString());
        return v ? exportVersion(store, *p, *v) : SimResponse::error(404, QStringLiteral("The project has no versions."));
    });
    router.add("GET", QStringLiteral("admin:projects/{id}/history/{version}/export"), kDesign, [&store](SimRequest &req) {
        const QJsonObject *p = SimProjects::project(store, req.params.at(0));
        if (!p)
            return notFound(req.params.at(0));
        const QJsonObject *v = SimProjects::version(store, p->value(L("id")).toString(), req.params.at(1));
        return v ? exportVersion(store, *p, *v)
                 : SimResponse::error(404, QStringLiteral("The project '%1' has no version %2.").arg(p->value(L("name")).toString(), req.params.at(1)));
    });
    router.add("POST", QStringLiteral("admin:projects"), kDesign, [&store](SimRequest &req) { return importPackage(store, req); });
    registerSyncRoutes(router, store);

    DocumentSpec published;
    published.path = QStringLiteral("publishedprojects");
    published.envelope = QStringLiteral("publishedProjects");
    published.what = QStringLiteral("published project");
    published.permission = QStringLiteral("Publish projects");
    published.nameKey.clear();
    published.queryFilters = {QStringLiteral("folderId"), QStringLiteral("projectId")};
    published.fields = {
        {QStringLiteral("folderId"), DocumentSpec::Type::String, true},
        {QStringLiteral("projectId"), DocumentSpec::Type::String, true},
        {QStringLiteral("layoutId"), DocumentSpec::Type::NullableString, false, QJsonValue::Null},
        {QStringLiteral("messages"), DocumentSpec::Type::Object, false,
         QJsonObject{{L("helpText"), QString()}, {L("wizardFinishPageMessage"), QString()}, {L("completionPageMessage"), QString()}}},
        {QStringLiteral("options"), DocumentSpec::Type::Object, false,
         QJsonObject{{L("allowPreview"), false}, {L("allowRestartAfterSubmission"), false}, {L("allowSave"), true},
                     {L("autoCreateInProgressForms"), false}, {L("formInteractionLog"), true}, {L("enforceValidation"), true},
                     {L("updateDocumentFields"), true}, {L("hideNavigationPane"), false}, {L("showFormActivity"), true},
                     {L("matchProjectVersionLoadingInProgress"), false}, {L("restrictAvailabilityDates"), false},
                     {L("allowOfflineLaunch"), false}, {L("troubleshootingMode"), 0}, {L("isHomePage"), false}}},
        {QStringLiteral("outputFormats"), DocumentSpec::Type::Object, false,
         QJsonObject{{L("document"), QJsonArray{QJsonObject{{L("extension"), QStringLiteral("docx")}, {L("version"), QStringLiteral("2007")}, {L("lock"), false}}}},
                     {L("presentation"), QJsonArray()},
                     {L("spreadsheet"), QJsonArray()}}}};
    published.validate = [](const QJsonObject &candidate, const SimStore &s, FieldErrors *errors) {
        const QString folderId = candidate.value(L("folderId")).toString();
        const QString projectId = candidate.value(L("projectId")).toString();
        if (!folderId.isEmpty() && !findDocument(s, QStringLiteral("publishfolders"), folderId))
            (*errors)[QStringLiteral("folderId")] << QStringLiteral("No publish folder %1.").arg(folderId);
        if (!projectId.isEmpty() && !SimProjects::project(s, projectId))
            (*errors)[QStringLiteral("projectId")] << QStringLiteral("No project %1.").arg(projectId);
        for (const auto &other : s.documents(kPublished)) {
            if (other.value(L("id")) != candidate.value(L("id"))
                && other.value(L("folderId")).toString().compare(folderId, Qt::CaseInsensitive) == 0
                && other.value(L("projectId")).toString().compare(projectId, Qt::CaseInsensitive) == 0)
                (*errors)[QStringLiteral("projectId")] << QStringLiteral("The project is already published in that folder.");
        }
    };
    published.present = [](const QJsonObject &item, const SimRequest &, bool, const SimStore &s) {
        QJsonObject o = item;
        const QJsonObject *project = SimProjects::project(s, item.value(L("projectId")).toString());
        const QJsonObject *folder = findDocument(s, QStringLiteral("publishfolders"), item.value(L("folderId")).toString());
        o.insert(L("projectName"), project ? project->value(L("name")).toString() : QString());
        o.insert(L("projectVersion"), project ? project->value(L("version")).toString() : QString());
        o.insert(L("folderName"), folder ? folder->value(L("name")).toString() : QString());
        return o;
    };
    registerDocumentRoutes(router, store, published);
}

} // namespace infiniti::sim
