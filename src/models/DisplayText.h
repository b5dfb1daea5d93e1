#pragma once

#include <QJsonValue>
#include <QString>

class QDateTime;
class QLocale;

namespace infiniti::DisplayText {

// How values the server sends read for people, the same in every list and sheet: its enum
// words ("InProgress" → "In progress", "UserNamePassword" → "User name and password"), flags as
// Yes/No, ISO UTC times as local dates. Unknown enum words are split at their capitals rather
// than shown raw.
QString enumText(const QString &value);
QString yesNo(bool value);
// An ISO-8601 time as a short local date and time, the year with all its digits in every
// locale (dateTimeFormat()); not a time: the text as it is. Every date shown goes through here.
QString dateTime(const QString &iso);
QString dateTime(const QDateTime &when);
QString dateTimeFormat(const QLocale &locale);
// Any JSON value: flags as Yes/No, arrays joined, the rest as text.
QString value(const QJsonValue &value);
// Who a workflow or task is assigned to, with the kind the server names (`type`, "User" or
// "Group"): "Underwriting (group)", "anna (user)".
QString assignee(const QString &name, const QString &type);
// A JSON key as a label: "assignedDateTime" → "Assigned date time".
QString keyLabel(const QString &key);
// The key by which text is ordered in every list, compared as plain strings: case-folded, and
// each run of digits as its number (user2 before user10, version 1.9 before 1.10; leading
// zeros do not count).
QString sortKey(const QString &text);

} // namespace infiniti::DisplayText
