// The Client (Produce) module (contract 3, 9.2): forms, answer files, in-progress answer
// files, generate → operations → generated output, prepare form.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimLimits.h"
#include "sim/SimPaging.h"
#include "sim/SimProjects.h"
#include "sim/SimRoutes.h"

#include "formats/Json.h"

#include "formats/Docx.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kAnswerFiles = u"answerFiles"_s;
const QString kInProgress = u"inProgressAnswerFiles"_s;
const QString kOperations = u"operations"_s;
const QString kOutputs = u"generatedOutputs"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "true"/"false" strings as the vendor's prepare-form sample sends them, or real booleans.
bool flag(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toString().compare("true"_L1, Qt::CaseInsensitive) == 0;
}

// Whether the caller may run forms of this publish folder: one of its groups has rights, or
// the caller publishes projects.
bool mayRun(const SimStore &store, const SimStore::User &user, const QJsonObject &folder)
{
    if (store.permissionsOf(user).contains(u"Publish projects"_s, Qt::CaseInsensitive))
        return true;
    for (const auto &g : folder.value("groups"_L1).toArray()) {
        if (user.groups.contains(g.toString(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The published form the caller may run, or the answer to give.
const QJsonObject *runnable(const SimStore &store, const SimRequest &req, const QString &publishId,
                            SimResponse *answer)
{
    const QJsonObject *published = findDocument(store, SimProjects::kPublished, publishId);
    if (!published) {
        *answer = SimResponse::error(404, u"No published form %1."_s.arg(publishId));
        return nullptr;
    }
    const QJsonObject *folder =
        findDocument(store, u"publishfolders"_s, published->value("folderId"_L1).toString());
    if (!folder || !mayRun(store, *req.caller, *folder)) {
        *answer = SimResponse::error(
            403, u"User '%1' may not run this form."_s.arg(req.caller->username));
        return nullptr;
    }
    return published;
}

QJsonObject formItem(const SimStore &store, const QJsonObject &published)
{
    const QJsonObject *project =
        SimProjects::project(store, published.value("projectId"_L1).toString());
    return {{"id"_L1, published.value("id"_L1)},
            {"publishId"_L1, published.value("id"_L1)},
            {"name"_L1, project ? project->value("name"_L1) : QJsonValue(QString())},
            {"projectId"_L1, published.value("projectId"_L1)},
            {"version"_L1, project ? project->value("version"_L1) : QJsonValue(QString())}};
}

// Values from an XML data file or answer file: each element with text and no child elements
// gives "its name → its text" (also a label="…" or AnswerFileLabel="…" attribute names it).
void valuesFromXml(const QString &xml, QJsonObject *values)
{
    QXmlStreamReader reader(xml);
    QStringList names;
    QString text;
    bool leaf = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = reader.attributes();
            QString name = a.value("label"_L1).toString();
            if (name.isEmpty())
                name = a.value("AnswerFileLabel"_L1).toString();
            names << (name.isEmpty() ? reader.name().toString() : name);
            text.clear();
            leaf = true;
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = names.isEmpty() ? QString() : names.takeLast();
            if (leaf && !text.trimmed().isEmpty() && !values->contains(name))
                values->insert(name, text.trimmed());
            leaf = false;
            text.clear();
        }
    }
}

SimResponse answerFileRoutesHandler(SimStore &store, SimRequest &req, const QString &collection,
                                    bool inProgress, const QJsonObject *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    QJsonObject item =
        existing ? *existing : QJsonObject{{"id"_L1, newId()}, {"userId"_L1, req.caller->id}};
    FieldErrors errors;
    const QJsonValue description = Json::value(*body, "description"_L1),
                     publishId = Json::value(*body, "publishId"_L1),
                     answerXml = Json::value(*body, "answerXml"_L1),
                     runDate = Json::value(*body, "runDate"_L1);
    if (!description.isUndefined() && !description.isString())
        errors[u"description"_s] << u"Must be a string."_s;
    else if (description.toString().size() > Limits::kText)
        errors[u"description"_s] << u"At most %1 characters."_s.arg(Limits::kText);
    // The strict profile's PATCH replaces: the documented required fields must be there (3.4).
    if (existing && req.strict && !description.isString())
        errors[u"description"_s] << u"Required."_s;
    if (existing && req.strict && !answerXml.isString())
        errors[u"answerXml"_s] << u"Required."_s;
    if (!answerXml.isUndefined() && !answerXml.isString())
        errors[u"answerXml"_s] << u"Must be the answer file's XML as a string."_s;
    else if (answerXml.isString()) {
        const QString problem = xmlProblem(answerXml.toString());
        if (!problem.isEmpty())
            errors[u"answerXml"_s] << problem;
    }
    if (!existing && !answerXml.isString())
        errors[u"answerXml"_s] << u"Required."_s;
    if (!existing && (!publishId.isString() || publishId.toString().isEmpty()))
        errors[u"publishId"_s] << u"Required: the published form."_s;
    if (!runDate.isUndefined() && !runDate.isNull() &&
        (!runDate.isString() ||
         !QDateTime::fromString(runDate.toString(), Qt::ISODateWithMs).isValid()))
        errors[u"runDate"_s] << u"Must be an ISO 8601 date and time."_s;
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The answer file is not valid."_s, errors);
    if (publishId.isString() && (!existing || inProgress)) {
        SimResponse answer;
        const QJsonObject *published = runnable(store, req, publishId.toString(), &answer);
        if (!published && answer.status == 404)
            return SimResponse::error(400, u"No published form %1."_s.arg(publishId.toString()),
                                      {{u"publishId"_s, {u"No such published form."_s}}});
        if (!published)
            return answer;
        item.insert("publishId"_L1, published->value("id"_L1));
        item.insert("projectName"_L1, formItem(store, *published).value("name"_L1));
    }
    if (description.isString())
        item.insert("description"_L1, description.toString());
    if (answerXml.isString())
        item.insert("answerXml"_L1, answerXml.toString());
    item.insert("modifiedUtc"_L1, nowUtc());
    if (runDate.isString())
        item.insert("runDate"_L1, runDate.toString());
    else if (!item.contains("runDate"_L1))
        item.insert("runDate"_L1, nowUtc());
    auto &items = store.documents(collection);
    if (existing) {
        for (auto &o : items) {
            if (o.value("id"_L1) == item.value("id"_L1))
                o = item;
        }
    } else {
        items.push_back(item);
    }
    SimResponse r = SimResponse::json(existing ? 200 : 201, item);
    if (!existing)
        r.addHeader("Location",
                    req.absoluteUrl((inProgress ? u"inprogressanswerfiles/"_s : u"answerfiles/"_s) +
                                    item.value("id"_L1).toString())
                        .toUtf8());
    return r;
}

void registerAnswerFiles(SimRouter &router, SimStore &store, const QString &path,
                         const QString &collection, const QString &envelope, bool inProgress)
{
    auto mine = [&store, collection](const SimRequest &req) {
        std::vector<const QJsonObject *> out;
        for (const auto &o : store.documents(collection)) {
            if (o.value("userId"_L1).toString() == req.caller->id)
                out.push_back(&o);
        }
        std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
            return a->value("modifiedUtc"_L1).toString() >
                   b->value("modifiedUtc"_L1).toString(); // newest first
        });
        return out;
    };
    auto one = [&store, collection](const SimRequest &req) -> QJsonObject * {
        for (auto &o : store.documents(collection)) {
            if (o.value("id"_L1).toString().compare(req.params.at(0), Qt::CaseInsensitive) == 0 &&
                o.value("userId"_L1).toString() == req.caller->id)
                return &o;
        }
        return nullptr;
    };
    const QString base = u"client:"_s + path;
    router.add("GET", base, SimRouter::kAnyUser, [mine, envelope](SimRequest &req) {
        const auto items = mine(req);
        return pagedList(req, envelope, int(items.size()), [&](int i) {
            QJsonObject o = *items[size_t(i)];
            o.remove("answerXml"_L1); // on GET-one only
            o.remove("userId"_L1);
            return o;
        });
    });
    router.add("GET", base + u"/{id}"_s, SimRouter::kAnyUser, [one](SimRequest &req) {
        const QJsonObject *o = one(req);
        if (!o)
            return SimResponse::error(404, u"No answer file %1."_s.arg(req.params.at(0)));
        QJsonObject shown = *o;
        shown.remove("userId"_L1);
        return SimResponse::json(200, shown);
    });
    router.add("POST", base, SimRouter::kAnyUser,
               [&store, collection, inProgress](SimRequest &req) {
                   return answerFileRoutesHandler(store, req, collection, inProgress, nullptr);
               });
    // The vendor documents PATCH for in-progress answer files only; for answer files it is ours.
    router.add(
        "PATCH", base + u"/{id}"_s, SimRouter::kAnyUser,
        [&store, collection, inProgress, one](SimRequest &req) {
            const QJsonObject *o = one(req);
            if (!o)
                return SimResponse::error(404, u"No answer file %1."_s.arg(req.params.at(0)));
            const QJsonObject existing = *o;
            return answerFileRoutesHandler(store, req, collection, inProgress, &existing);
        },
        inProgress ? SimRouter::Origin::Vendor : SimRouter::Origin::Extension);
    router.add("DELETE", base + u"/{id}"_s, SimRouter::kAnyUser,
               [&store, collection, one](SimRequest &req) {
                   const QJsonObject *o = one(req);
                   if (!o)
                       return SimResponse::error(404,
                                                 u"No answer file %1."_s.arg(req.params.at(0)));
                   const QString id = o->value("id"_L1).toString();
                   auto &items = store.documents(collection);
                   items.erase(std::remove_if(items.begin(), items.end(),
                                              [&](const QJsonObject &x) {
                                                  return x.value("id"_L1).toString() == id;
                                              }),
                               items.end());
                   return SimResponse::noContent();
               });
}

// The status an operation has now: notStarted for the first third of the generation time,
// running until it is over, then succeeded or failed (or cancelled when deleted in time).
QString statusOf(const SimStore &store, const QJsonObject &op)
{
    if (op.value("cancelled"_L1).toBool())
        return u"cancelled"_s;
    const qint64 elapsed =
        QDateTime::currentMSecsSinceEpoch() - qint64(op.value("createdMs"_L1).toDouble());
    const int total = store.generationMs;
    if (elapsed < total / 3)
        return u"notStarted"_s;
    if (elapsed < total)
        return u"running"_s;
    return op.value("failMessage"_L1).toString().isEmpty() ? u"succeeded"_s : u"failed"_s;
}

SimResponse operationAnswer(const SimStore &store, const SimRequest &req, const QJsonObject &op)
{
    const QString status = statusOf(store, op);
    QJsonObject o{{"id"_L1, op.value("id"_L1)},
                  {"runId"_L1, op.value("runId"_L1)},
                  {"status"_L1, status},
                  {"createdUtc"_L1, op.value("createdUtc"_L1)},
                  {"publishId"_L1, op.value("publishId"_L1)}};
    if (status == "succeeded"_L1 || status == "failed"_L1) {
        o.insert("finishedUtc"_L1,
                 QDateTime::fromMSecsSinceEpoch(
                     qint64(op.value("createdMs"_L1).toDouble()) + store.generationMs, Qt::UTC)
                     .toString(Qt::ISODateWithMs));
    }
    if (status == "succeeded"_L1)
        o.insert("resourceLocation"_L1,
                 req.absoluteUrl(u"generatedoutput/"_s + op.value("outputId"_L1).toString()));
    if (status == "failed"_L1)
        o.insert("message"_L1, op.value("failMessage"_L1));
    SimResponse r = SimResponse::json(200, o);
    if (status == "notStarted"_L1 || status == "running"_L1)
        r.addHeader("Retry-After", "1");
    return r;
}

SimResponse generate(SimStore &store, SimRequest &req)
{
    SimResponse answer;
    const QJsonObject *published = runnable(store, req, req.params.at(0), &answer);
    if (!published)
        return answer;
    QJsonObject body;
    if (!req.body.trimmed().isEmpty()) { // the body may be empty
        SimResponse bad;
        const auto parsed = req.jsonObject(&bad);
        if (!parsed)
            return bad;
        body = *parsed;
    }
    FieldErrors errors;
    QJsonObject values;
    for (const char *key : {"values", "labels"}) { // both names are in the vendor's documents
        const QJsonValue v = Json::value(body, QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isObject()) {
            errors[QString::fromLatin1(key)] << u"Must be an object of label → value."_s;
            continue;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            values.insert(
                it.key(),
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1));
    }
    const QJsonValue answerFile = Json::value(body, "answerFile"_L1);
    if (!answerFile.isUndefined() && !answerFile.isNull()) {
        if (!answerFile.isString())
            errors[u"answerFile"_s] << u"Must be the answer file's XML as a string."_s;
        else if (const QString p = xmlProblem(answerFile.toString()); !p.isEmpty())
            errors[u"answerFile"_s] << p;
        else
            valuesFromXml(answerFile.toString(), &values);
    }
    const QJsonValue data = Json::value(body, "data"_L1);
    if (!data.isUndefined() && !data.isNull()) {
        if (!data.isArray())
            errors[u"data"_s] << u"Must be an array of {dataServiceGuid, value}."_s;
        for (const auto &d : data.toArray()) {
            const QJsonValue v = Json::value(d.toObject(), "value"_L1);
            if (!d.isObject() || !v.isString()) {
                errors[u"data"_s] << u"Each entry needs a string value."_s;
                continue;
            }
            if (v.toString().trimmed().startsWith(QLatin1Char('<'))) {
                if (const QString p = xmlProblem(v.toString()); !p.isEmpty())
                    errors[u"data"_s] << p;
                else
                    valuesFromXml(v.toString(), &values);
            }
        }
    }
    const QJsonValue options = Json::value(body, "options"_L1);
    if (!options.isUndefined() && !options.isNull() && !options.isObject())
        errors[u"options"_s] << u"Must be an object."_s;
    QString version = Json::value(options.toObject(), "version"_L1).toString();
    const QString projectId = published->value("projectId"_L1).toString();
    if (!version.isEmpty() && !SimProjects::version(store, projectId, version))
        errors[u"options.version"_s] << u"The project has no version %1."_s.arg(version);
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The generation request is not valid."_s, errors);

    const QJsonObject *project = SimProjects::project(store, projectId);
    if (version.isEmpty())
        version = project->value("version"_L1).toString();
    const QJsonObject *v = SimProjects::version(store, projectId, version);
    const QString name = project->value("name"_L1).toString();
    // The document: the template's paragraphs, each answer's placeholder filled in.
    QStringList paragraphs;
    const QJsonArray documents = v ? v->value("documents"_L1).toArray() : QJsonArray();
    if (!documents.isEmpty()) {
        const auto text = Docx::paragraphs(QByteArray::fromBase64(
            documents.at(0).toObject().value("base64"_L1).toString().toLatin1()));
        paragraphs = text.value_or(QStringList());
    }
    const auto placeholders =
        SimProjects::placeholdersOf(v ? v->value("definition"_L1).toString() : QString());
    for (QString &p : paragraphs) {
        for (const auto &[placeholder, label] : placeholders)
            p.replace(placeholder, values.value(label).toString());
    }
    const QString runId = newId(), outputId = newId();
    const QByteArray docx = Docx::build(paragraphs);
    const QByteArray text = paragraphs.join(QLatin1Char('\n')).toUtf8() + '\n';
    QJsonArray files;
    for (const auto &[bytes, extension] : {std::pair{docx, u"docx"_s}, std::pair{text, u"txt"_s}})
        files.append(QJsonObject{{"id"_L1, newId()},
                                 {"filename"_L1, u"%1.%2"_s.arg(name, extension)},
                                 {"extension"_L1, extension},
                                 {"size"_L1, double(bytes.size())},
                                 {"base64"_L1, QString::fromLatin1(bytes.toBase64())}});
    store.documents(kOutputs).push_back({{"id"_L1, outputId},
                                         {"runId"_L1, runId},
                                         {"userId"_L1, req.caller->id},
                                         {"files"_L1, files}});
    const QString failure =
        values.value("failGeneration"_L1).toString(); // for tests and demonstrations
    const QJsonObject op{{"id"_L1, newId()},
                         {"runId"_L1, runId},
                         {"publishId"_L1, published->value("id"_L1)},
                         {"userId"_L1, req.caller->id},
                         {"outputId"_L1, outputId},
                         {"createdMs"_L1, double(QDateTime::currentMSecsSinceEpoch())},
                         {"createdUtc"_L1, nowUtc()},
                         {"failMessage"_L1,
                          failure.isEmpty() ? QString() : u"Generation failed: %1"_s.arg(failure)}};
    store.documents(kOperations).push_back(op);
    store.documents(u"projectResults"_s)
        .push_back({{"id"_L1, runId},
                    {"runId"_L1, runId},
                    {"projectId"_L1, projectId},
                    {"publishId"_L1, published->value("id"_L1)},
                    {"projectName"_L1, name},
                    {"version"_L1, version},
                    {"user"_L1, req.caller->username},
                    {"startedUtc"_L1, op.value("createdUtc"_L1)},
                    {"finishedUtc"_L1, op.value("createdUtc"_L1)},
                    {"state"_L1, u"Completed"_s}});
    SimResponse r = operationAnswer(store, req, op);
    r.status = 202;
    r.addHeader("Location",
                req.absoluteUrl(u"operations/"_s + op.value("id"_L1).toString()).toUtf8());
    return r;
}

const QJsonObject *operation(const SimStore &store, const SimRequest &req, const QString &id)
{
    for (const auto &op : store.documents(kOperations)) {
        if (op.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0 &&
            op.value("userId"_L1).toString() == req.caller->id)
            return &op;
    }
    return nullptr;
}

// The output with its files, when its operation succeeded (and it is the caller's).
const QJsonObject *readyOutput(const SimStore &store, const SimRequest &req, const QString &id,
                               SimResponse *answer)
{
    for (const auto &out : store.documents(kOutputs)) {
        // By output id, or by run id (contract 3.7 is silent; both are handy; the run id is our
        // extension, not in the strict profile).
        if ((out.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) != 0 &&
             (req.strict ||
              out.value("runId"_L1).toString().compare(id, Qt::CaseInsensitive) != 0)) ||
            out.value("userId"_L1).toString() != req.caller->id)
            continue;
        for (const auto &op : store.documents(kOperations)) {
            if (op.value("outputId"_L1) == out.value("id"_L1) &&
                statusOf(store, op) != "succeeded"_L1) {
                *answer = SimResponse::error(
                    404, u"The output of run %1 is not ready (%2)."_s.arg(
                             out.value("runId"_L1).toString(), statusOf(store, op)));
                return nullptr;
            }
        }
        return &out;
    }
    *answer = SimResponse::error(404, u"No generated output %1."_s.arg(id));
    return nullptr;
}

} // namespace

void registerClientRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", u"client:forms"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
        QJsonArray folders;
        for (const auto &folder : store.documents(u"publishfolders"_s)) {
            if (!mayRun(store, *req.caller, folder))
                continue;
            QJsonArray forms;
            for (const auto &p : store.documents(SimProjects::kPublished)) {
                if (p.value("folderId"_L1) == folder.value("id"_L1))
                    forms.append(formItem(store, p));
            }
            folders.append(QJsonObject{{"id"_L1, folder.value("id"_L1)},
                                       {"name"_L1, folder.value("name"_L1)},
                                       {"forms"_L1, forms}});
        }
        return SimResponse::json(200, {{"folders"_L1, folders}});
    });
    registerAnswerFiles(router, store, u"answerfiles"_s, kAnswerFiles, u"answerFiles"_s, false);
    registerAnswerFiles(router, store, u"inprogressanswerfiles"_s, kInProgress,
                        u"inProgressAnswerFiles"_s, true);

    router.add("POST", u"client:generate/{publishId}"_s, SimRouter::kAnyUser,
               [&store](SimRequest &req) { return generate(store, req); });
    router.add("GET", u"client:operations/{id}"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
        const QJsonObject *op = operation(store, req, req.params.at(0));
        return op ? operationAnswer(store, req, *op)
                  : SimResponse::error(404, u"No operation %1."_s.arg(req.params.at(0)));
    });
    router.add("GET", u"client:operations"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
        const QString runId = req.queryValue(u"runid"_s);
        if (runId.isEmpty())
            return SimResponse::error(400, u"Say which run: operations?runid=…"_s,
                                      {{u"runid"_s, {u"Required."_s}}});
        const QJsonObject *last = nullptr;
        for (const auto &op : store.documents(kOperations)) {
            if (op.value("runId"_L1).toString().compare(runId, Qt::CaseInsensitive) == 0 &&
                op.value("userId"_L1).toString() == req.caller->id)
                last = &op;
        }
        return last ? operationAnswer(store, req, *last)
                    : SimResponse::error(404, u"No operation for run %1."_s.arg(runId));
    });
    router.add(
        "DELETE", u"client:operations/{id}"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
            QJsonObject *op = nullptr;
            for (auto &o : store.documents(kOperations)) {
                if (o.value("id"_L1).toString().compare(req.params.at(0), Qt::CaseInsensitive) ==
                        0 &&
                    o.value("userId"_L1).toString() == req.caller->id)
                    op = &o;
            }
            if (!op)
                return SimResponse::error(404, u"No operation %1."_s.arg(req.params.at(0)));
            const QString status = statusOf(store, *op);
            if (status != "notStarted"_L1) {
                SimResponse r = SimResponse::error(
                    405,
                    u"The operation is %1; only one not started yet can be deleted."_s.arg(status));
                r.addHeader("Allow", "GET");
                return r;
            }
            op->insert("cancelled"_L1, true);
            return SimResponse::noContent();
        });
    router.add("GET", u"client:generatedoutput/{id}"_s, SimRouter::kAnyUser,
               [&store](SimRequest &req) {
                   SimResponse answer;
                   const QJsonObject *out = readyOutput(store, req, req.params.at(0), &answer);
                   if (!out)
                       return answer;
                   const QJsonArray files = out->value("files"_L1).toArray();
                   return pagedList(req, u"files"_s, int(files.size()), [&](int i) {
                       QJsonObject f = files.at(i).toObject();
                       f.remove("base64"_L1);
                       f.insert("resourceLocation"_L1,
                                req.absoluteUrl(u"generatedoutput/%1/file/%2?extension=.%3"_s.arg(
                                    out->value("id"_L1).toString(), f.value("id"_L1).toString(),
                                    f.value("extension"_L1).toString())));
                       return f;
                   });
               });
    router.add(
        "GET", u"client:generatedoutput/{id}/file/{fileId}"_s, SimRouter::kAnyUser,
        [&store](SimRequest &req) {
            SimResponse answer;
            const QJsonObject *out = readyOutput(store, req, req.params.at(0), &answer);
            if (!out)
                return answer;
            const QString extension = req.queryValue(u"extension"_s).remove(QLatin1Char('.'));
            for (const auto &f : out->value("files"_L1).toArray()) {
                const QJsonObject o = f.toObject();
                if (o.value("id"_L1).toString().compare(req.params.at(1), Qt::CaseInsensitive) != 0)
                    continue;
                if (!extension.isEmpty() &&
                    o.value("extension"_L1).toString().compare(extension, Qt::CaseInsensitive) != 0)
                    return SimResponse::error(404,
                                              u"The file is a .%1, not a .%2."_s.arg(
                                                  o.value("extension"_L1).toString(), extension));
                return SimResponse::file(
                    QByteArray::fromBase64(o.value("base64"_L1).toString().toLatin1()),
                    o.value("filename"_L1).toString());
            }
            return SimResponse::error(404, u"No file %1 in that output."_s.arg(req.params.at(1)));
        });

    router.add(
        "POST", u"client:prepareform/{publishId}"_s, SimRouter::kAnyUser,
        [&store](SimRequest &req) {
            // As-User: the caller needs "Impersonate", and the form is prepared for that user.
            const SimStore::User *as = req.caller;
            const QString asUser = QString::fromUtf8(req.header("As-User")).trimmed();
            if (!asUser.isEmpty()) {
                if (!store.permissionsOf(*req.caller)
                         .contains(u"Impersonate"_s, Qt::CaseInsensitive))
                    return SimResponse::error(
                        403, u"User '%1' lacks the permission 'Impersonate'."_s.arg(
                                 req.caller->username));
                as = store.userByName(asUser);
                if (!as)
                    as = store.userById(asUser);
                if (!as)
                    return SimResponse::error(400, u"As-User: no user '%1'."_s.arg(asUser));
            }
            SimRequest forUser = req;
            forUser.caller = as;
            SimResponse answer;
            const QJsonObject *published = runnable(store, forUser, req.params.at(0), &answer);
            if (!published)
                return answer;
            QJsonObject body;
            if (!req.body.trimmed().isEmpty()) {
                SimResponse bad;
                const auto parsed = req.jsonObject(&bad);
                if (!parsed)
                    return bad;
                body = *parsed;
            }
            // The flags at the top level (vendor sample) or inside "options" (vendor docs).
            const QJsonObject options = Json::value(body, "options"_L1).toObject();
            auto option = [&](const char *key) {
                return Json::value(body, QLatin1StringView(key)).isUndefined()
                           ? Json::value(options, QLatin1StringView(key))
                           : Json::value(body, QLatin1StringView(key));
            };
            const QJsonValue optionsValue = Json::value(body, "options"_L1);
            if (!optionsValue.isUndefined() && !optionsValue.isNull() && !optionsValue.isObject())
                return SimResponse::error(400, u"The request is not valid."_s,
                                          {{u"options"_s, {u"Must be an object."_s}}});
            // Booleans, or "true"/"false" as the vendor's sample sends them; anything else was
            // taken as false without a word.
            for (const char *key : {"createInProgress", "asUserAssignedBy"}) {
                const QJsonValue v = option(key);
                if (!v.isUndefined() && !v.isNull() && !v.isBool() &&
                    !(v.isString() && (v.toString().compare("true"_L1, Qt::CaseInsensitive) == 0 ||
                                       v.toString().compare("false"_L1, Qt::CaseInsensitive) == 0)))
                    return SimResponse::error(
                        400, u"The request is not valid."_s,
                        {{QString::fromLatin1(key), {u"Must be true or false."_s}}});
            }
            const QJsonValue values = option("values");
            if (!values.isUndefined() && !values.isNull() && !values.isObject())
                return SimResponse::error(400, u"The request is not valid."_s,
                                          {{u"values"_s, {u"Must be an object."_s}}});
            const QJsonValue description = option("saveDescription");
            if (!description.isUndefined() && !description.isNull() &&
                (!description.isString() || description.toString().size() > Limits::kText))
                return SimResponse::error(
                    400, u"The request is not valid."_s,
                    {{u"saveDescription"_s,
                      {u"A string of at most %1 characters."_s.arg(Limits::kText)}}});
            const QString id = newId();
            const QString location = req.origin + u"/Produce/wizard/%1?prepared=%2"_s.arg(
                                                      published->value("id"_L1).toString(), id);
            QJsonObject result{{"id"_L1, id},
                               {"location"_L1, location},
                               {"publishId"_L1, published->value("id"_L1)},
                               {"user"_L1, as->username}};
            if (flag(option("createInProgress"))) {
                QString xml =
                    u"<AnswerFile><HeaderInfo><TemplateInfo TemplateGroupId=\"%1\" /></HeaderInfo><Answers>"_s
                        .arg(published->value("id"_L1).toString());
                QJsonObject v = values.toObject();
                for (const auto &d : option("data").toArray()) // data files fill in too
                    valuesFromXml(Json::value(d.toObject(), "value"_L1).toString(), &v);
                for (auto it = v.begin(); it != v.end(); ++it)
                    xml += u"<Answer label=\"%1\">%2</Answer>"_s.arg(
                        it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
                xml += u"</Answers></AnswerFile>"_s;
                const QJsonObject inProgress{
                    {"id"_L1, newId()},
                    {"userId"_L1, as->id},
                    {"publishId"_L1, published->value("id"_L1)},
                    {"projectName"_L1, formItem(store, *published).value("name"_L1)},
                    {"description"_L1, option("saveDescription").toString()},
                    {"answerXml"_L1, xml},
                    {"modifiedUtc"_L1, nowUtc()},
                    {"runDate"_L1, nowUtc()}};
                store.documents(kInProgress).push_back(inProgress);
                result.insert("inProgressAnswerFileId"_L1, inProgress.value("id"_L1));
            }
            SimResponse r = SimResponse::json(201, result);
            r.addHeader("Location", location.toUtf8());
            return r;
        });
}

} // namespace infiniti::sim
