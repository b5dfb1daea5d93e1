// Workflow (contract 3.2, 4.10, 9.2): the administrator's view of every workflow run (abort,
// reassign, revert) and the signed-in user's tasks (unlock, cancel, reassign, revert, submit);
// projectResults (4.15).
#include "sim/SimDocumentRoutes.h"
#include "sim/SimJson.h"
#include "sim/SimLimits.h"
#include "sim/SimPaging.h"
#include "sim/SimRoutes.h"

#include "formats/Json.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const QString kWorkflows = u"workflows"_s;
const QString kResults = u"projectResults"_s;

QJsonObject *workflow(SimStore &store, const QString &id)
{
    for (auto &w : store.documents(kWorkflows)) {
        if (w.value("id"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &w;
    }
    return nullptr;
}

bool inProgress(const QJsonObject &w)
{
    return w.value("status"_L1).toString() == "InProgress"_L1;
}

// The administrator's item (contract 9.2).
QJsonObject adminItem(const QJsonObject &w)
{
    QJsonObject o;
    for (const char *key : {"id", "projectName", "publishId", "stateName", "status", "assignedTo",
                            "assignedType", "assignedDateTime", "startedUtc", "lockedBy", "comment",
                            "assignedBy", "dueUtc", "states"})
        o.insert(QLatin1StringView(key), w.value(QLatin1StringView(key)));
    return o;
}

// Whether the task is the user's: directly, or through one of the user's groups.
bool isTaskOf(const QJsonObject &w, const SimStore::User &user)
{
    if (!inProgress(w))
        return false;
    const QString to = w.value("assignedTo"_L1).toString();
    if (w.value("assignedType"_L1).toString() == "User"_L1)
        return to.compare(user.username, Qt::CaseInsensitive) == 0;
    return user.groups.contains(to, Qt::CaseInsensitive);
}

QJsonObject clientItem(const QJsonObject &w, const SimStore::User &user)
{
    const QString lockedBy = w.value("lockedBy"_L1).toString();
    const bool group = w.value("assignedType"_L1).toString() == "Group"_L1;
    return {
        {"id"_L1, w.value("id"_L1)},
        {"runId"_L1, w.value("id"_L1)},
        {"assignedDateTime"_L1, w.value("assignedDateTime"_L1)},
        {"assignedBy"_L1, w.value("assignedBy"_L1)},
        {"assignedType"_L1, w.value("assignedType"_L1)},
        {"groupTask"_L1, group},
        {"comment"_L1, w.value("comment"_L1)},
        {"publishId"_L1, w.value("publishId"_L1)},
        {"projectName"_L1, w.value("projectName"_L1)},
        {"stateName"_L1, w.value("stateName"_L1)},
        {"locked"_L1, lockedBy.compare(user.username, Qt::CaseInsensitive) == 0},
        {"lockedBy"_L1, lockedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lockedBy)},
        {"allowCancellation"_L1, w.value("allowCancellation"_L1).toBool() && !group},
        {"allowReassign"_L1, w.value("allowReassign"_L1).toBool() && !group},
        {"allowUnlock"_L1, group && !lockedBy.isEmpty()},
        {"dueUtc"_L1, w.value("dueUtc"_L1)}};
}

// Reassign body (client, and admin plus sendNotification): the user or group to give it to.
std::optional<SimResponse> reassign(SimStore &store, QJsonObject &w, const QJsonObject &body,
                                    const QString &by)
{
    const QJsonValue guid = Json::value(body, "assignToGuid"_L1),
                     name = Json::value(body, "assignToName"_L1),
                     comment = Json::value(body, "comment"_L1);
    const QJsonValue notify = Json::value(body, "sendNotification"_L1);
    FieldErrors errors;
    if (!guid.isUndefined() && !guid.isNull() && !guid.isString())
        errors[u"assignToGuid"_s] << u"Must be a string."_s;
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        errors[u"assignToName"_s] << u"Must be a string."_s;
    if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
        errors[u"comment"_s] << u"Must be a string."_s;
    else if (comment.toString().size() > Limits::kText)
        errors[u"comment"_s] << u"At most %1 characters."_s.arg(Limits::kText);
    if (!notify.isUndefined() && !notify.isNull() && !notify.isBool())
        errors[u"sendNotification"_s] << u"Must be true or false."_s;
    if (guid.toString().isEmpty() && name.toString().isEmpty())
        errors[u"assignToGuid"_s] << u"Say who gets it: assignToGuid or assignToName."_s;
    if (!errors.isEmpty())
        return SimResponse::error(400, u"The reassignment is not valid."_s, errors);
    QString to, type;
    if (!guid.toString().isEmpty()) { // the guid wins (contract 3.2)
        if (const auto *u = store.userById(guid.toString()); u) {
            to = u->username;
            type = u"User"_s;
        } else if (const auto *g = store.groupById(guid.toString()); g) {
            to = g->name;
            type = u"Group"_s;
        }
    } else {
        if (const auto *u = store.userByName(name.toString()); u) {
            to = u->username;
            type = u"User"_s;
        } else if (const auto *g = store.groupByName(name.toString()); g) {
            to = g->name;
            type = u"Group"_s;
        }
    }
    if (to.isEmpty())
        return SimResponse::error(400,
                                  u"No user or group %1."_s.arg(guid.toString().isEmpty()
                                                                    ? name.toString()
                                                                    : guid.toString()),
                                  {{u"assignToGuid"_s, {u"No such user or group."_s}}});
    w.insert("assignedTo"_L1, to);
    w.insert("assignedType"_L1, type);
    w.insert("assignedBy"_L1, by);
    w.insert("assignedDateTime"_L1, nowUtc());
    w.insert("lockedBy"_L1, QJsonValue::Null);
    if (comment.isString())
        w.insert("comment"_L1, comment.toString());
    return std::nullopt;
}

// Back to the previous state (400 at the first).
std::optional<SimResponse> revert(QJsonObject &w, const QString &by)
{
    const QJsonArray states = w.value("states"_L1).toArray();
    const int at = w.value("stateIndex"_L1).toInt();
    if (at <= 0)
        return SimResponse::error(
            400, u"The workflow is at its first state; there is nothing to revert to."_s);
    w.insert("stateIndex"_L1, at - 1);
    w.insert("stateName"_L1, states.at(at - 1).toString());
    w.insert("assignedBy"_L1, by);
    w.insert("assignedDateTime"_L1, nowUtc());
    w.insert("lockedBy"_L1, QJsonValue::Null);
    return std::nullopt;
}

SimResponse missing(const QString &id)
{
    return SimResponse::error(404, u"No workflow %1."_s.arg(id));
}

SimResponse notInProgress(const QJsonObject &w)
{
    return SimResponse::error(409, u"The workflow is %1; only one in progress can change."_s.arg(
                                       w.value("status"_L1).toString().toLower()));
}

} // namespace

void registerWorkflowRoutes(SimRouter &router, SimStore &store)
{
    const QString manage = u"Manage workflow tasks"_s;
    // --- administrator
    router.add("GET", u"admin:workflow"_s, manage, [&store](SimRequest &req) {
        const QString status = req.extensionQuery(u"status"_s);
        std::vector<const QJsonObject *> shown;
        for (const auto &w : store.documents(kWorkflows)) {
            if (status.isEmpty() ||
                w.value("status"_L1).toString().compare(status, Qt::CaseInsensitive) == 0)
                shown.push_back(&w);
        }
        return pagedList(req, u"workflows"_s, int(shown.size()),
                         [&](int i) { return adminItem(*shown[size_t(i)]); });
    });
    router.add("GET", u"admin:workflow/{id}"_s, manage, [&store](SimRequest &req) {
        const QJsonObject *w = workflow(store, req.params.at(0));
        return w ? SimResponse::json(200, adminItem(*w)) : missing(req.params.at(0));
    });
    router.add("DELETE", u"admin:workflow/{id}"_s, manage, [&store](SimRequest &req) {
        QJsonObject *w = workflow(store, req.params.at(0));
        if (!w)
            return missing(req.params.at(0));
        if (!inProgress(*w))
            return notInProgress(*w);
        w->insert("status"_L1, u"Aborted"_s);
        w->insert("lockedBy"_L1, QJsonValue::Null);
        w->insert("comment"_L1, u"Aborted by %1"_s.arg(req.caller->username));
        return SimResponse::noContent();
    });
    router.add("POST", u"admin:workflow/{id}/reassign"_s, manage, [&store](SimRequest &req) {
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
    router.add("POST", u"admin:workflow/{id}/revert"_s, manage, [&store](SimRequest &req) {
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
    const auto onTask = [&router,
                         &store](const QByteArray &method, const QString &pattern,
                                 std::function<SimResponse(SimRequest &, QJsonObject &)> handle) {
        router.add(method, pattern, SimRouter::kAnyUser,
                   [&store, handle = std::move(handle)](SimRequest &req) {
                       QJsonObject *w = workflow(store, req.params.at(0));
                       if (!w || !isTaskOf(*w, *req.caller))
                           return SimResponse::error(
                               404,
                               u"No task %1 for %2."_s.arg(req.params.at(0), req.caller->username));
                       return handle(req, *w);
                   });
    };
    router.add("GET", u"client:workflow"_s, SimRouter::kAnyUser, [&store](SimRequest &req) {
        std::vector<QJsonObject> mine;
        for (const auto &w : store.documents(kWorkflows)) {
            if (isTaskOf(w, *req.caller))
                mine.push_back(clientItem(w, *req.caller));
        }
        return pagedList(req, u"workflows"_s, int(mine.size()),
                         [&](int i) { return mine[size_t(i)]; });
    });
    onTask("GET", u"client:workflow/{id}"_s, [](SimRequest &req, QJsonObject &w) {
        return SimResponse::json(200, clientItem(w, *req.caller));
    });
    onTask("PATCH", u"client:workflow/{id}"_s, [](SimRequest &, QJsonObject &w) { // unlock
        if (w.value("assignedType"_L1).toString() != "Group"_L1)
            return SimResponse::error(
                400, u"Only a group task can be unlocked; this one is assigned to you."_s);
        if (w.value("lockedBy"_L1).toString().isEmpty())
            return SimResponse::error(400, u"The task is not locked."_s);
        w.insert("lockedBy"_L1, QJsonValue::Null);
        return SimResponse::noContent();
    });
    onTask("DELETE", u"client:workflow/{id}"_s, [](SimRequest &req, QJsonObject &w) { // cancel
        if (w.value("assignedType"_L1).toString() != "User"_L1)
            return SimResponse::error(
                400, u"A group task cannot be cancelled; only one assigned to you directly."_s);
        if (!w.value("allowCancellation"_L1).toBool())
            return SimResponse::error(
                400, u"The state '%1' of this form does not allow cancellation."_s.arg(
                         w.value("stateName"_L1).toString()));
        w.insert("status"_L1, u"Aborted"_s);
        w.insert("comment"_L1, u"Cancelled by %1"_s.arg(req.caller->username));
        return SimResponse::noContent();
    });
    onTask("POST", u"client:workflow/{id}/reassign"_s, [&store](SimRequest &req, QJsonObject &w) {
        SimResponse bad;
        const auto body = req.jsonObject(&bad);
        if (!body)
            return bad;
        if (w.value("assignedType"_L1).toString() != "User"_L1 ||
            !w.value("allowReassign"_L1).toBool())
            return SimResponse::error(400, u"This task cannot be reassigned by you."_s);
        if (auto error = reassign(store, w, *body, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });
    onTask("POST", u"client:workflow/{id}/revert"_s, [](SimRequest &req, QJsonObject &w) {
        if (auto error = revert(w, req.caller->username))
            return *error;
        return SimResponse::noContent();
    });
    onTask("POST", u"client:workflow/{id}/submit"_s, [](SimRequest &req, QJsonObject &w) {
        const QJsonArray states = w.value("states"_L1).toArray();
        const int at = w.value("stateIndex"_L1).toInt() + 1;
        if (at >= states.size()) {
            w.insert("status"_L1, u"Completed"_s);
        } else {
            w.insert("stateIndex"_L1, at);
            w.insert("stateName"_L1, states.at(at).toString());
            w.insert("assignedBy"_L1, req.caller->username);
            w.insert("assignedDateTime"_L1, nowUtc());
        }
        w.insert("lockedBy"_L1, QJsonValue::Null);
        return SimResponse::noContent();
    });

    // --- project results (our row shape: docs/EMULATOR.md)
    router.add(
        "GET", u"admin:projectResults/{id}"_s, u"Design projects"_s, [&store](SimRequest &req) {
            const QString id = req.params.at(0);
            const QDateTime from =
                QDateTime::fromString(req.queryValue(u"startdate"_s), Qt::ISODate);
            QDateTime to = QDateTime::fromString(req.queryValue(u"finishdate"_s), Qt::ISODate);
            // A date that does not parse was no filter at all: every row came back.
            for (const auto &[key, parsed] :
                 {std::pair{u"startdate"_s, from}, {u"finishdate"_s, to}}) {
                if (!req.queryValue(key).isEmpty() && !parsed.isValid())
                    return SimResponse::error(
                        400,
                        u"%1 must be an ISO 8601 date (2024-05-31 or 2024-05-31T12:00:00Z)."_s.arg(
                            key),
                        {{key, {u"Not a date."_s}}});
            }
            if (to.isValid() && to.time() == QTime(0, 0))
                to = to.addDays(1).addMSecs(-1); // "inclusive": the whole finish day
            const QString stateText = req.queryValue(u"state"_s);
            bool ok = true;
            const int state = stateText.isEmpty() ? 0 : stateText.toInt(&ok);
            if (!ok || state < 0 || state > 2)
                return SimResponse::error(
                    400, u"state is 0 (all), 1 (completed) or 2 (workflow in progress)."_s,
                    {{u"state"_s, {u"0, 1 or 2."_s}}});
            std::vector<const QJsonObject *> rows;
            for (const auto &r : store.documents(kResults)) {
                if (r.value("projectId"_L1).toString().compare(id, Qt::CaseInsensitive) != 0 &&
                    r.value("publishId"_L1).toString().compare(id, Qt::CaseInsensitive) != 0)
                    continue;
                const QDateTime started =
                    QDateTime::fromString(r.value("startedUtc"_L1).toString(), Qt::ISODateWithMs);
                if ((from.isValid() && started < from) || (to.isValid() && started > to))
                    continue;
                const bool completed = r.value("state"_L1).toString() == "Completed"_L1;
                if ((state == 1 && !completed) || (state == 2 && completed))
                    continue;
                rows.push_back(&r);
            }
            return pagedList(req, u"results"_s, int(rows.size()),
                             [&](int i) { return *rows[size_t(i)]; });
        });
}

} // namespace infiniti::sim
