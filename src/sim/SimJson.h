#pragma once

#include "sim/SimStore.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace infiniti::sim {

using FieldErrors = QMap<QString, QStringList>;

QJsonObject userToJson(const SimStore::User &user);
QJsonObject groupToJson(const SimStore::Group &group);
QJsonObject roleToJson(const SimStore::Role &role);

// Apply a POST/PATCH body onto `target` (keys in any casing; absent keys leave fields as they
// are: the strict profile's replacing PATCH starts from an empty record). Wrong types, null for
// a list, over-long text (SimLimits.h) and references to unknown groups/roles are reported in
// `errors`.
void applyUserJson(const QJsonObject &body, const SimStore &store, SimStore::User *target,
                   FieldErrors *errors);
void applyGroupJson(const QJsonObject &body, const SimStore &store, SimStore::Group *target,
                    FieldErrors *errors);
void applyRoleJson(const QJsonObject &body, SimStore::Role *target, FieldErrors *errors);

// The id a caller chose for a new entity (contract 1.3: a GUID): "" for none (absent, null or
// ""), else the GUID in lower case without braces, or nullopt when it is no GUID — a NUL, a
// slash or 300 characters made an entity that no URL could reach.
std::optional<QString> chosenId(const QJsonValue &id);
inline const QString kIdProblem = QStringLiteral(
    "Must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), or left out for the server to choose.");

// The time the emulator stamps on what it records: ISO 8601, UTC, with milliseconds.
QString nowUtc();

// Empty when `text` is well-formed XML (blank text too, when `blankAllowed`); otherwise a
// sentence naming the error and where it is, for a 400's field errors.
QString xmlProblem(const QString &text, bool blankAllowed = false);

} // namespace infiniti::sim
