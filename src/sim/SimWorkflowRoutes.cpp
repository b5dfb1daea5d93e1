// Workflow (contract 3.2, 4.10, 9.2): the administrator's view of every workflow run (abort,
// reassign, revert) and the signed-in user's tasks (unlock, cancel, reassign, revert, submit);
// projectResults (4.15).
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

#include "formats/Json.h"

#include <QDateTime>
#include <QJsonArray>

namespace infiniti::sim {

namespace {

using L = QLatin1StringView;
const QString kWorkflows = QStringLiteral("workflows");
const QString kResults = QStringLiteral("projectResults");

QJsonObject *workflow(SimStore &store, const QString &id)
{
    for (auto &w : store.documents(kWorkflows)) {
        if (w.value(L("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &w;
    }
    return nullptr;
}

bool inProgress(const QJsonObject &w)
{
    return w.value(L("status")).toString() == QLatin1String("InProgress");
}

// The administrator's item (contract 9.2).
QJsonObject adminItem(const QJsonObject &w)
{
    QJsonObject o;
    for (const char *key : {"id", "projectName", "publishId", "stateName", "status", "assignedTo", "assignedType",
                            "assignedDateTime", "startedUtc", "lockedBy", "comment", "assignedBy", "dueUtc", "states"})
        o.insert(QLatin1StringView(key), w.value(QLatin1StringView(key)));
    return o;
}

// Whether the task is the user's: directly, or through one of the user's groups.
bool isTaskOf(const QJsonObject &w, const SimStore::User &user)
{
    if (!inProgress(w))
        return false;
    const QString to = w.value(L("assignedTo")).toString();
    if (w.value(L("assignedType")).toString() == QLatin1String("User"))
        return to.compare(user.username, Qt::CaseInsensitive) == 0;
    return user.groups.contains(to, Qt::CaseInsensitive);
}

QJsonObject clientItem(const QJsonObject &w, const SimStore::User &user)
{
    const QString lockedBy = w.value(L("lockedBy")).toString();
    const bool group = w.value(L("assignedType")).toString() == QLatin1String("Group");
    return {{L("id"), w.value(L("id"))},
            {L("runId"), w.value(L("id"))},
            {L("assignedDateTime"), w.value(L("assignedDateTime"))},
            {L("assignedBy"), w.value(L("assignedBy"))},
            {L("assignedType"), w.value(L("assignedType"))},
            {L("groupTask"), group},
            {L("comment"), w.value(L("comment"))},
            {L("publishId"), w.value(L("publishId"))},
            {L("projectName"), w.value(L("projectName"))},
            {L("stateName"), w.value(L("stateName"))},
            {L("locked"), lockedBy.compare(user.username, Qt::CaseInsensitive) == 0},
            {L("lockedBy"), lockedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lockedBy)},
            {L("allowCancellation"), w.value(L("allowCancellation")).toBool() && !group},
            {L("allowReassign"), w.value(L("allowReassign")).toBool() && !group},
            {L("allowUnlock"), group && !lockedBy.isEmpty()},
            {L("dueUtc"), w.value(L("dueUtc"))}};
}

// Reassign body (client, and admin plus sendNotification): the user or group to give it to.
std::optional<SimResponse> reassign(SimStore &store, QJsonObject &w, const QJsonObject &body, const QString &by)
{
    const QJsonValue guid = Json::value(body, L("assignToGuid")), name = Json::value(body, L("assignToName")), comment = Json::value(body, L("comment"));
    const QJsonValue notify = Json::value(body, L("sendNotification"));
    FieldErrors errors;
    if (!guid.isUndefined() && !guid.isNull() && !guid.isString())
        errors[QStringLiteral("assignToGuid")] << QStringLiteral("Must be a string.");
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        errors[QStringLiteral("assignToName")] << QStringLiteral("Must be a string.");
    if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
        errors[QStringLiteral("comment")] << QStringLiteral("Must be a string.");
    if (!notify.isUndefined() && !notify.isNull() && !notify.isBool())
        errors[QStringLiteral("sendNotification")] << QStringLiteral("Must be true or false.");
    if (guid.toString().isEmpty() && name.toString().isEmpty())
        errors[QStringLiteral("assignToGuid")] << QStringLiteral("Say who gets it: assignToGuid or assignToName.");
    if (!errors.isEmpty())
        return SimResponse::error(400, QStringLiteral("The reassignment is not valid."), errors);
    QString to, type;
    if (!guid.toString().isEmpty()) { // the guid wins (contract 3.2)
        if (const auto *u = store.userById(guid.toString()); u) {
            to = u->username;
            type = QStringLiteral("User");
        } else if (const auto *g = store.groupById(guid.toString()); g) {
            to = g->name;
            type = QStringLiteral("Group");
        }
    } else {
        if (const auto *u = store.userByName(name.toString()); u) {
            to = u->username;
            type = QStringLiteral("User");
        } else if (const auto *g = store.groupByName(name.toString()); g) {
            to = g->name;
            type = QStringLiteral("Group");
        }
    }
    if (to.isEmpty())
        return SimResponse::error(400, QStringLiteral("No user or group %1.").arg(guid.toString().isEmpty() ? name.toString() : guid.toString()),
                                  {{QStringLiteral("assignToGuid"), {QStringLiteral("No such user or group.")}}});
    w.insert(L("assignedTo"), to);
    w.insert(L("assignedType"), type);
    w.insert(L("assignedBy"), by);
    w.insert(L("assignedDateTime"), nowUtc());
    w.insert(L("lockedBy"), QJsonValue::Null);
    if (comment.isString())
        w.insert(L("comment"), comment.toString());
    return std::nullopt;
}

// Back to the previous state (400 at the first).
std::optional<SimResponse> revert(QJsonObject &w, const QString &by)
{
    const QJsonArray states = w.value(L("states")).toArray();
    const int at = w.value(L("stateIndex")).toInt();
    if (at <= 0)
        return SimResponse::error(400, QStringLiteral("The workflow is at its first state; there is nothing to revert to."));
    w.insert(L("stateIndex"), at - 1);
    w.insert(L("stateName"), states.at(at - 1).toString());
    w.insert(L("assignedBy"), by);
    w.insert(L("assignedDateTime"), nowUtc());
    w.insert(L("lockedBy"), QJsonValue::Null);
    return std::nullopt;
}

SimResponse missing(const QString &id)
{
    return SimResponse::error(404, QStringLiteral("No workflow %1.").arg(id));
}

SimResponse notInProgress(const QJsonObject &w)
{
    return SimResponse::error(409, QStringLiteral("The workflow is %1; only one in progress can change.")
                                       .arg(w.value(L("status")).toString().toLower()));
}

} // namespace

void registerWorkflowRoutes(SimRouter &router, SimStore &store)
{
    const QString manage = QStringLiteral("Manage workflow tasks");
    // --- administrator
    router.add("GET", QStringLiteral("admin:workflow"), manage, [&store](SimRequest &req) {
        const QString status = req.queryValue(QStringLiteral("status"));
        std::vector<const QJsonObject *> shown;
        for (const auto &w : store.documents(kWorkflows)) {
            if (status.isEmpty() || w.value(L("status")).toString().compare(status, Qt::CaseInsensitive) == 0)
                shown.push_back(&w);
        }
        return pagedList(req, QStringLiteral("workflows"), int(shown.size()), [&](int i) { return adminItem(*shown[size_t(i)]); });
    });
    router.add("GET", QStringLiteral("admin:workflow/{id}"), manage, [&store](SimRequest &req) {
        const QJsonObject *w = workflow(store, req.params.at(0));
        return w ? SimResponse::json(200, adminItem(*w)) : missing(req.params.at(0));
    });
    router.add("DELETE", QStringLiteral("admin:workflow/{id}"), manage, [&store](SimRequest &req) {
        QJsonObject *w = workflow(store, req.params.at(0));
        if (!w)
            return missing(req.params.at(0));
        if (!inProgress(*w))
            return notInProgress(*w);
        w->insert(L("status"), QStringLiteral("Aborted"));
        w->insert(L("lockedBy"), QJsonValue::Null);
        w->insert(L("comment"), QStringLiteral("Aborted by %1").arg(req.caller->username));
        return SimResponse::noContent();
    });
    router.add("POST", QStringLiteral("admin:workflow/{id}/reassign"), manage, [&store](SimRequest &req) {
        QJsonObject *w = workflow(store, req.params.at(0));
        if (!w)
            return missing(req.params.at(0));
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        if (!inProgress(*w))
            return notInProgress(*w);
        if (auto error = reassign(store, *w, *body, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });
    router.add("POST", QStringLiteral("admin:workflow/{id}/revert"), manage, [&store](SimRequest &req) {
        QJsonObject *w = workflow(store, req.params.at(0));
        if (!w)
            return missing(req.params.at(0));
        if (!inProgress(*w))
            return notInProgress(*w);
        if (auto error = revert(*w, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });

    // --- the signed-in user's tasks
    // A route on one of the caller's own tasks: 404 for anyone else's, or for none.
    const auto onTask = [&router, &store](const QByteArray &method, const QString &pattern,
                                          std::function<SimResponse(SimRequest &, QJsonObject &)> handle) {
        router.add(method, pattern, SimRouter::kAnyUser, [&store, handle = std::move(handle)](SimRequest &req) {
            QJsonObject *w = workflow(store, req.params.at(0));
            if (!w || !isTaskOf(*w, *req.caller))
                return SimResponse::error(404, QStringLiteral("No task %1 for %2.").arg(req.params.at(0), req.caller->username));
            return handle(req, *w);
        });
    };
    router.add("GET", QStringLiteral("client:workflow"), SimRouter::kAnyUser, [&store](SimRequest &req) {
        std::vector<QJsonObject> mine;
        for (const auto &w : store.documents(kWorkflows)) {
            if (isTaskOf(w, *req.caller))
                mine.push_back(clientItem(w, *req.caller));
        }
        return pagedList(req, QStringLiteral("workflows"), int(mine.size()), [&](int i) { return mine[size_t(i)]; });
    });
    onTask("GET", QStringLiteral("client:workflow/{id}"),
           [](SimRequest &req, QJsonObject &w) { return SimResponse::json(200, clientItem(w, *req.caller)); });
    onTask("PATCH", QStringLiteral("client:workflow/{id}"), [](SimRequest &, QJsonObject &w) { // unlock
        if (w.value(L("assignedType")).toString() != QLatin1String("Group"))
            return SimResponse::error(400, QStringLiteral("Only a group task can be unlocked; this one is assigned to you."));
        if (w.value(L("lockedBy")).toString().isEmpty())
            return SimResponse::error(400, QStringLiteral("The task is not locked."));
        w.insert(L("lockedBy"), QJsonValue::Null);
        return SimResponse::noContent();
    });
    onTask("DELETE", QStringLiteral("client:workflow/{id}"), [](SimRequest &req, QJsonObject &w) { // cancel
        if (w.value(L("assignedType")).toString() != QLatin1String("User"))
            return SimResponse::error(400, QStringLiteral("A group task cannot be cancelled; only one assigned to you directly."));
        if (!w.value(L("allowCancellation")).toBool())
            return SimResponse::error(400, QStringLiteral("The state '%1' of this form does not allow cancellation.").arg(w.value(L("stateName")).toString()));
        w.insert(L("status"), QStringLiteral("Aborted"));
        w.insert(L("comment"), QStringLiteral("Cancelled by %1").arg(req.caller->username));
        return SimResponse::noContent();
    });
    onTask("POST", QStringLiteral("client:workflow/{id}/reassign"), [&store](SimRequest &req, QJsonObject &w) {
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        if (w.value(L("assignedType")).toString() != QLatin1String("User") || !w.value(L("allowReassign")).toBool())
            return SimResponse::error(400, QStringLiteral("This task cannot be reassigned by you."));
        if (auto error = reassign(store, w, *body, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });
    onTask("POST", QStringLiteral("client:workflow/{id}/revert"), [](SimRequest &req, QJsonObject &w) {
        if (auto error = revert(w, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });
    onTask("POST", QStringLiteral("client:workflow/{id}/submit"), [](SimRequest &req, QJsonObject &w) {
        const QJsonArray states = w.value(L("states")).toArray();
        const int at = w.value(L("stateIndex")).toInt() + 1;
        if (at >= states.size()) {
            w.insert(L("status"), QStringLiteral("Completed"));
        } else {
            w.insert(L("stateIndex"), at);
            w.insert(L("stateName"), states.at(at).toString());
            w.insert(L("assignedBy"), req.caller->username);
            w.insert(L("assignedDateTime"), nowUtc());
        }
        w.insert(L("lockedBy"), QJsonValue::Null);
        return SimResponse::noContent();
    });

    // --- project results (our row shape: docs/EMULATOR.md)
    router.add("GET", QStringLiteral("admin:projectResults/{id}"), QStringLiteral("Design projects"), [&store](SimRequest &req) {
        const QString id = req.params.at(0);
        const QDateTime from = QDateTime::fromString(req.queryValue(QStringLiteral("startdate")), Qt::ISODate);
        QDateTime to = QDateTime::fromString(req.queryValue(QStringLiteral("finishdate")), Qt::ISODate);
        if (to.isValid() && to.time() == QTime(0, 0))
            to = to.addDays(1).addMSecs(-1); // "inclusive": the whole finish day
        const QString stateText = req.queryValue(QStringLiteral("state"));
        bool ok = true;
        const int state = stateText.isEmpty() ? 0 : stateText.toInt(&ok);
        if (!ok || state < 0 || state > 2)
            return SimResponse::error(400, QStringLiteral("state is 0 (all), 1 (completed) or 2 (workflow in progress)."),
                                      {{QStringLiteral("state"), {QStringLiteral("0, 1 or 2.")}}});
        std::vector<const QJsonObject *> rows;
        for (const auto &r : store.documents(kResults)) {
            if (r.value(L("projectId")).toString().compare(id, Qt::CaseInsensitive) != 0
                && r.value(L("publishId")).toString().compare(id, Qt::CaseInsensitive) != 0)
                continue;
            const QDateTime started = QDateTime::fromString(r.value(L("startedUtc")).toString(), Qt::ISODateWithMs);
            if ((from.isValid() && started < from) || (to.isValid() && started > to))
                continue;
            const bool completed = r.value(L("state")).toString() == QLatin1String("Completed");
            if ((state == 1 && !completed) || (state == 2 && completed))
                continue;
            rows.push_back(&r);
        }
        return pagedList(req, QStringLiteral("results"), int(rows.size()), [&](int i) { return *rows[size_t(i)]; });
    });
}

} // namespace infiniti::sim
