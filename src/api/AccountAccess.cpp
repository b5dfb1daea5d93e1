#include "api/AccountAccess.h"

#include "api/dto/Group.h"
#include "api/dto/Role.h"
#include "api/dto/User.h"
#include "api/endpoints/GroupsEndpoints.h"
#include "api/endpoints/RolesEndpoints.h"
#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/ListPageJob.h"
#include "api/PageCursor.h"
#include "api/Session.h"
#include "formats/Json.h"

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
constexpr int kPageSize = 500;
constexpr int kMaxPages = 200; // a server that never ends a list is an error, not a loop

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}
} // namespace

AccountAccess::AccountAccess(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

bool AccountAccess::may(const QString &permission) const
{
    switch (m_outcome) {
    case Outcome::Known:
        return containsName(m_permissions, permission);
    case Outcome::NoAdministration:
        return false;
    case Outcome::Pending:
    case Outcome::Unknown:
        return true;
    }
    return true;
}

void AccountAccess::start()
{
    if (!m_session) {
        finish(Outcome::Unknown, ApiError(ApiError::Kind::Network, tr("read your permissions"), 0,
                                          tr("No session.")));
        return;
    }
    m_outcome = Outcome::Pending;
    const QString id = m_session->userId();
    const ApiRequest request =
        id.isEmpty() ? UsersEndpoints::getByName(m_session->userName()) : UsersEndpoints::get(id);
    auto *job = new EntityJob(m_session, request, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            onUser(job->object());
        else if (job->error().kind() == ApiError::Kind::Forbidden)
            finish(Outcome::NoAdministration, job->error());
        else
            finish(Outcome::Unknown, job->error());
    });
    job->start();
}

QStringList AccountAccess::permissionsWithout(const QString &role) const
{
    QStringList out;
    for (const auto &[name, permissions] : m_rolePermissions) {
        if (name.compare(role, Qt::CaseInsensitive) == 0)
            continue;
        for (const QString &p : permissions) {
            if (!containsName(out, p))
                out << p;
        }
    }
    return out;
}

void AccountAccess::onUser(const QJsonObject &json)
{
    const User user = User::fromJson(json);
    m_roles = user.roles;
    m_groups = user.groups;
    // Which members carry this is not documented (list items' fields are UNKNOWN): what is
    // missing makes the outcome Unknown — every area shown, with a banner — never "closed".
    m_missing.clear();
    if (Json::value(json, "roles"_L1).isUndefined() && Json::value(json, "groups"_L1).isUndefined())
        m_missing << tr("your user's roles and groups");
    auto readRoles = [this] {
        readAll(RolesEndpoints::list(0, kPageSize), "roles"_L1, [this](const QJsonArray &roles) {
            m_rolePermissions.clear();
            QStringList permissions;
            QStringList found;
            for (const auto &v : roles) {
                const Role role = Role::fromJson(v.toObject());
                if (!containsName(m_roles, role.name))
                    continue;
                found << role.name;
                m_rolePermissions.append({role.name, role.permissions});
                if (Json::value(v.toObject(), "permissions"_L1).isUndefined())
                    m_missing << tr("the permissions of the role “%1”").arg(role.name);
                for (const QString &p : role.permissions) {
                    if (!containsName(permissions, p))
                        permissions << p;
                }
            }
            for (const QString &name : std::as_const(m_roles)) {
                if (!containsName(found, name))
                    m_missing << tr("the role “%1”").arg(name);
            }
            m_permissions = permissions;
            if (m_missing.isEmpty()) {
                finish(Outcome::Known);
                return;
            }
            ApiError unknown(ApiError::Kind::BadResponse, tr("read what your account may do"));
            unknown.setReason(
                tr("the server's lists do not give %1.").arg(m_missing.join(u"; "_s)));
            finish(Outcome::Unknown, unknown);
        });
    };
    if (m_groups.isEmpty()) {
        readRoles();
        return;
    }
    // The roles a group gives its members count as the account's own.
    readAll(GroupsEndpoints::list(0, kPageSize), "groups"_L1,
            [this, readRoles](const QJsonArray &groups) {
                QStringList found;
                for (const auto &v : groups) {
                    const Group group = Group::fromJson(v.toObject());
                    if (!containsName(m_groups, group.name))
                        continue;
                    found << group.name;
                    if (Json::value(v.toObject(), "roles"_L1).isUndefined())
                        m_missing << tr("the roles of the group “%1”").arg(group.name);
                    for (const QString &role : group.roles) {
                        if (!containsName(m_roles, role))
                            m_roles << role;
                    }
                }
                for (const QString &name : std::as_const(m_groups)) {
                    if (!containsName(found, name))
                        m_missing << tr("the group “%1”").arg(name);
                }
                readRoles();
            });
}

struct AccountAccess::ListRead
{
    PageCursor cursor;
    QLatin1StringView envelope;
    std::function<void(const QJsonArray &)> done;
    QJsonArray items;
};

void AccountAccess::readAll(const ApiRequest &first, QLatin1StringView envelope,
                            std::function<void(const QJsonArray &)> done)
{
    auto read = std::make_shared<ListRead>(
        ListRead{PageCursor(first, kPageSize), envelope, std::move(done), {}});
    read->cursor.setMaxPages(kMaxPages);
    read->cursor.requireUniqueIds();
    readPage(read);
}

void AccountAccess::readPage(const std::shared_ptr<ListRead> &read)
{
    if (read->cursor.atEnd()) {
        read->done(read->items);
        return;
    }
    auto *job = new ListPageJob(m_session, read->cursor.current(), read->envelope, this);
    connect(job, &ApiJob::finished, this, [this, job, read] {
        if (!job->succeeded()) {
            finish(Outcome::Unknown, job->error());
            return;
        }
        for (const auto &v : job->items())
            read->items.append(v);
        // A page sent again, a link back, a group listed twice or no end: the list is not
        // known whole, so neither are the permissions that come from it.
        read->cursor.advance(job->items(), job->nextLink(), m_session->profile());
        if (read->cursor.failed()) {
            finish(Outcome::Unknown, read->cursor.error());
            return;
        }
        readPage(read);
    });
    job->start();
}

void AccountAccess::finish(Outcome outcome, const ApiError &error)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_error = error;
    if (outcome != Outcome::Known)
        m_permissions.clear();
    emit finished();
}

} // namespace infiniti
