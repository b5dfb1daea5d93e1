// Published projects (contract 4.2, 5.1 and 9.2): a DocumentSpec. The documented list holds
// folders with their publications nested; the default profile lists them flat (with our
// folderId/projectId filters), the strict profile nested.
#include "sim/SimPaging.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"
#include "sim/SimSpecs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {

using Type = DocumentSpec::Type;

const QJsonObject kDefaultOptions{{"allowPreview"_L1, false},
                                  {"allowRestartAfterSubmission"_L1, false},
                                  {"allowSave"_L1, true},
                                  {"autoCreateInProgressForms"_L1, false},
                                  {"formInteractionLog"_L1, true},
                                  {"enforceValidation"_L1, true},
                                  {"updateDocumentFields"_L1, true},
                                  {"hideNavigationPane"_L1, false},
                                  {"showFormActivity"_L1, true},
                                  {"matchProjectVersionLoadingInProgress"_L1, false},
                                  {"restrictAvailabilityDates"_L1, false},
                                  {"allowOfflineLaunch"_L1, false},
                                  {"troubleshootingMode"_L1, 0},
                                  {"isHomePage"_L1, false}};

// The nested objects keep their documented types (a null or a string where a flag or a list
// goes is refused, not stored).
void checkNested(const QJsonObject &candidate, FieldErrors *errors)
{
    const QJsonObject messages = candidate.value("messages"_L1).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        if (!it.value().isString())
            (*errors)[u"messages"_s] << u"messages.%1 must be a string."_s.arg(it.key());
    }
    const QJsonObject options = candidate.value("options"_L1).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QJsonValue documented = kDefaultOptions.value(it.key());
        if (documented.isBool() && !it.value().isBool())
            (*errors)[u"options"_s] << u"options.%1 must be true or false."_s.arg(it.key());
        else if (documented.isDouble() &&
                 (!it.value().isDouble() || it.value().toDouble() != double(it.value().toInt())))
            (*errors)[u"options"_s] << u"options.%1 must be a whole number."_s.arg(it.key());
    }
    const QJsonObject formats = candidate.value("outputFormats"_L1).toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it) {
        bool ok = it.value().isArray();
        for (const auto &f : it.value().toArray()) {
            const QJsonObject o = f.toObject();
            ok = ok && f.isObject() && o.value("extension"_L1).isString() &&
                 (o.value("version"_L1).isUndefined() || o.value("version"_L1).isString()) &&
                 (o.value("lock"_L1).isUndefined() || o.value("lock"_L1).isBool());
        }
        if (!ok)
            (*errors)[u"outputFormats"_s]
                << u"outputFormats.%1 must be an array of {extension, version, lock}."_s.arg(
                       it.key());
    }
}

QJsonObject presentedItem(const QJsonObject &item, const SimStore &s)
{
    QJsonObject o = item;
    const QJsonObject *project = SimProjects::project(s, item.value("projectId"_L1).toString());
    const QJsonObject *folder =
        findDocument(s, u"publishfolders"_s, item.value("folderId"_L1).toString());
    o.insert("projectName"_L1, project ? project->value("name"_L1).toString() : QString());
    o.insert("projectVersion"_L1, project ? project->value("version"_L1).toString() : QString());
    o.insert("folderName"_L1, folder ? folder->value("name"_L1).toString() : QString());
    return o;
}

// Strict: "folders + published projects" (contract 4.2): the page is of publications, in
// folder order, each folder once per page with the publications of that page (a folder can
// go on over the next page).
SimResponse nestedList(const SimRequest &req, const std::vector<const QJsonObject *> &shown,
                       const SimStore &s)
{
    std::vector<std::pair<QJsonObject, QString>> sorted; // item, its folder's sort key
    for (const QJsonObject *p : shown) {
        const QJsonObject o = presentedItem(*p, s);
        sorted.push_back({o, o.value("folderName"_L1).toString().toLower() + QChar(0) +
                                 o.value("folderId"_L1).toString()});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second < b.second;
        return a.first.value("projectName"_L1)
                   .toString()
                   .compare(b.first.value("projectName"_L1).toString(), Qt::CaseInsensitive) < 0;
    });
    PageRange range;
    if (auto bad = pageRange(req, int(sorted.size()), &range))
        return *bad;
    QJsonArray folders;
    QJsonObject folder;
    QJsonArray items;
    for (int i = range.begin; i < range.end; ++i) {
        const QJsonObject &item = sorted[size_t(i)].first;
        if (!folder.isEmpty() && folder.value("id"_L1) != item.value("folderId"_L1)) {
            folder.insert("publishedProjects"_L1, items);
            folders.append(folder);
            items = {};
        }
        folder = {{"id"_L1, item.value("folderId"_L1)}, {"name"_L1, item.value("folderName"_L1)}};
        items.append(item);
    }
    if (!folder.isEmpty()) {
        folder.insert("publishedProjects"_L1, items);
        folders.append(folder);
    }
    QJsonObject o{{"folders"_L1, folders}};
    if (!range.nextLink.isEmpty())
        o.insert("@nextLink"_L1, range.nextLink);
    return SimResponse::json(200, o);
}

} // namespace

DocumentSpec publishedProjectsSpec()
{
    DocumentSpec spec;
    spec.path = u"publishedprojects"_s;
    spec.collection = SimProjects::kPublished;
    spec.envelope = u"publishedProjects"_s;
    spec.what = u"published project"_s;
    spec.permission = u"Publish projects"_s;
    spec.nameKey.clear();
    spec.queryFilters = {u"folderId"_s, u"projectId"_s};
    spec.fields = {{u"folderId"_s, Type::String, true},
                   {u"projectId"_s, Type::String, true},
                   {u"layoutId"_s, Type::NullableString, false, QJsonValue::Null},
                   {u"messages"_s, Type::Object, false,
                    QJsonObject{{"helpText"_L1, QString()},
                                {"wizardFinishPageMessage"_L1, QString()},
                                {"completionPageMessage"_L1, QString()}}},
                   {u"options"_s, Type::Object, false, kDefaultOptions},
                   {u"outputFormats"_s, Type::Object, false,
                    QJsonObject{{"document"_L1, QJsonArray{QJsonObject{{"extension"_L1, u"docx"_s},
                                                                       {"version"_L1, u"2007"_s},
                                                                       {"lock"_L1, false}}}},
                                {"presentation"_L1, QJsonArray()},
                                {"spreadsheet"_L1, QJsonArray()}}}};
    spec.validate = [](const QJsonObject &candidate, const SimStore &s, FieldErrors *errors) {
        checkNested(candidate, errors);
        const QString folderId = candidate.value("folderId"_L1).toString();
        const QString projectId = candidate.value("projectId"_L1).toString();
        if (!folderId.isEmpty() && !findDocument(s, u"publishfolders"_s, folderId))
            (*errors)[u"folderId"_s] << u"No publish folder %1."_s.arg(folderId);
        if (!projectId.isEmpty() && !SimProjects::project(s, projectId))
            (*errors)[u"projectId"_s] << u"No project %1."_s.arg(projectId);
        for (const auto &other : s.documents(SimProjects::kPublished)) {
            if (other.value("id"_L1) != candidate.value("id"_L1) &&
                other.value("folderId"_L1).toString().compare(folderId, Qt::CaseInsensitive) == 0 &&
                other.value("projectId"_L1).toString().compare(projectId, Qt::CaseInsensitive) == 0)
                (*errors)[u"projectId"_s] << u"The project is already published in that folder."_s;
        }
    };
    spec.present = [](const QJsonObject &item, const SimRequest &, bool, const SimStore &s) {
        return presentedItem(item, s);
    };
    spec.listAnswer = [](const SimRequest &req, const std::vector<const QJsonObject *> &shown,
                         const SimStore &s) {
        if (req.strict)
            return nestedList(req, shown, s);
        return pagedList(req, u"publishedProjects"_s, int(shown.size()),
                         [&](int i) { return presentedItem(*shown[size_t(i)], s); });
    };
    return spec;
}

void registerPublishedRoutes(SimRouter &router, SimStore &store)
{
    registerDocumentRoutes(router, store, publishedProjectsSpec());
}

} // namespace infiniti::sim
