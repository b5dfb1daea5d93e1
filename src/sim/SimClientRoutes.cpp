// The Client (Produce) module (contract 3, 9.2): forms, answer files, in-progress answer
// files, generate → operations → generated output, prepare form.
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
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

namespace infiniti::sim {

namespace {

using L = QLatin1StringView;
const QString kAnswerFiles = QStringLiteral("answerFiles");
const QString kInProgress = QStringLiteral("inProgressAnswerFiles");
const QString kOperations = QStringLiteral("operations");
const QString kOutputs = QStringLiteral("generatedOutputs");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "true"/"false" strings as the vendor's prepare-form sample sends them, or real booleans.
bool flag(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// Whether the caller may run forms of this publish folder: one of its groups has rights, or
// the caller publishes projects.
bool mayRun(const SimStore &store, const SimStore::User &user, const QJsonObject &folder)
{
    if (store.permissionsOf(user).contains(QStringLiteral("Publish projects"), Qt::CaseInsensitive))
        return true;
    for (const auto &g : folder.value(L("groups")).toArray()) {
        if (user.groups.contains(g.toString(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The published form the caller may run, or the answer to give.
const QJsonObject *runnable(const SimStore &store, const SimRequest &req, const QString &publishId, SimResponse *answer)
{
    const QJsonObject *published = findDocument(store, SimProjects::kPublished, publishId);
    if (!published) {
        *answer = SimResponse::error(404, QStringLiteral("No published form %1.").arg(publishId));
        return nullptr;
    }
    const QJsonObject *folder = findDocument(store, QStringLiteral("publishfolders"), published->value(L("folderId")).toString());
    if (!folder || !mayRun(store, *req.caller, *folder)) {
        *answer = SimResponse::error(403, QStringLiteral("User '%1' may not run this form.").arg(req.caller->username));
        return nullptr;
    }
    return published;
}

QJsonObject formItem(const SimStore &store, const QJsonObject &published)
{
    const QJsonObject *project = SimProjects::project(store, published.value(L("projectId")).toString());
    return {{L("id"), published.value(L("id"))},
            {L("publishId"), published.value(L("id"))},
            {L("name"), project ? project->value(L("name")) : QJsonValue(QString())},
            {L("projectId"), published.value(L("projectId"))},
            {L("version"), project ? project->value(L("version")) : QJsonValue(QString())}};
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
            QString name = a.value(QLatin1String("label")).toString();
            if (name.isEmpty())
                name = a.value(QLatin1String("AnswerFileLabel")).toString();
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

SimResponse answerFileRoutesHandler(SimStore &store, SimRequest &req, const QString &collection, bool inProgress,
                                    const QJsonObject *existing)
{
    SimResponse bad;
    const auto body = req.jsonObject(&bad);
    if (!body)
        return bad;
    QJsonObject item = existing ? *existing : QJsonObject{{L("id"), newId()}, {L("userId"), req.caller->id}};
    FieldErrors errors;
    const QJsonValue description = Json::value(*body, L("description")), publishId = Json::value(*body, L("publishId")),
                     answerXml = Json::value(*body, L("answerXml")), runDate = Json::value(*body, L("runDate"));
    if (!description.isUndefined() && !description.isString())
        errors[QStringLiteral("description")] << QStringLiteral("Must be a string.");
    if (!answerXml.isUndefined() && !answerXml.isString())
        errors[QStringLiteral("answerXml")] << QStringLiteral("Must be the answer file's XML as a string.");
    else if (answerXml.isString()) {
        const QString problem = xmlProblem(answerXml.toString());
        if (!problem.isEmpty())
            errors[QStringLiteral("answerXml")] << problem;
    }
    if (!existing && !answerXml.isString())
        errors[QStringLiteral("answerXml")] << QStringLiteral("Required.");
    if (!existing && (!publishId.isString() || publishId.toString().isEmpty()))
        errors[QStringLiteral("publishId")] << QStringLiteral("Required: the published form.");
    if (!runDate.isUndefined() && !runDate.isNull()
        && (!runDate.isString() || !QDateTime::fromString(runDate.toString(), Qt::ISODateWithMs).isValid()))
        errors[QStringLiteral("runDate")] << QStringLiteral("Must be an ISO 8601 date and time.");
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The answer file is not valid."), errors);
    if (publishId.isString() && (!existing || inProgress)) {
        SimResponse answer;
        const QJsonObject *published = runnable(store, req, publishId.toString(), &answer);
        if (!published && answer.status == 404)
            return SimResponse::error(400, QStringLiteral("No published form %1.").arg(publishId.toString()),
                                      {{QStringLiteral("publishId"), {QStringLiteral("No such published form.")}}});
        if (!published)
            return answer;
        item.insert(L("publishId"), published->value(L("id")));
        item.insert(L("projectName"), formItem(store, *published).value(L("name")));
    }
    if (description.isString())
        item.insert(L("description"), description.toString());
    if (answerXml.isString())
        item.insert(L("answerXml"), answerXml.toString());
    item.insert(L("modifiedUtc"), nowUtc());
    if (runDate.isString())
        item.insert(L("runDate"), runDate.toString());
    else if (!item.contains(L("runDate")))
        item.insert(L("runDate"), nowUtc());
    auto &items = store.documents(collection);
    if (existing) {
        for (auto &o : items) {
            if (o.value(L("id")) == item.value(L("id")))
                o = item;
        }
    } else {
        items.push_back(item);
    }
    SimResponse r = SimResponse::json(existing ? 200 : 201, item);
    if (!existing)
        r.addHeader("Location", req.absoluteUrl((inProgress ? QStringLiteral("inprogressanswerfiles/") : QStringLiteral("answerfiles/"))
                                                + item.value(L("id")).toString()).toUtf8());
    return r;
}

void registerAnswerFiles(SimRouter &router, SimStore &store, const QString &path, const QString &collection, const QString &envelope,
                         bool inProgress)
{
    auto mine = [&store, collection](const SimRequest &req) {
        std::vector<const QJsonObject *> out;
        for (const auto &o : store.documents(collection)) {
            if (o.value(L("userId")).toString() == req.caller->id)
                out.push_back(&o);
        }
        std::sort(out.begin(), out.end(), [](const QJsonObject *a, const QJsonObject *b) {
            return a->value(L("modifiedUtc")).toString() > b->value(L("modifiedUtc")).toString(); // newest first
        });
        return out;
    };
    auto one = [&store, collection](const SimRequest &req) -> QJsonObject * {
        for (auto &o : store.documents(collection)) {
            if (o.value(L("id")).toString().compare(req.params.at(0), Qt::CaseInsensitive) == 0 && o.value(L("userId")).toString() == req.caller->id)
                return &o;
        }
        return nullptr;
    };
    const QString base = QStringLiteral("client:") + path;
    router.add("GET", base, SimRouter::kAnyUser, [mine, envelope](SimRequest &req) {
        const auto items = mine(req);
        return pagedList(req, envelope, int(items.size()), [&](int i) {
            QJsonObject o = *items[size_t(i)];
            o.remove(L("answerXml")); // on GET-one only
            o.remove(L("userId"));
            return o;
        });
    });
    router.add("GET", base + QStringLiteral("/{id}"), SimRouter::kAnyUser, [one](SimRequest &req) {
        const QJsonObject *o = one(req);
        if (!o)
            return SimResponse::error(404, QStringLiteral("No answer file %1.").arg(req.params.at(0)));
        QJsonObject shown = *o;
        shown.remove(L("userId"));
        return SimResponse::json(200, shown);
    });
    router.add("POST", base, SimRouter::kAnyUser, [&store, collection, inProgress](SimRequest &req) {
        return answerFileRoutesHandler(store, req, collection, inProgress, nullptr);
    });
    router.add("PATCH", base + QStringLiteral("/{id}"), SimRouter::kAnyUser, [&store, collection, inProgress, one](SimRequest &req) {
        const QJsonObject *o = one(req);
        if (!o)
            return SimResponse::error(404, QStringLiteral("No answer file %1.").arg(req.params.at(0)));
        const QJsonObject existing = *o;
        return answerFileRoutesHandler(store, req, collection, inProgress, &existing);
    });
    router.add("DELETE", base + QStringLiteral("/{id}"), SimRouter::kAnyUser, [&store, collection, one](SimRequest &req) {
        const QJsonObject *o = one(req);
        if (!o)
            return SimResponse::error(404, QStringLiteral("No answer file %1.").arg(req.params.at(0)));
        const QString id = o->value(L("id")).toString();
        auto &items = store.documents(collection);
        items.erase(std::remove_if(items.begin(), items.end(), [&](const QJsonObject &x) { return x.value(L("id")).toString() == id; }),
                    items.end());
        return SimResponse::noContent();
    });
}

// The status an operation has now: notStarted for the first third of the generation time,
// running until it is over, then succeeded or failed (or cancelled when deleted in time).
QString statusOf(const SimStore &store, const QJsonObject &op)
{
    if (op.value(L("cancelled")).toBool())
        return QStringLiteral("cancelled");
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - qint64(op.value(L("createdMs")).toDouble());
    const int total = store.generationMs;
    if (elapsed < total / 3)
        return QStringLiteral("notStarted");
    if (elapsed < total)
        return QStringLiteral("running");
    return op.value(L("failMessage")).toString().isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

SimResponse operationAnswer(const SimStore &store, const SimRequest &req, const QJsonObject &op)
{
    const QString status = statusOf(store, op);
    QJsonObject o{{L("id"), op.value(L("id"))}, {L("runId"), op.value(L("runId"))}, {L("status"), status},
                  {L("createdUtc"), op.value(L("createdUtc"))}, {L("publishId"), op.value(L("publishId"))}};
    if (status == QLatin1String("succeeded") || status == QLatin1String("failed")) {
        o.insert(L("finishedUtc"), QDateTime::fromMSecsSinceEpoch(qint64(op.value(L("createdMs")).toDouble()) + store.generationMs, Qt::UTC)
                                       .toString(Qt::ISODateWithMs));
    }
    if (status == QLatin1String("succeeded"))
        o.insert(L("resourceLocation"), req.absoluteUrl(QStringLiteral("generatedoutput/") + op.value(L("outputId")).toString()));
    if (status == QLatin1String("failed"))
        o.insert(L("message"), op.value(L("failMessage")));
    SimResponse r = SimResponse::json(200, o);
    if (status == QLatin1String("notStarted") || status == QLatin1String("running"))
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
            errors[QString::fromLatin1(key)] << QStringLiteral("Must be an object of label → value.");
            continue;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            values.insert(it.key(), it.value().isString() ? it.value().toString() : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
    const QJsonValue answerFile = Json::value(body, L("answerFile"));
    if (!answerFile.isUndefined() && !answerFile.isNull()) {
        if (!answerFile.isString())
            errors[QStringLiteral("answerFile")] << QStringLiteral("Must be the answer file's XML as a string.");
        else if (const QString p = xmlProblem(answerFile.toString()); !p.isEmpty())
            errors[QStringLiteral("answerFile")] << p;
        else
            valuesFromXml(answerFile.toString(), &values);
    }
    const QJsonValue data = Json::value(body, L("data"));
    if (!data.isUndefined() && !data.isNull()) {
        if (!data.isArray())
            errors[QStringLiteral("data")] << QStringLiteral("Must be an array of {dataServiceGuid, value}.");
        for (const auto &d : data.toArray()) {
            const QJsonValue v = Json::value(d.toObject(), L("value"));
            if (!d.isObject() || !v.isString()) {
                errors[QStringLiteral("data")] << QStringLiteral("Each entry needs a string value.");
                continue;
            }
            if (v.toString().trimmed().startsWith(QLatin1Char('<'))) {
                if (const QString p = xmlProblem(v.toString()); !p.isEmpty())
                    errors[QStringLiteral("data")] << p;
                else
                    valuesFromXml(v.toString(), &values);
            }
        }
    }
    const QJsonValue options = Json::value(body, L("options"));
    if (!options.isUndefined() && !options.isNull() && !options.isObject())
        errors[QStringLiteral("options")] << QStringLiteral("Must be an object.");
    QString version = Json::value(options.toObject(), L("version")).toString();
    const QString projectId = published->value(L("projectId")).toString();
    if (!version.isEmpty() && !SimProjects::version(store, projectId, version))
        errors[QStringLiteral("options.version")] << QStringLiteral("The project has no version %1.").arg(version);
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The generation request is not valid."), errors);

    const QJsonObject *project = SimProjects::project(store, projectId);
    if (version.isEmpty())
        version = project->value(L("version")).toString();
    const QJsonObject *v = SimProjects::version(store, projectId, version);
    const QString name = project->value(L("name")).toString();
    // The document: the template's paragraphs with {{label}} filled in.
    QStringList paragraphs;
    const QJsonArray documents = v ? v->value(L("documents")).toArray() : QJsonArray();
    if (!documents.isEmpty()) {
        const auto text = Docx::paragraphs(QByteArray::fromBase64(documents.at(0).toObject().value(L("base64")).toString().toLatin1()));
        paragraphs = text.value_or(QStringList());
    }
    for (QString &p : paragraphs) {
        for (const QString &label : SimProjects::labelsOf(v ? v->value(L("definition")).toString() : QString()))
            p.replace(QStringLiteral("{{%1}}").arg(label), values.value(label).toString());
    }
    const QString runId = newId(), outputId = newId();
    const QByteArray docx = Docx::build(paragraphs);
    const QByteArray text = paragraphs.join(QLatin1Char('\n')).toUtf8() + '\n';
    QJsonArray files;
    for (const auto &[bytes, extension] : {std::pair{docx, QStringLiteral("docx")}, std::pair{text, QStringLiteral("txt")}})
        files.append(QJsonObject{{L("id"), newId()},
                                 {L("filename"), QStringLiteral("%1.%2").arg(name, extension)},
                                 {L("extension"), extension},
                                 {L("size"), double(bytes.size())},
                                 {L("base64"), QString::fromLatin1(bytes.toBase64())}});
    store.documents(kOutputs).push_back({{L("id"), outputId}, {L("runId"), runId}, {L("userId"), req.caller->id}, {L("files"), files}});
    const QString failure = values.value(L("failGeneration")).toString(); // for tests and demonstrations
    const QJsonObject op{{L("id"), newId()},
                         {L("runId"), runId},
                         {L("publishId"), published->value(L("id"))},
                         {L("userId"), req.caller->id},
                         {L("outputId"), outputId},
                         {L("createdMs"), double(QDateTime::currentMSecsSinceEpoch())},
                         {L("createdUtc"), nowUtc()},
                         {L("failMessage"), failure.isEmpty() ? QString() : QStringLiteral("Generation failed: %1").arg(failure)}};
    store.documents(kOperations).push_back(op);
    store.documents(QStringLiteral("projectResults"))
        .push_back({{L("id"), runId}, {L("runId"), runId}, {L("projectId"), projectId}, {L("publishId"), published->value(L("id"))},
                    {L("projectName"), name}, {L("version"), version}, {L("user"), req.caller->username},
                    {L("startedUtc"), op.value(L("createdUtc"))}, {L("finishedUtc"), op.value(L("createdUtc"))},
                    {L("state"), QStringLiteral("Completed")}});
    SimResponse r = operationAnswer(store, req, op);
    r.status = 202;
    r.addHeader("Location", req.absoluteUrl(QStringLiteral("operations/") + op.value(L("id")).toString()).toUtf8());
    return r;
}

const QJsonObject *operation(const SimStore &store, const SimRequest &req, const QString &id)
{
    for (const auto &op : store.documents(kOperations)) {
        if (op.value(L("id")).toString().compare(id, Qt::CaseInsensitive) == 0 && op.value(L("userId")).toString() == req.caller->id)
            return &op;
    }
    return nullptr;
}

// The output with its files, when its operation succeeded (and it is the caller's).
const QJsonObject *readyOutput(const SimStore &store, const SimRequest &req, const QString &id, SimResponse *answer)
{
    for (const auto &out : store.documents(kOutputs)) {
        // By output id, or by run id (contract 3.7 is silent; both are handy).
        if ((out.value(L("id")).toString().compare(id, Qt::CaseInsensitive) != 0
             && out.value(L("runId")).toString().compare(id, Qt::CaseInsensitive) != 0)
            || out.value(L("userId")).toString() != req.caller->id)
            continue;
        for (const auto &op : store.documents(kOperations)) {
            if (op.value(L("outputId")) == out.value(L("id")) && statusOf(store, op) != QLatin1String("succeeded")) {
                *answer = SimResponse::error(404, QStringLiteral("The output of run %1 is not ready (%2).")
                                                      .arg(out.value(L("runId")).toString(), statusOf(store, op)));
                return nullptr;
            }
        }
        return &out;
    }
    *answer = SimResponse::error(404, QStringLiteral("No generated output %1.").arg(id));
    return nullptr;
}

} // namespace

void registerClientRoutes(SimRouter &router, SimStore &store)
{
    router.add("GET", QStringLiteral("client:forms"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        QJsonArray folders;
        for (const auto &folder : store.documents(QStringLiteral("publishfolders"))) {
            if (!mayRun(store, *req.caller, folder))
                continue;
            QJsonArray forms;
            for (const auto &p : store.documents(SimProjects::kPublished)) {
                if (p.value(L("folderId")) == folder.value(L("id")))
                    forms.append(formItem(store, p));
            }
            folders.append(QJsonObject{{L("id"), folder.value(L("id"))}, {L("name"), folder.value(L("name"))}, {L("forms"), forms}});
        }
        return SimResponse::json(200, {{L("folders"), folders}});
    });
    registerAnswerFiles(router, store, QStringLiteral("answerfiles"), kAnswerFiles, QStringLiteral("answerFiles"), false);
    registerAnswerFiles(router, store, QStringLiteral("inprogressanswerfiles"), kInProgress, QStringLiteral("inProgressAnswerFiles"), true);

    router.add("POST", QStringLiteral("client:generate/{publishId}"), SimRouter::kAnyUser,
               [&store](SimRequest &req) { return generate(store, req); });
    router.add("GET", QStringLiteral("client:operations/{id}"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        const QJsonObject *op = operation(store, req, req.params.at(0));
        return op ? operationAnswer(store, req, *op) : SimResponse::error(404, QStringLiteral("No operation %1.").arg(req.params.at(0)));
    });
    router.add("GET", QStringLiteral("client:operations"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        const QString runId = req.queryValue(QStringLiteral("runid"));
        if (runId.isEmpty())
            return SimResponse::error(400, QStringLiteral("Say which run: operations?runid=…"), {{QStringLiteral("runid"), {QStringLiteral("Required.")}}});
        const QJsonObject *last = nullptr;
        for (const auto &op : store.documents(kOperations)) {
            if (op.value(L("runId")).toString().compare(runId, Qt::CaseInsensitive) == 0 && op.value(L("userId")).toString() == req.caller->id)
                last = &op;
        }
        return last ? operationAnswer(store, req, *last) : SimResponse::error(404, QStringLiteral("No operation for run %1.").arg(runId));
    });
    router.add("DELETE", QStringLiteral("client:operations/{id}"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        QJsonObject *op = nullptr;
        for (auto &o : store.documents(kOperations)) {
            if (o.value(L("id")).toString().compare(req.params.at(0), Qt::CaseInsensitive) == 0 && o.value(L("userId")).toString() == req.caller->id)
                op = &o;
        }
        if (!op)
            return SimResponse::error(404, QStringLiteral("No operation %1.").arg(req.params.at(0)));
        const QString status = statusOf(store, *op);
        if (status != QLatin1String("notStarted")) {
            SimResponse r = SimResponse::error(405, QStringLiteral("The operation is %1; only one not started yet can be deleted.").arg(status));
            r.addHeader("Allow", "GET");
            return r;
        }
        op->insert(L("cancelled"), true);
        return SimResponse::noContent();
    });
    router.add("GET", QStringLiteral("client:generatedoutput/{id}"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        SimResponse answer;
        const QJsonObject *out = readyOutput(store, req, req.params.at(0), &answer);
        if (!out)
            return answer;
        const QJsonArray files = out->value(L("files")).toArray();
        return pagedList(req, QStringLiteral("files"), int(files.size()), [&](int i) {
            QJsonObject f = files.at(i).toObject();
            f.remove(L("base64"));
            f.insert(L("resourceLocation"), req.absoluteUrl(QStringLiteral("generatedoutput/%1/file/%2?extension=.%3")
                                                                .arg(out->value(L("id")).toString(), f.value(L("id")).toString(),
                                                                     f.value(L("extension")).toString())));
            return f;
        });
    });
    router.add("GET", QStringLiteral("client:generatedoutput/{id}/file/{fileId}"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        SimResponse answer;
        const QJsonObject *out = readyOutput(store, req, req.params.at(0), &answer);
        if (!out)
            return answer;
        const QString extension = req.queryValue(QStringLiteral("extension")).remove(QLatin1Char('.'));
        for (const auto &f : out->value(L("files")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(L("id")).toString().compare(req.params.at(1), Qt::CaseInsensitive) != 0)
                continue;
            if (!extension.isEmpty() && o.value(L("extension")).toString().compare(extension, Qt::CaseInsensitive) != 0)
                return SimResponse::error(404, QStringLiteral("The file is a .%1, not a .%2.").arg(o.value(L("extension")).toString(), extension));
            return SimResponse::file(QByteArray::fromBase64(o.value(L("base64")).toString().toLatin1()), o.value(L("filename")).toString());
        }
        return SimResponse::error(404, QStringLiteral("No file %1 in that output.").arg(req.params.at(1)));
    });

    router.add("POST", QStringLiteral("client:prepareform/{publishId}"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        // As-User: the caller needs "Impersonate", and the form is prepared for that user.
        const SimStore::User *as = req.caller;
        const QString asUser = QString::fromUtf8(req.header("As-User")).trimmed();
        if (!asUser.isEmpty()) {
            if (!store.permissionsOf(*req.caller).contains(QStringLiteral("Impersonate"), Qt::CaseInsensitive))
                return SimResponse::error(403, QStringLiteral("User '%1' lacks the permission 'Impersonate'.").arg(req.caller->username));
            as = store.userByName(asUser);
            if (!as)
                as = store.userById(asUser);
            if (!as)
                return SimResponse::error(400, QStringLiteral("As-User: no user '%1'.").arg(asUser));
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
        const QJsonObject options = Json::value(body, L("options")).toObject();
        auto option = [&](const char *key) { return Json::value(body, QLatin1StringView(key)).isUndefined() ? Json::value(options, QLatin1StringView(key)) : Json::value(body, QLatin1StringView(key)); };
        const QJsonValue values = option("values");
        if (!values.isUndefined() && !values.isNull() && !values.isObject())
            return SimResponse::error(400, QStringLiteral("The request is not valid."), {{QStringLiteral("values"), {QStringLiteral("Must be an object.")}}});
        const QString id = newId();
        const QString location = req.origin + QStringLiteral("/Produce/wizard/%1?prepared=%2").arg(published->value(L("id")).toString(), id);
        QJsonObject result{{L("id"), id}, {L("location"), location}, {L("publishId"), published->value(L("id"))}, {L("user"), as->username}};
        if (flag(option("createInProgress"))) {
            QString xml = QStringLiteral("<AnswerFile><HeaderInfo><TemplateInfo TemplateGroupId=\"%1\" /></HeaderInfo><Answers>")
                              .arg(published->value(L("id")).toString());
            QJsonObject v = values.toObject();
            for (const auto &d : option("data").toArray()) // data files fill in too
                valuesFromXml(Json::value(d.toObject(), L("value")).toString(), &v);
            for (auto it = v.begin(); it != v.end(); ++it)
                xml += QStringLiteral("<Answer label=\"%1\">%2</Answer>").arg(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
            xml += QStringLiteral("</Answers></AnswerFile>");
            const QJsonObject inProgress{{L("id"), newId()}, {L("userId"), as->id}, {L("publishId"), published->value(L("id"))},
                                         {L("projectName"), formItem(store, *published).value(L("name"))},
                                         {L("description"), option("saveDescription").toString()}, {L("answerXml"), xml},
                                         {L("modifiedUtc"), nowUtc()}, {L("runDate"), nowUtc()}};
            store.documents(kInProgress).push_back(inProgress);
            result.insert(L("inProgressAnswerFileId"), inProgress.value(L("id")));
        }
        SimResponse r = SimResponse::json(201, result);
        r.addHeader("Location", location.toUtf8());
        return r;
    });
}

} // namespace infiniti::sim
