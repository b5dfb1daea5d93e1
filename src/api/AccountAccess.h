#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace infiniti {

class Session;

// What the signed-in account may do, read through the documented API (contract 4.7–4.9): its
// own user (users/{id}, or users/name/{name}/ without an id), the roles given to it directly
// and through its groups (GET groups), and those roles' permissions (GET roles). A 403 on
// reading its own user means no administration at all: the server re-checks roles on every
// call, and an account without "Manage users" is refused there.
class AccountAccess : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Known,            // permissions() is what the account's roles grant
        NoAdministration, // refused its own user: only the Produce side is open to it
        Unknown,          // could not tell (error() says why): assume nothing is closed
    };
    Q_ENUM(Outcome)

    explicit AccountAccess(Session *session, QObject *parent = nullptr);
    void start();

    Outcome outcome() const { return m_outcome; }
    const ApiError &error() const { return m_error; }
    QStringList roles() const { return m_roles; }
    QStringList permissions() const { return m_permissions; }
    // Whether the account may use what needs `permission` (case-insensitive; true when Unknown).
    bool may(const QString &permission) const;
    // The permissions the account holds through its roles other than `role` (by name,
    // case-insensitive): what it keeps should that role lose some.
    QStringList permissionsWithout(const QString &role) const;

signals:
    void finished();

private:
    struct ListRead;
    // Reads every page of a list, then `done` with all items.
    void readAll(const ApiRequest &first, QLatin1StringView envelope,
                 std::function<void(const QJsonArray &)> done);
    void readPage(const std::shared_ptr<ListRead> &read);
    void onUser(const QJsonObject &user);
    void finish(Outcome outcome, const ApiError &error = {});

    QPointer<Session> m_session;
    Outcome m_outcome = Outcome::Pending;
    ApiError m_error;
    QStringList m_groups;
    QStringList m_missing; // what the server's answers did not give (Outcome::Unknown)
    QStringList m_roles;
    QStringList m_permissions;
    QList<std::pair<QString, QStringList>> m_rolePermissions; // the account's roles, each's
};

} // namespace infiniti
